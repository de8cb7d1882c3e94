// The options page and the popup's way to it, in real Chromium and Firefox ESR: the browser's real shortcuts
// (commands.getAll, _execute_action among them) in the popup's foot and on the page, a setting changed there
// applying to an open article, a switched-off site turned back on, axe-core clean, the privacy policy inside
// the extension, and store-size screenshots (1280x800) of the options page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, waitForExtensionPage, type ExtensionBrowser } from './browsers';
import { pngSize } from '../support/png';
import { highlightCount, writeSettings } from './inpage-helpers';
import { axeViolations, openPageWithTabId, openPopup, setSwitch, until } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

const STORE_SHOTS = 'artifacts/store';
let server: FixtureServer;

beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  await mkdir(STORE_SHOTS, { recursive: true });
});
afterAll(async () => server?.close());

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

async function storedSettings(page: Page): Promise<{ paused?: boolean; disabledSites?: string[] } | undefined> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }; chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await (g.browser ?? g.chrome).storage.local.get('sourcemark.settings'))['sourcemark.settings'] as { paused?: boolean; disabledSites?: string[] } | undefined;
  });
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('the popup shows the real shortcuts and opens the options page', async () => {
      const { tabId } = await openPageWithTabId(ext, () => ext.openPage(`${server.origin}/seed-article.html`));
      const { popup } = await openPopup(ext, tabId);
      await until(popup, () => document.querySelector('.sm-shortcuts-hint')?.textContent?.includes('opens this popup'), 15_000);
      const hint = await text(popup, '.sm-shortcuts-hint');
      expect(hint).toContain('Alt+Shift+S opens this popup');
      expect(hint).toContain('Alt+Shift+J go to the next claim');
      const optionsUrl = `${ext.extensionBase}options.html`;
      if (ext.name === 'chromium') {
        const opened = ext.browser.waitForTarget((t) => t.url() === optionsUrl, { timeout: 15_000 });
        await popup.click('.sm-options-link');
        await (await (await opened).page())?.close();
      } else {
        // WebDriver BiDi does not report moz-extension:// pages as they load: ask the extension which tabs it has.
        await popup.click('.sm-options-link');
        const probe = await ext.openExtensionPage('popup.html?tab=-1');
        await until(probe, async (wanted: string) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } } }).browser;
          return (await api.tabs.query({})).some((t) => t.url === wanted);
        }, 15_000, optionsUrl);
        await probe.close();
      }
    });

    it('lists the shortcuts, applies a setting to an open article, turns a site back on, passes axe-core', async () => {
      const article = await ext.openPage(`${server.origin}/seed-article.html`);
      const highlighted = async () => (await highlightCount(article)) > 0;
      await expect.poll(highlighted, { timeout: 20_000 }).toBe(true);

      const options = await ext.openExtensionPage('options.html');
      await until(options, () => document.querySelectorAll('.sm-shortcuts tbody tr').length > 0, 15_000);
      const rows = await options.$$eval('.sm-shortcuts tbody tr', (trs) => trs.map((tr) => (tr.textContent ?? '').trim()));
      expect(rows).toContain('Open the Sourcemark popupAlt+Shift+S');
      expect(rows).toContain('Go to the next claimAlt+Shift+J');
      expect(rows).toHaveLength(4);

      await setSwitch(options, /Pause on every site/, true);
      await expect.poll(highlighted, { timeout: 15_000 }).toBe(false);
      expect((await storedSettings(options))?.paused).toBe(true);
      await setSwitch(options, /Pause on every site/, false);
      await expect.poll(highlighted, { timeout: 15_000 }).toBe(true);

      await writeSettings(ext, { paused: false, disabledSites: ['news.example', 'other.example'] });
      await until(options, () => Boolean(document.querySelector('button[aria-label="Turn on for news.example"]')), 10_000);
      await options.click('button[aria-label="Turn on for news.example"]');
      await until(options, () => !document.querySelector('button[aria-label="Turn on for news.example"]'), 10_000);
      expect((await storedSettings(options))?.disabledSites).toEqual(['other.example']);

      await options.setViewport({ width: 1280, height: 800 });
      expect(await axeViolations(options)).toEqual([]);
      if (ext.name === 'chromium') {
        const shot = `${STORE_SHOTS}/options-1280x800.png`;
        await options.screenshot({ path: shot });
        expect(await pngSize(shot)).toEqual({ width: 1280, height: 800 });
      }
      await writeSettings(ext, null);
      await options.close();
      await article.close();
    });

    it('links to the privacy policy, a plain page inside the extension', async () => {
      const options = await ext.openExtensionPage('options.html');
      await until(options, () => Boolean(document.querySelector('a[href="privacy.html"]')), 10_000);
      const href = await options.$eval('a[href="privacy.html"]', (a) => (a as HTMLAnchorElement).href);
      expect(href).toBe(`${ext.extensionBase}privacy.html`);
      const policy = await ext.browser.newPage();
      await waitForExtensionPage(policy, href);
      expect(await text(policy, 'h1')).toBe('Sourcemark privacy policy');
      expect(await policy.$$eval('script', (s) => s.length)).toBe(0);
      expect(await text(policy, 'main')).toContain('sends nothing');
      expect(await axeViolations(policy)).toEqual([]);
      await policy.close();
      await options.close();
    });
  });
}
