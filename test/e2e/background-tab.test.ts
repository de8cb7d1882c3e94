// An article opened in a background tab (a middle click), in real Chromium and Firefox ESR: it is read while hidden, all of its
// claims reach the popup without waiting for the reader (the report's parts are not timers, which a hidden tab runs
// once a second), and when the reader switches to it the claims are painted. The page is untouched throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { collectErrors, waitFor } from './inpage-helpers';
import { paintedCoverage } from './paint-probe';
import { pageWatch, watchPage } from './page-watch';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

/** Loads `url` in a tab behind the one in front, as a middle click does: the tab is opened, another is opened in
 *  front of it, and only then does the first one navigate (so its document is hidden from its start). */
async function openBehind(ext: ExtensionBrowser, url: string, frontUrl: string): Promise<{ page: Page; front: Page }> {
  const page = await ext.browser.newPage();
  await watchPage(page);
  const front = await ext.openPage(frontUrl);
  await page.goto(url, { waitUntil: 'load' });
  return { page, front };
}

/** The id of the tab showing `url`, asked of the extension (granted every site, it may read tab URLs). */
async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    return await page.evaluate(async (u) => {
      // All tabs, matched here: Firefox's match patterns take no port.
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
  } finally {
    await page.close();
  }
}

for (const launch of [launchChromium, launchFirefox]) describe(`an article opened in a background tab, ${launch.name.replace('launch', '')}`, () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => { ext = await launch(); });
  afterAll(async () => { await ext?.close(); });

  it('is read while hidden, reports every claim, and is painted when shown', async () => {
    const url = `${server.origin}/seed-article.html`;
    const { page, front } = await openBehind(ext, url, `${server.origin}/pages/aclu.html`);
    const errors = collectErrors(page);
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    const tabId = await tabIdOf(ext, url);
    expect(tabId).toBeGreaterThan(0);
    const results = await waitForResults(ext, tabId, 60_000);
    expect(results.status).toBe('ready');
    expect(results.claims.length).toBeGreaterThanOrEqual(15);
    // Still behind: the reading did not wait for the reader.
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');

    await page.bringToFront();
    await waitFor(page, () => document.visibilityState === 'visible' && CSS.highlights.size > 0);
    const [coverage] = await paintedCoverage(ext.browser, page, [results.claims[0].text]);
    expect(coverage?.length).toBeGreaterThan(0);
    for (const line of coverage!) expect(line.covered, line.claim).toBeGreaterThanOrEqual(0.9);
    expect((await pageWatch(page)).mutations).toBe(0);
    expect(errors).toEqual([]);
    await front.close();
    await page.close();
  });
});
