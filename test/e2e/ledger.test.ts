// The reading ledger in real Chromium and Firefox ESR, on the real IndexedDB: two articles read one after the
// other; the second's card shows the first's figure and source under "Elsewhere in your reading", and that the
// quotation was credited to someone else; the first, read again, shows the second's figure; the popup lists the
// claims with matches; nothing is recorded while paused; the ledger page tracks the figure and clears everything.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, waitForExtensionPage, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { clickOnText, collectErrors, tabIdOf, waitFor, waitForCardText, writeSettings } from './inpage-helpers';
import { ledgerCounts, waitForLedgerArticles } from './ledger-helpers';
import { captureDownloads } from './downloads';
import type { LedgerExport } from '../../src/ledger/transfer';
import { openPopup } from './popup-helpers';
import type { Page } from 'puppeteer-core';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveDirectory('test/fixtures/ledger');
  await mkdir('artifacts/screenshots', { recursive: true });
});
afterAll(async () => server?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');
// The courier's figure as the herald's card shows it. The source is the engine's reading of "according to the
// defence ministry in Seoul" (the whole phrase, or since the staged engine just "Seoul"): the ledger shows
// whatever the engine credited, so only its head is held here.
const COURIER_FIGURE = /Conflicts: Some 10,000, according to (?:the defence ministry in )?Seoul, Northern Courier, Mar 3/;

async function read(ext: ExtensionBrowser, file: string): Promise<{ page: Page; tabId: number }> {
  const url = `${server.origin}/${file}`;
  const page = await ext.openPage(url);
  const tabId = await tabIdOf(ext, url);
  const results = await waitForResults(ext, tabId, 20_000);
  expect(results.status).toBe('ready');
  return { page, tabId };
}

async function openLedgerPage(ext: ExtensionBrowser): Promise<Page> {
  if (ext.name === 'chromium') return ext.openExtensionPage('ledger.html');
  const page = await ext.browser.newPage();
  await waitForExtensionPage(page, `${ext.extensionBase}ledger.html`);
  return page;
}

const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name.replace('launch', ''), () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('remembers figures and quotations across articles, both ways, and lists them in the popup', async () => {
      const first = await read(ext, 'courier.html');
      await waitForLedgerArticles(ext, 1);
      await first.page.close();

      const second = await read(ext, 'herald.html');
      const errors = collectErrors(second.page);
      await waitForLedgerArticles(ext, 2);
      await clickOnText(second.page, '12,000');
      const figureCard = flat(await waitForCardText(second.page, (t) => t.includes('Elsewhere in your reading')));
      expect(figureCard).toMatch(COURIER_FIGURE);

      await second.page.keyboard.press('Escape');
      await waitFor(second.page, () => !document.querySelector('sourcemark-card'));
      await clickOnText(second.page, 'whatever it costs us');
      const quoteCard = flat(await waitForCardText(second.page, (t) => t.includes('Elsewhere in your reading')));
      expect(quoteCard).toContain('Attributed to someone else: “We will never surrender to this aggression whatever it costs us”, attributed to Zelensky, Northern Courier, Mar 3');
      await second.page.screenshot({ path: `artifacts/screenshots/${ext.name}-card-elsewhere.png` });
      expect(errors).toEqual([]);

      const { popup } = await openPopup(ext, second.tabId);
      try {
        await waitFor(popup, () => Boolean(document.querySelector('.sm-ledger-claims')));
        const summary = flat(await popup.evaluate(() => document.querySelector('.sm-ledger-summary')!.textContent!));
        expect(summary).toMatch(/12,000 \(1 match, 1 conflict\)/);
        expect(summary).toMatch(/whatever it costs us.*\(1 match\)/);
      } finally {
        await popup.close();
      }
      await second.page.close();

      const again = await read(ext, 'courier.html');
      await clickOnText(again.page, 'Some 10,000');
      const againCard = flat(await waitForCardText(again.page, (t) => t.includes('Elsewhere in your reading')));
      expect(againCard).toContain('Conflicts: 12,000, according to Pentagon, Evening Herald, Mar 5');
      await again.page.close();
      // Read again: the same article, not a new one.
      expect((await ledgerCounts(ext)).articles).toBe(2);
    });

    it('records nothing while paused', async () => {
      await writeSettings(ext, { paused: true });
      try {
        const url = `${server.origin}/paused.html`;
        const page = await ext.openPage(url);
        const results = await waitForResults(ext, await tabIdOf(ext, url), 20_000);
        expect(results.status).toBe('paused');
        await page.close();
      } finally {
        await writeSettings(ext, null);
      }
      let counts = await ledgerCounts(ext);
      expect(counts.articles).toBe(2);
      expect(counts.titles.some((t) => t.includes('paused'))).toBe(false);
      // The same page read once the pause is lifted is recorded: the pause, not the page, kept it out.
      const page = await read(ext, 'paused.html');
      counts = await waitForLedgerArticles(ext, 3);
      expect(counts.titles.some((t) => t.includes('paused'))).toBe(true);
      await page.page.close();
    });

    it('the ledger page tracks the figure by subject, and clear all empties the ledger', async () => {
      const page = await openLedgerPage(ext);
      try {
        await waitFor(page, () => document.body.innerText.includes('3 articles'));
        const text = flat(await pageText(page));
        expect(text).toContain('Figures tracked by subject');
        expect(text).toMatch(/troop · north korea, russia \(3 figures\)/);
        expect(await page.evaluate(() => document.querySelector('svg.sm-chart')!.querySelectorAll('circle').length)).toBe(3);
        await page.screenshot({ path: `artifacts/screenshots/${ext.name}-ledger-page.png` });

        await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear all…')!.click());
        await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Yes, clear everything')!.click());
        await waitFor(page, () => document.body.innerText.includes('0 articles, 0 claims kept'));
      } finally {
        await page.close();
      }
      expect(await ledgerCounts(ext)).toEqual({ articles: 0, claims: 0, titles: [] });
    });

    it('the ledger page exports its JSON as a real download and imports it back through the file input', async () => {
      for (const file of ['courier.html', 'herald.html']) {
        const read1 = await read(ext, file);
        await waitForLedgerArticles(ext, file === 'courier.html' ? 1 : 2);
        await read1.page.close();
      }
      const before = await ledgerCounts(ext);
      const downloads = await captureDownloads(ext);
      const page = await openLedgerPage(ext);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcemark-ledger-import-'));
      let courierClaims = 0;
      try {
        await waitFor(page, () => document.body.innerText.includes('2 articles'));
        await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export (JSON)')!.click());
        const saved = await downloads.next('.json');
        expect(saved.filename).toMatch(/^sourcemark-ledger-\d{4}-\d{2}-\d{2}\.json$/);
        const data = JSON.parse(saved.content) as LedgerExport;
        expect(data.format).toBe('sourcemark-ledger');
        expect(data.articles.map((a) => a.site).sort()).toEqual(['Evening Herald', 'Northern Courier']);
        const courier = data.articles.find((a) => a.site === 'Northern Courier')!;
        expect(courier.claims.map((c) => c.wording)).toContain('Some 10,000');
        expect(data.articles.reduce((n, a) => n + a.claims.length, 0)).toBe(before.claims);
        courierClaims = courier.claims.length;

        await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear all…')!.click());
        await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Yes, clear everything')!.click());
        await waitFor(page, () => document.body.innerText.includes('0 articles, 0 claims kept'));

        // Only the courier's article goes back in (the herald's is read again below and must match it).
        const file = path.join(dir, 'courier.json');
        await writeFile(file, JSON.stringify({ ...data, articles: [courier] }));
        const input = await page.$('input[type=file]');
        await input!.uploadFile(file);
        await waitFor(page, () => document.body.innerText.includes('Imported 1 of 1 article.'));
        expect(flat(await pageText(page))).toContain('1 article');
      } finally {
        await page.close();
        await downloads.dispose();
        await rm(dir, { recursive: true, force: true });
      }
      expect(await ledgerCounts(ext)).toEqual({ articles: 1, claims: courierClaims, titles: [expect.stringContaining('North Korean troops')] });

      // The imported article is matched like one read: the background's index sees what the page wrote.
      const herald = await read(ext, 'herald.html');
      await clickOnText(herald.page, '12,000');
      const card = flat(await waitForCardText(herald.page, (t) => t.includes('Elsewhere in your reading')));
      expect(card).toMatch(COURIER_FIGURE);
      await herald.page.close();
    });
  });
}
