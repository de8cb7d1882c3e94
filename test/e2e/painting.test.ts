// Every claim of the demo article painted in full, in both browsers: checked on screenshots (the page with our
// highlights against the page without them, column by column inside each claim's line boxes), not on the registry.
// Firefox ESR once painted a statement only up to a figure of the same level nested in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { highlightCount, waitFor } from './inpage-helpers';
import { paintedCoverage } from './paint-probe';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('paints every claim of the demo article over its whole length', async () => {
      const url = `${server.origin}/seed-article.html`;
      const page = await ext.openPage(url);
      const tabId = await ext.tabIdFor(url);
      const results = await waitForResults(ext, tabId, 60_000);
      const claims = results.claims;
      expect(claims.length).toBeGreaterThan(5);
      await waitFor(page, () => {
        let n = 0;
        for (const [, h] of CSS.highlights) n += h.size; // no card is open: every highlight is a level's
        return n || false;
      }, 60_000);
      // Overlapping claims of one level share a range, so there are at most as many ranges as claims.
      expect(await highlightCount(page)).toBeLessThanOrEqual(claims.length);
      await page.bringToFront(); // a tab behind the extension page gets no animation frames
      // The whole article in one viewport, so one screenshot holds every claim.
      const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      await page.setViewport({ width: 1280, height: Math.min(height + 20, 6000) });
      await page.evaluate(() => window.scrollTo(0, 0));
      const coverage = await paintedCoverage(ext.browser, page, claims.map((c) => c.text));
      const unpainted: string[] = [];
      coverage.forEach((lines, i) => {
        if (!lines) { unpainted.push(`not found on the page: ${claims[i].text}`); return; }
        if (lines.length === 0) unpainted.push(`no line boxes: ${claims[i].text}`);
        for (const l of lines) if (l.covered < 0.9) unpainted.push(`line ${l.line} ${Math.round(l.covered * 100)}% of ${l.width}px: ${l.claim}`);
      });
      expect(unpainted).toEqual([]);
      await page.close();
    });
  });
}
