// The built extension (real engine) on the demo article, in real headless Chromium and Firefox ESR: the
// registered highlights cover every claim a careful reader finds (seed-article.expected.json) and nothing
// outside the article; a click opens the card of the clicked claim with its source and level; the step
// command moves to the next claim; Escape closes the card; the article is untouched; no console error.
// Screenshots of a highlighted article and an open card go to artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { pngSize } from '../support/png';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { cardText, clickOnText, collectErrors, isHighlighted, sendToContent, tabIdOf, waitFor } from './inpage-helpers';

const SHOTS = 'artifacts/screenshots';
const STORE_SHOTS = 'artifacts/store';

/** A screenshot at 1280x800, the viewport put back afterwards. */
async function storeScreenshot(page: Page, file: string): Promise<void> {
  const before = page.viewport();
  await page.setViewport({ width: 1280, height: 800 });
  await page.screenshot({ path: file });
  if (before) await page.setViewport(before);
  expect(await pngSize(file)).toEqual({ width: 1280, height: 800 });
}
let server: FixtureServer;
let expected: { claims: Array<{ text: string; form: string }>; outsideArticle: string[] };

beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  expected = JSON.parse(await readFile('test/fixtures/seed-article.expected.json', 'utf8'));
  await mkdir(SHOTS, { recursive: true });
  await mkdir(STORE_SHOTS, { recursive: true });
});
afterAll(async () => server?.close());

const cardOpen = () => Boolean(document.querySelector('sourcemark-card'));

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('highlights every expected claim and nothing outside the article; clicks, step and Escape work; the article is untouched', async () => {
      const url = `${server.origin}/seed-article.html`;
      const page = await ext.openPage(url);
      const errors = collectErrors(page);
      const before = await page.evaluate(() => document.querySelector('article')!.outerHTML);
      await waitFor(page, () => CSS.highlights.size > 0);
      await page.screenshot({ path: `${SHOTS}/${ext.name}-highlighted-article.png` });

      const missing: string[] = [];
      for (const claim of expected.claims) if ((await isHighlighted(page, claim.text, 'article')) !== true) missing.push(`${claim.form}: ${claim.text}`);
      expect(missing).toEqual([]);
      const outside: string[] = [];
      for (const text of expected.outsideArticle) if ((await isHighlighted(page, text)) === true) outside.push(text);
      expect(outside).toEqual([]);

      await clickOnText(page, '10,000');
      await waitFor(page, cardOpen);
      const figureCard = (await cardText(page))!;
      expect(figureCard.toLowerCase()).toContain('reports');
      expect(figureCard).toContain('Low');
      await page.screenshot({ path: `${SHOTS}/${ext.name}-card-figure.png` });
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.querySelector('sourcemark-card'));

      await clickOnText(page, 'reckless behavior');
      await waitFor(page, cardOpen);
      const quoteCard = (await cardText(page))!;
      expect(quoteCard).toContain('KCNA');
      expect(quoteCard).toContain('High');
      await page.screenshot({ path: `${SHOTS}/${ext.name}-card-quote.png` });
      // The store listings take 1280x800 (Chrome Web Store) screenshots: the same view at that size.
      if (ext.name === 'chromium') await storeScreenshot(page, `${STORE_SHOTS}/article-card-1280x800.png`);
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.querySelector('sourcemark-card'));

      // The keyboard command, as the background sends it: next moves on to another claim each time.
      const tabId = await tabIdOf(ext, url);
      const step = async () => ((await sendToContent(ext, page, tabId, { type: 'claim/step', payload: { direction: 'next' } })) as { value: { claimId: string } }).value.claimId;
      const first = await step();
      await waitFor(page, cardOpen);
      const second = await step();
      expect(first).toBeTruthy();
      expect(second).not.toBe(first);
      await waitFor(page, cardOpen);
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.querySelector('sourcemark-card'));

      expect(await page.evaluate(() => document.querySelector('article')!.outerHTML)).toBe(before);
      expect(errors).toEqual([]);

      // The same highlights on a dark page (the test darkens it), for the README and a look at contrast.
      await page.addStyleTag({ content: 'body { background: #121417 !important; color: #e8e8ea !important; } figcaption { color: #aaa !important; }' });
      await page.evaluate(() => window.scrollTo(0, 300));
      await page.screenshot({ path: `${SHOTS}/${ext.name}-dark-page.png` });
      await page.close();
    });
  });
}
