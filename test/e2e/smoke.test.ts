// The built extension in real headless Chromium and Firefox ESR on the demo article:
// highlights registered under sourcemark-* names, the article untouched, the popup lists the claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { highlightNamesOf } from './inpage-helpers';

const SHOTS = 'artifacts/screenshots';
let server: FixtureServer;

beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => server?.close());

async function waitFor<T>(page: Page, fn: () => T, timeout = 60_000): Promise<T> {
  const handle = await page.waitForFunction(fn, { timeout, polling: 100 });
  return (await handle.jsonValue()) as T;
}

/** Names and range counts of the highlights registered in the page's CSS.highlights. */
function registeredHighlights(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) out[name] = highlight.size;
    return out;
  });
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('highlights the demo article without touching it and lists the claims in the popup', async () => {
      const url = `${server.origin}/seed-article.html`;
      const page = await ext.openPage(url);
      const before = await page.evaluate(() => document.querySelector('article')!.outerHTML);
      const count = await waitFor(page, () => {
        let n = 0;
        for (const [, h] of CSS.highlights) n += h.size;
        return n || false;
      });
      expect(count).toBeGreaterThan(5);
      const tabId = await ext.tabIdFor(url);
      expect(tabId).toBeGreaterThan(0);
      // Every registered highlight is one of this page load's random names (test/e2e/highlight-names.test.ts).
      const highlights = await registeredHighlights(page);
      const names = Object.values(await highlightNamesOf(ext, page, tabId));
      expect(Object.keys(highlights).every((name) => names.includes(name))).toBe(true);
      expect(await page.evaluate(() => document.querySelector('article')!.outerHTML)).toBe(before);
      await page.screenshot({ path: `${SHOTS}/${ext.name}-article.png` });

      const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('#sm-tab-claims', { timeout: 60_000 });
      await popup.click('#sm-tab-claims');
      const rows = await waitFor(popup, () => document.querySelectorAll('[data-claim-id]').length || false);
      // Nested claims of one level share a painted range: at least as many rows as ranges.
      expect(rows).toBeGreaterThanOrEqual(count as number);
      const text = await popup.evaluate(() => document.body.innerText);
      expect(text).toMatch(/KCNA|Korean Central News Agency/);
      await popup.screenshot({ path: `${SHOTS}/${ext.name}-popup.png` });
      await popup.close();
      await page.close();
    });
  });
}
