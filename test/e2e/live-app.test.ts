// A single-page app built with a virtual-DOM framework (Preact, from node_modules, served locally) that
// re-renders its article ten times a second and navigates with pushState. With the real engine, in both
// browsers: no exception in the page, no stale highlight, and the highlights follow the new text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => {
  const preact = readFileSync('node_modules/preact/dist/preact.umd.js', 'utf8');
  server = await serveDirectory('test/fixtures', { routes: { '/vendor/preact.umd.js': () => preact } });
});
afterAll(async () => server?.close());

type AppWindow = Window & { __app: { pause(): void; resume(): void; go(path: string): void; ticks(): number; navigations(): number } };

/** Texts currently drawn by every highlight (the app registers none of its own: all are ours), or null when one points at a node no longer in the page. */
function drawnTexts(page: Page) {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) return null;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        texts.push(live.toString());
      }
    }
    return texts;
  });
}

async function until(page: Page, check: (texts: string[]) => boolean, timeout = 60_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let texts: string[] | null = null;
  while (Date.now() < deadline) {
    texts = await drawnTexts(page);
    if (texts && check(texts)) return texts;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`highlights never matched: ${JSON.stringify(texts)}`);
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`live Preact app in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('keeps the highlights on the current text through re-renders and pushState navigation', async () => {
      const page = await ext.browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await page.goto(`${server.origin}/live-app/index.html`, { waitUntil: 'load' });
      await until(page, (texts) => texts.length > 0);
      // The app has re-rendered many times under our highlights (a state, not a sleep).
      await page.waitForFunction(() => (window as unknown as AppWindow).__app.ticks() > 10, { timeout: 60_000, polling: 50 });

      // Freeze the app: within a fraction of a second every highlight is on live text, and the current figure is drawn.
      await page.evaluate(() => (window as unknown as AppWindow).__app.pause());
      const figure = await page.evaluate(() => document.querySelector('#story p')!.textContent!.match(/[\d,]+ people/)![0].replace(' people', ''));
      await until(page, (texts) => texts.some((t) => t.includes(figure)));

      // Navigate in the app: the old story's highlights go, the new story's come.
      const before = await page.evaluate(() => (window as unknown as AppWindow).__app.ticks());
      await page.evaluate(() => { const a = (window as unknown as AppWindow).__app; a.go('/live-app/story-2'); a.resume(); });
      // Let the new story re-render a few times before freezing it (ticks, not a sleep).
      await page.waitForFunction((n: number) => (window as unknown as AppWindow).__app.ticks() > n + 5, { timeout: 60_000, polling: 50 }, before);
      await page.evaluate(() => (window as unknown as AppWindow).__app.pause());
      const tonnes = await page.evaluate(() => document.querySelector('#story p')!.textContent!.match(/[\d,]+ tonnes/)![0].replace(' tonnes', ''));
      const texts = await until(page, (t) => t.some((x) => x.includes(tonnes)) && !t.some((x) => /people|Kowalska|families/.test(x)));
      expect(texts.length).toBeGreaterThan(0);

      // Back (popstate) to the first story.
      await page.evaluate(() => history.back());
      await until(page, (t) => t.some((x) => /people|families|processing/.test(x)) && !t.some((x) => /tonnes|corridor/.test(x)));
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
}
