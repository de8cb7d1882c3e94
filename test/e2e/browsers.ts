// Launches real headless Chromium and Firefox ESR with the built extension (see docs: browser testing).
// Each returns the same small surface, so one test body runs against both browsers.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import type { TabResults } from '../../src/messages';
import path from 'node:path';
import { withAllSitesGranted } from './granted-build';
import { contentScriptRegistered, firefoxContentScriptRegistered, pollUntil } from '../../scripts/granted-copy.mjs';
import { welcomeTab } from '../../scripts/welcome-tab.mjs';

export const DIST = path.resolve('dist');
/** The slice of the tabs API the tests call inside the browser. */
type TabsApi = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const FIREFOX_UUID = '6f1c2a7e-3b0d-4c53-9a51-5e0f2d9b8c41';

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  browser: Browser;
  /** Base URL of the extension's pages, e.g. chrome-extension://ID/ */
  extensionBase: string;
  openPage(url: string): Promise<Page>;
  /** Opens an extension page (the popup) as a tab and waits for it to load. */
  openExtensionPage(file: string): Promise<Page>;
  /** The tab id the extension sees for a page URL (in Chromium: the active tab, so call it right after openPage). */
  tabIdFor(url: string): Promise<number>;
  /** Sends a message from an extension page, as the popup would, and returns the reply. */
  sendFromExtensionPage(message: { type: string; payload: unknown }): Promise<unknown>;
  close(): Promise<void>;
  /** The welcome page the extension opened on install, when launched with `welcome: 'keep'`. */
  welcome?: Page;
}

/**
 * How the extension is installed: `allSites` (the default) as granted every site (test/e2e/granted-build.ts).
 * The extension opens its welcome page on install (src/background/welcome.ts): every launch waits for it, which
 * tests that it opened, then closes it (a test's page must be the active tab), or keeps it (`welcome: 'keep'`).
 */
export interface InstallOptions { allSites?: boolean; welcome?: 'close' | 'keep' }

/**
 * `dist` is the folder holding chrome/ and firefox/ (the in-page mechanics tests pass a stub-engine build).
 * `locale` ("de") starts Chromium with that interface language (needs Debian's chromium-l10n: see browser-testing.md).
 */
export async function launchChromium(dist = DIST, { locale, allSites = true, welcome = 'close' }: { locale?: string } & InstallOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = allSites ? await withAllSitesGranted(path.join(dist, 'chrome')) : path.join(dist, 'chrome');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true, pipe: true, enableExtensions: [extensionDir],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--window-size=1280,900',
      ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : [])],
    ...(locale ? { env: { ...process.env, LANG: `${locale}_${locale.toUpperCase()}.UTF-8`, LANGUAGE: locale } } : {}),
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 60_000 });
    const extensionBase = new URL('/', worker.url()).href;
    // Granted every site, the background registers the content script as it starts: pages opened after that are read.
    if (allSites) await contentScriptRegistered(browser, 60_000);
    const welcomePage = await welcomeTab(browser, 60_000);
    if (welcome === 'close') await welcomePage.close();
    return {
      name: 'chromium', browser, extensionBase, ...(welcome === 'keep' ? { welcome: welcomePage } : {}),
      openPage: (url) => openPageIn(browser, url),
      async openExtensionPage(file) {
        const page = await browser.newPage();
        await page.goto(extensionBase + file, { waitUntil: 'load' });
        return page;
      },
      async tabIdFor(_url) {
        // Asked of the service worker running now: an idle worker is stopped and started again, and a handle from
        // before answers no more (seen on a loaded machine as a worker without `chrome`). Retried until one answers.
        // What the last try saw, for the failure message (a CI run failed here once with nothing more to go on).
        let seen = 'no try finished';
        const answer = await pollUntil(async () => {
          // Every worker target of the extension is tried: a stopped one can stay listed beside the one running now.
          const workers = browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(extensionBase));
          seen = `${workers.length} worker target(s)`;
          for (const target of workers.reverse()) {
            const sw = await target.worker().catch((e: Error) => { seen += `; worker(): ${e.message}`; return null; });
            // Without the `tabs` permission Chromium hides tab URLs: the page under test is the active tab.
            const found = await sw?.evaluate(async () => {
              const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
              const tabs = await api.tabs.query({ active: true, lastFocusedWindow: true });
              return { id: tabs[0]?.id ?? -1 };
            }).catch((e: Error) => { seen += `; evaluate: ${e.message}`; return null; });
            if (found) return found;
          }
          return null;
        }, { timeout: 30_000, failure: 'no service worker of the extension answered' }).catch((e: Error) => {
          throw new Error(`${e.message} (last try: ${seen})`);
        });
        return answer!.id;
      },
      // The page that sends is a window of its own, opened behind: as a tab beside the page under test it would
      // hide that page, and a hidden page is not what a reader sees (its timers run once a second, live updates wait).
      sendFromExtensionPage: extensionMessenger(async () => {
        const url = extensionBase + 'popup.html?tab=-1';
        const session = await browser.target().createCDPSession();
        await session.send('Target.createTarget', { url, newWindow: true, background: true });
        await session.detach();
        const page = await (await browser.waitForTarget((t) => t.url() === url, { timeout: 30_000 })).page();
        await page!.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 });
        return page!;
      }),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The results the background holds for a tab, asked as the popup asks; null before the content script reported. */
export async function readResults(ext: ExtensionBrowser, tabId: number): Promise<TabResults | null> {
  const reply = await ext.sendFromExtensionPage({ type: 'results/get', payload: { tabId } }) as { ok: boolean; value?: { results: TabResults | null } };
  return reply?.ok ? reply.value?.results ?? null : null;
}

/** Polls until the tab's content script has reported its results. */
export async function waitForResults(ext: ExtensionBrowser, tabId: number, timeout: number, every = 100): Promise<TabResults> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const results = await readResults(ext, tabId);
    if (results) return results;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error('no results reported');
}

/** A new tab on a web page, loaded. */
async function openPageIn(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** One extension page kept open to send messages as the popup does. */
function extensionMessenger(open: () => Promise<Page>) {
  let probe: Promise<Page> | null = null;
  return async (message: { type: string; payload: unknown }) => {
    probe ??= open();
    const page = await probe;
    // The reply crosses as JSON: WebDriver BiDi drops repeated references to one object (a figure sharing its
    // statement's source object came back with no source in Firefox).
    const json = await page.evaluate(async (m) => {
      const api = (globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi });
      return JSON.stringify(await (api.browser ?? api.chrome)!.runtime.sendMessage(m)) ?? 'null';
    }, message);
    return JSON.parse(json) as unknown;
  };
}

type RuntimeApi = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

export async function waitForExtensionPage(page: Page, url: string): Promise<void> {
  // BiDi never reports the load of a moz-extension:// page: poll instead of awaiting goto.
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not load: ${url}`);
}

/**
 * Waits for the welcome tab the extension opened on install and closes it. WebDriver BiDi does not report
 * moz-extension:// pages as they load, so the extension is asked which tabs it has (and closes its own).
 */
/** Closes the welcome page the extension opened on install, asked from `probe` (one of its pages). */
async function closeFirefoxWelcome(probe: Page, welcomeUrl: string): Promise<void> {
  const remove = (wanted: string) => probe.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser: TabsApi & { tabs: { remove(id: number): Promise<void> } } }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return false;
    await api.tabs.remove(tab.id);
    return true;
  }, wanted);
  await pollUntil(() => remove(welcomeUrl), { timeout: 60_000, failure: 'the extension did not open its welcome page on install' });
}

/** `prefs` adds Firefox preferences (the popup tests launch a dark-themed Firefox). */
export async function launchFirefox(dist = DIST, prefs: Record<string, unknown> = {}, { allSites = true, welcome = 'close' }: InstallOptions = {}): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(await readFile(path.join(dist, 'firefox', 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // Firefox treats MV3 host permissions as opt-in; tests grant them as a reader would (with allSites).
      'extensions.originControls.grantByDefault': true,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(allSites ? await withAllSitesGranted(path.join(dist, 'firefox')) : path.join(dist, 'firefox'));
    const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
    const self: ExtensionBrowser = {
      name: 'firefox', browser, extensionBase,
      openPage: (url) => openPageIn(browser, url),
      async openExtensionPage(file) {
        const page = await browser.newPage();
        await waitForExtensionPage(page, extensionBase + file);
        return page;
      },
      async tabIdFor(url) {
        // Firefox shows URLs of tabs matching the content-script patterns; ask from an extension page.
        const probe = await self.openExtensionPage('popup.html?tab=-1');
        try {
          return await probe.evaluate(async (wanted: string) => {
            const api = (globalThis as unknown as { browser: TabsApi }).browser;
            // Match patterns ignore ports, so filter by the exact URL rather than querying with it.
            const tabs = await api.tabs.query({});
            return tabs.find((t) => t.url === wanted)?.id ?? -1;
          }, url);
        } finally {
          await probe.close();
        }
      },
      sendFromExtensionPage: extensionMessenger(() => self.openExtensionPage('popup.html?tab=-1')),
      close: () => browser.close(),
    };
    // Granted every site, the background registers the content script as it starts: pages opened after that are read.
    // One page of the extension asks both: the content script registered, the welcome page closed.
    const probe = await self.openExtensionPage('popup.html?tab=-1');
    try {
      if (allSites) await firefoxContentScriptRegistered(probe, 60_000);
      await closeFirefoxWelcome(probe, extensionBase + 'welcome.html');
    } finally {
      await probe.close();
    }
    if (welcome === 'keep') self.welcome = await self.openExtensionPage('welcome.html');
    return self;
  } catch (error) {
    await browser.close();
    throw error;
  }
}
