// The read mode on the real manifest (no host access at install), in real Chromium and Firefox ESR.
// Chromium: "only when I click": a page is not read when it opens; the real toolbar action (CDP
// Extensions.triggerAction, which opens the popup and grants activeTab as a click does) reads it, with no host access.
// Firefox: the options page asks for access to all sites when "Every article I open" is picked (its prompt switched
// off: extensions.webextOptionalPermissionPrompts false grants as a reader accepting would) and pages are read as they
// open; "Only when I click" gives the access back and nothing is read when it opens, even on a site the extension may
// read; opening the popup on it reads it. (Firefox's toolbar cannot be clicked by automation: its activeTab grant is
// the browser's own, tested in Chromium.) The other e2e tests run as an install granted every site (granted-build.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DIST, launchChromium, launchFirefox, readResults, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { waitFor, writeSettings } from './inpage-helpers';
import { until } from './popup-helpers';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

type Api = {
  permissions: { contains(p: object): Promise<boolean>; request(p: object): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
};

/** What the extension holds now, asked from one of its pages: access to every site, registered scripts, a live content script in the tab. */
async function extensionState(ext: ExtensionBrowser, tabId = -1): Promise<{ allSites: boolean; registered: string[]; live: boolean }> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    return await page.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const live = id < 0 ? false : await api.tabs.sendMessage(id, { type: 'content/ping', payload: {} }).then((r) => Boolean(r), () => false);
      return {
        allSites: await api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
        registered: (await api.scripting.getRegisteredContentScripts()).map((s) => s.id),
        live,
      };
    }, tabId);
  } finally {
    await page.close();
  }
}

/** A page fully loaded (past document_idle, when a registered content script runs) that Sourcemark did not read. */
async function expectNotRead(ext: ExtensionBrowser, page: Page, tabId: number): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await readResults(ext, tabId)).toBeNull();
  expect((await extensionState(ext, tabId)).live).toBe(false);
}

describe('Chromium, only when I click', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => { ext = await launchChromium(DIST, { allSites: false }); });
  afterAll(async () => { await ext?.close(); });

  it('reads a page only on the toolbar action, through activeTab, with no host access', async () => {
    await writeSettings(ext, { readMode: 'click' });
    for (const deadline = Date.now() + 30_000; (await extensionState(ext)).registered.length > 0 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
    expect(await extensionState(ext)).toMatchObject({ allSites: false, registered: [] });

    const url = `${server.origin}/seed-article.html`;
    const page = await ext.openPage(url);
    const tabId = await ext.tabIdFor(url);
    const before = await page.evaluate(() => document.body.outerHTML);
    await expectNotRead(ext, page, tabId);

    const [extension] = [...(await ext.browser.extensions()).values()];
    await page.bringToFront();
    await extension.triggerAction(page); // the popup opens and reads the tab
    await waitFor(page, () => CSS.highlights.size > 0);
    const results = await waitForResults(ext, tabId, 60_000);
    expect(results.status).toBe('ready');
    expect(results.claims.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    // Read through the click's grant alone: still no access to any site.
    expect((await extensionState(ext)).allSites).toBe(false);
    await page.close();
  });
});

describe('Firefox, the choice in the options', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchFirefox(DIST, { 'extensions.originControls.grantByDefault': false, 'extensions.webextOptionalPermissionPrompts': false }, { allSites: false });
  });
  afterAll(async () => { await ext?.close(); });

  async function openArticle(): Promise<{ page: Page; tabId: number }> {
    const url = `${server.origin}/seed-article.html?${Date.now()}`;
    const page = await ext.openPage(url);
    return { page, tabId: await ext.tabIdFor(url) };
  }

  it('every article: asked for, registered, read as it opens; only when I click: given back, not read until the popup opens', async () => {
    const options = await ext.openExtensionPage('options.html');
    // A fresh install: every article is the mode, but the browser has not granted it yet, and the page says so.
    await until(options, () => document.body.textContent?.includes('has not let Sourcemark read all sites yet'), 30_000);
    await options.click('input[value="click"]');
    await options.click('input[value="all-sites"]'); // a trusted click: permissions.request inside the gesture
    await until(options, () => !document.body.textContent?.includes('has not let Sourcemark read all sites yet')
      && (document.querySelector('input[value="all-sites"]') as HTMLInputElement).checked, 30_000);
    for (const deadline = Date.now() + 30_000; !(await extensionState(ext)).registered.length && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
    expect(await extensionState(ext)).toMatchObject({ allSites: true, registered: ['sourcemark-page'] });

    const first = await openArticle();
    await waitFor(first.page, () => CSS.highlights.size > 0);
    expect((await waitForResults(ext, first.tabId, 60_000)).claims.length).toBeGreaterThan(5);
    await first.page.close();

    await options.bringToFront();
    await options.click('input[value="click"]');
    for (const deadline = Date.now() + 30_000; (await extensionState(ext)).registered.length && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
    expect(await extensionState(ext)).toMatchObject({ allSites: false, registered: [] });
    await options.close();

    // The reader allows this one site (e.g. for a linked-source check): in this mode it is still not read when it opens.
    const grant = await ext.openExtensionPage('popup.html?tab=-1');
    await grant.evaluate((o: string) => {
      const b = document.createElement('button');
      b.id = 'grant-for-test';
      b.onclick = () => { void (globalThis as unknown as { browser: Api }).browser.permissions.request({ origins: [o] }).then((g) => { b.dataset.granted = String(g); }); };
      document.body.append(b);
    }, `http://${new URL(server.origin).hostname}/*`);
    await grant.click('#grant-for-test');
    await grant.waitForFunction(() => document.getElementById('grant-for-test')?.dataset.granted === 'true');
    await grant.close();
    const second = await openArticle();
    await expectNotRead(ext, second.page, second.tabId);
    // Opening the popup reads it (in a real toolbar click, through activeTab; here, the site's access).
    const popup = await ext.openExtensionPage(`popup.html?tab=${second.tabId}`);
    await second.page.bringToFront();
    await waitFor(second.page, () => CSS.highlights.size > 0);
    expect((await waitForResults(ext, second.tabId, 60_000)).claims.length).toBeGreaterThan(5);
    await popup.close();
    await second.page.close();
  });
});
