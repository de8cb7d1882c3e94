// Highlight names a page cannot predict, in real Chromium and Firefox ESR: the highlights the page can see in its
// own CSS.highlights registry carry names drawn at random for the page load (none of the old "sourcemark-…"),
// two loads of the same page share none, the stylesheet that paints them is nowhere the page can read it (no
// node in the DOM, no rule in document.styleSheets), the page's DOM is unchanged, and the claims are still
// painted (checked on screenshots, as test/e2e/painting.test.ts does for every claim).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { collectErrors, highlightNamesOf, waitFor } from './inpage-helpers';
import { paintedCoverage } from './paint-probe';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

/** What the page itself can see of us: the names in its highlight registry, and any stylesheet rule naming one. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const registered = [...CSS.highlights.keys()].map(String).sort();
    const rules: string[] = [];
    for (const sheet of document.styleSheets) {
      try {
        for (const rule of sheet.cssRules) rules.push(rule.cssText);
      } catch { /* a cross-origin sheet: not ours either */ }
    }
    return { registered, rulesNaming: rules.filter((r) => registered.some((n) => r.includes(n)) || r.includes('::highlight')), html: document.documentElement.outerHTML };
  });
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('draws under random names that change on every load, painted by a stylesheet the page cannot see', async () => {
      const url = `${server.origin}/seed-article.html`;
      const page = await ext.openPage(url);
      const errors = collectErrors(page);
      const bodyBefore = await page.evaluate(() => document.body.outerHTML);
      const tabId = await ext.tabIdFor(url);
      const { claims } = await waitForResults(ext, tabId, 60_000);
      await waitFor(page, () => CSS.highlights.size > 0);

      const first = await pageView(page);
      const names = await highlightNamesOf(ext, page, tabId);
      expect(first.registered.length).toBeGreaterThan(0);
      expect(first.registered.every((n) => Object.values(names).includes(n))).toBe(true);
      expect(first.registered.some((n) => n.startsWith('sourcemark'))).toBe(false);
      expect(first.rulesNaming).toEqual([]);
      for (const name of Object.values(names)) expect(first.html).not.toContain(name);
      expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);

      // The names are only worth having if they still paint: the first claim, on a screenshot.
      await page.bringToFront();
      const [coverage] = await paintedCoverage(ext.browser, page, [claims[0].text]);
      expect(coverage?.length).toBeGreaterThan(0);
      for (const line of coverage!) expect(line.covered, line.claim).toBeGreaterThanOrEqual(0.9);

      await page.reload({ waitUntil: 'load' });
      await waitFor(page, () => CSS.highlights.size > 0);
      const second = await pageView(page);
      const secondNames = await highlightNamesOf(ext, page, tabId);
      expect(second.registered.every((n) => Object.values(secondNames).includes(n))).toBe(true);
      expect(Object.values(secondNames).filter((n) => Object.values(names).includes(n))).toEqual([]);
      expect(second.rulesNaming).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
