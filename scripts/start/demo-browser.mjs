// The browser behind `npm start`: Chromium (or Firefox ESR) with the built extension loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { contentScriptRegistered, firefoxContentScriptRegistered, firefoxProbe, grantedCopy } from '../granted-copy.mjs';
import { welcomeTab } from '../welcome-tab.mjs';

const FIREFOX_UUID = '3d5c8a21-7f4e-4b9a-8c2d-1e6f0a9b7c35';

function geckoId(extensionDir) {
  return JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
}

/** Chromium's sandbox refuses to start as root; a person running as root (a container, a VM) still gets a window. */
function chromiumArgs() {
  const args = ['--no-first-run', '--disable-background-networking', '--disable-sync'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** Launches the browser with the extension; throws an Error whose message is one line a person can act on. */
export async function launchDemoBrowser({ root, firefox, headless }) {
  const executablePath = firefox ? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' : process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const name = firefox ? 'Firefox' : 'Chromium';
  let browser;
  try {
    // The demo reads the article at once: the extension as granted "Every article I open" (scripts/granted-copy.mjs).
    const extension = await grantedCopy(path.join(root, 'dist', firefox ? 'firefox' : 'chrome'), path.join(root, 'dist', '.demo', firefox ? 'firefox' : 'chrome'));
    browser = firefox
      ? await puppeteer.launch({ browser: 'firefox', executablePath, headless, defaultViewport: null,
        // Lets automation evaluate in the extension's own pages (the readiness check below).
        args: ['--remote-allow-system-access'],
        // Firefox treats MV3 host permissions as opt-in; the demo grants them so the article is read at once.
        extraPrefsFirefox: {
          'extensions.originControls.grantByDefault': true,
          // A known moz-extension:// origin, so the start can ask one of the extension's pages whether it is ready.
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extension)]: FIREFOX_UUID }),
        } })
      : await puppeteer.launch({ executablePath, headless, pipe: true, defaultViewport: null,
        enableExtensions: [extension], args: chromiumArgs() });
    // Wait until the background has registered the content script: a page opened earlier would not be read.
    if (firefox) {
      await browser.installExtension(extension);
      const probe = await firefoxProbe(browser, `moz-extension://${FIREFOX_UUID}/`);
      await firefoxContentScriptRegistered(probe).finally(() => probe.close().catch(() => undefined));
    } else await contentScriptRegistered(browser);
    // The extension opens its welcome page on install: let it open first, so the demo article opened next is the tab
    // in front. (Chromium reports the tab; WebDriver BiDi does not report moz-extension:// pages, and Firefox opens it
    // during the install above.)
    if (!firefox) await welcomeTab(browser, 30_000).catch(() => null);
    return browser;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    const reason = String(error?.message ?? error).split('\n').find((line) => line.trim()) ?? 'unknown error';
    throw new Error(`Could not start ${name} (${executablePath}): ${reason.trim()}`);
  }
}

/** Resolves to the number of Sourcemark highlight ranges once the extension has drawn any (null if none in `timeout` ms). */
export async function waitForHighlights(page, timeout) {
  const count = () => {
    let n = 0;
    for (const [, highlight] of CSS.highlights) n += highlight.size;
    return n || false;
  };
  try {
    const handle = await page.waitForFunction(count, { timeout, polling: 200 });
    // Drawn in slices: the count is told once two looks half a second apart agree.
    let n = await handle.jsonValue();
    for (let tries = 0; tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const again = await page.evaluate(count);
      if (again === n) break;
      n = again;
    }
    return n || null;
  } catch {
    return null;
  }
}
