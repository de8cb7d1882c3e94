// "Check the linked source" in real Chromium and Firefox ESR against local servers: the article links each claim
// to a page of the source server; nothing is requested before the reader clicks the button; each verdict comes
// from a fixture of its kind; no request carries cookies; hostile pages (scripts, a huge body, binary data, a
// redirect loop, a server that never answers) give a clear verdict and nothing in them runs; the card stays
// usable while a check runs; the popup's claim row shows the result.
//
// Hosts: the article is on localhost and its sources on 127.0.0.1 (page extraction records links to other hosts
// only; ports do not make another host). The extension can already read 127.0.0.1 (its content script's match
// patterns grant it, in both browsers), so no permission is asked here; the asking path is in
// linkcheck-permission.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { articleHtml, serveSources, type SourceServer } from './linkcheck-server';
import { cardButtons, clickCardButton, clickOnText, collectErrors, inCard, waitFor } from './inpage-helpers';
import { openPopup, openPageWithTabId, showView } from './popup-helpers';

const CHECK = 'Check the linked source';

let sources: SourceServer;
let articles: FixtureServer;
let articleUrl = '';
beforeAll(async () => {
  sources = await serveSources();
  const html = await articleHtml(sources.origin);
  articles = await serveDirectory('test/fixtures/linkcheck', { routes: { '/article': () => html } });
  articleUrl = `${articles.origin.replace('127.0.0.1', 'localhost')}/article`;
});
afterAll(async () => { await articles?.close(); await sources?.close(); });

const cardOpen = () => Boolean(document.querySelector('sourcemark-card'));

/** The card's verdict line, or null while there is none. */
function verdictLine(page: Page): Promise<string | null> {
  return inCard(page, (root) => root.querySelector('.sm-verdict')?.textContent ?? null);
}

async function waitForVerdict(page: Page, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const line = await verdictLine(page);
    if (line) return line;
    if (Date.now() > deadline) throw new Error('no verdict');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the card of the claim at `text`, clicks the check and returns the verdict line. */
async function check(page: Page, text: string): Promise<string> {
  await page.keyboard.press('Escape');
  await clickOnText(page, text);
  await waitFor(page, cardOpen);
  expect(await clickCardButton(page, CHECK)).toBe(true);
  return waitForVerdict(page);
}

const requestsFor = (p: string) => sources.seen.filter((r) => r.path === p);

for (const launch of [launchChromium, launchFirefox]) {
  describe(`linked-source check in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    let page: Page;
    let tabId: number;
    let errors: string[];
    beforeAll(async () => {
      ext = await launch();
      sources.seen.length = 0;
      ({ page, tabId } = await openPageWithTabId(ext, () => ext.openPage(articleUrl)));
      errors = collectErrors(page);
      await waitFor(page, () => CSS.highlights.size > 0);
    });
    afterAll(async () => { await ext?.close(); });

    it('offers the check on a claim whose sentence links to a page, and requests nothing before the click', async () => {
      await clickOnText(page, 'not one step');
      await waitFor(page, cardOpen);
      expect(await cardButtons(page)).toContain(CHECK);
      // A claim whose sentence links nowhere has no button.
      await page.keyboard.press('Escape');
      await clickOnText(page, 'did not answer questions');
      if (await page.evaluate(cardOpen)) expect(await cardButtons(page)).not.toContain(CHECK);
      expect(sources.seen).toEqual([]);
    });

    it('finds a quotation in the HTML page it links to, with the passage', async () => {
      const line = await check(page, 'not one step');
      expect(line.startsWith('Found in the linked source')).toBe(true);
      expect(line).toContain('We will not retreat, not one step');
      expect(requestsFor('/statement.html')).toHaveLength(1);
    });

    it('says a changed quotation differs, with the source’s wording and the difference marked', async () => {
      const line = await check(page, 'people of the west');
      expect(line.startsWith('Differs from the linked source')).toBe(true);
      const marks = await inCard(page, (root) => ({
        article: [...root.querySelectorAll('.sm-verdict del')].map((e) => e.textContent),
        source: [...root.querySelectorAll('.sm-verdict ins')].map((e) => e.textContent),
      }));
      expect(marks).toEqual({ article: ['west'], source: ['east'] });
    });

    it('finds a figure in a linked PDF', async () => {
      // "At least 42" is the figure claim (the sentence is also a statement claim).
      await page.keyboard.press('Escape');
      await clickOnText(page, 'At least 42');
      await waitFor(page, cardOpen);
      expect(await inCard(page, (root) => root.textContent?.includes('Figure'))).toBe(true);
      expect(await clickCardButton(page, CHECK)).toBe(true);
      const line = await waitForVerdict(page);
      expect(line.startsWith('Found in the linked source')).toBe(true);
      expect(line).toContain('42 people were killed');
      expect(requestsFor('/report.pdf')).toHaveLength(1);
    });

    it('says a quotation the page does not hold is not found', async () => {
      expect(await check(page, 'grew faster than anyone')).toBe('Not found in the linked source.');
    });

    it('says it could not read a page that is not there', async () => {
      expect(await check(page, 'intercepted every drone')).toBe('Could not read the linked source: the page was not found.');
    });

    it('sends no cookies', async () => {
      // The browser holds a cookie for the source's site, and sends it on an ordinary visit...
      const visit = await ext.openPage(`${sources.origin}/set-cookie`);
      await visit.goto(`${sources.origin}/echo-cookie`, { waitUntil: 'load' });
      expect(await visit.evaluate(() => document.body.textContent)).toContain('session=secret-value');
      await visit.close();
      await page.bringToFront();
      // ...but not with the check.
      sources.seen.length = 0;
      const line = await check(page, 'river crossing before dawn');
      expect(line.startsWith('Found in the linked source')).toBe(true);
      expect(requestsFor('/hostile.html')).toEqual([{ path: '/hostile.html', cookie: null }]);
    });

    it('runs nothing of a hostile page: no script, image, style sheet, frame or refresh', async () => {
      // The check above read hostile.html: it is full of scripts and resources that would call /beacon-*.
      await new Promise((r) => setTimeout(r, 500)); // room for a stray request to arrive; the assertion is absence
      expect(sources.seen.map((r) => r.path)).toEqual(['/hostile.html']);
    });

    it('says a huge page is too large, binary data is not text, and a redirect loop cannot be read', async () => {
      expect(await check(page, 'Fuel deliveries')).toBe('Could not read the linked source: it is larger than 5 MB (too large).');
      expect(await check(page, 'Schools in the border')).toBe('Could not read the linked source: it is not text, HTML or PDF (not text).');
      expect(await check(page, 'Water supplies to the hospital')).toBe('Could not read the linked source: the site could not be reached or redirected too often.');
    });

    it('stays usable while a slow server is checked: Escape closes the card; the verdict comes with the timeout', async () => {
      await page.keyboard.press('Escape');
      await clickOnText(page, 'Trains to the coast');
      await waitFor(page, cardOpen);
      expect(await clickCardButton(page, CHECK)).toBe(true);
      await waitFor(page, () => Boolean(document.querySelector('sourcemark-card')));
      expect(await inCard(page, (root) => root.textContent?.includes('Checking the page on'))).toBe(true);
      await page.keyboard.press('Escape');
      await waitFor(page, () => !document.querySelector('sourcemark-card'));
      // The server never answers: the 10 s timeout is the only way this check ends (no clock is raced).
      await clickOnText(page, 'Trains to the coast');
      await waitFor(page, cardOpen);
      expect(await waitForVerdict(page, 40_000)).toBe('Could not read the linked source: it took longer than 10 seconds (timeout).');
    });

    it('shows each result in the popup’s claim row', async () => {
      const { popup } = await openPopup(ext, tabId);
      await showView(popup, 'claims');
      const rows = await popup.evaluate(() => [...document.querySelectorAll('[data-claim-id]')]
        .map((r) => ({ text: r.querySelector('.sm-row-text')?.textContent ?? '', verdict: r.querySelector('.sm-row-verdict')?.textContent ?? null })));
      // Rows of the quotation claims (the sentences around them are statement claims with rows of their own).
      const verdictOf = (words: string) => rows.find((r) => r.text.startsWith('"') && r.text.endsWith('"') && r.text.includes(words))?.verdict ?? `no row verdict in ${JSON.stringify(rows)}`;
      expect(verdictOf('not one step')).toBe('Found in the linked source.');
      expect(verdictOf('people of the west')).toBe('Differs from the linked source.');
      expect(verdictOf('grew faster')).toBe('Not found in the linked source.');
      expect(verdictOf('Trains to the coast')).toBe('Could not read the linked source: it took longer than 10 seconds (timeout).');
      // A claim never checked shows nothing: the statement around the checked figure "At least 42" is a claim of its own.
      expect(rows.find((r) => r.text.startsWith('At least 42 people were killed'))?.verdict).toBeNull();
      await popup.close();
    });

    it('left no console error on the article', () => {
      expect(errors).toEqual([]);
    });
  });
}
