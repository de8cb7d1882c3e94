// Corrections kept locally, end to end in real headless Chromium and Firefox ESR on the demo article: from the
// in-page card the reader picks another source ("Wrong source?") and marks a claim "Not a claim"; the correction
// survives a reload and shows in the card, the popup, the side panel (its page opened as a tab pinned to the
// article, see sidepanel.test.ts), the three exports and the labelled examples (JSON Lines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Claim } from '../../src/analysis/types';
import type { TabResults } from '../../src/messages';
import { CSV_COLUMNS } from '../../src/ui/export-csv';
import { KIND_WORDS } from '../../src/ui/format';
import { parseCsv } from '../support/rfc4180';
import { launchChromium, launchFirefox, readResults, type ExtensionBrowser } from './browsers';
import { captureDownloads } from './downloads';
import { cardChoices, cardText, clickInCard, clickOnText, isHighlighted, waitFor, waitForCardText } from './inpage-helpers';
import { openPopup, readRows, showView } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

/** Claims that share no character with another claim: a click on them can only mean them. */
const standalone = (claims: Claim[]) => claims.filter((c) => !claims.some((o) => o !== c && o.start < c.end && c.start < o.end));

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`corrections in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    let article: Page;
    let tabId: number;
    let engine: TabResults;
    let fixed: Claim; // the claim whose source the reader corrects
    let hidden: Claim; // the claim the reader marks "not a claim"
    let picked = '';
    const url = () => `${server.origin}/seed-article.html`;
    const claimIn = (r: TabResults | null, id: string) => r?.claims.find((c) => c.id === id);

    beforeAll(async () => {
      ext = await launch();
      article = await ext.openPage(url());
      tabId = await ext.tabIdFor(url());
      engine = (await until(() => readResults(ext, tabId), (r) => r?.status === 'ready', 'results'))!;
      const candidates = standalone(engine.claims).filter((c) => c.source && c.form !== 'figure');
      [fixed, hidden] = [candidates[0], candidates[1]];
    });
    afterAll(async () => { await ext?.close(); });

    it('"Wrong source?" offers the article\'s other sources and saves the one picked', async () => {
      expect(fixed, 'a sourced claim overlapping no other').toBeTruthy();
      await article.bringToFront();
      await clickOnText(article, fixed.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes(fixed.text.slice(0, 30)));
      expect(await clickInCard(article, 'Wrong source?')).toBe(true);
      const choices = await until(() => cardChoices(article), (c) => c.length > 1, 'the source choices');
      const others = choices.filter((c) => c !== 'Someone else');
      // The engine's runner-ups when it gave some, else the other sources the article names; never the one shown.
      const offered = fixed.source!.alternatives?.length
        ? fixed.source!.alternatives.map((a) => a.name)
        : engine.claims.flatMap((c) => (c.source ? [c.source.name, ...(c.source.via ? [c.source.via.name] : [])] : []));
      const nameOf = (label: string) => Object.values(KIND_WORDS).map((k) => label.endsWith(` ${k}`) ? label.slice(0, -k.length - 1) : '').find(Boolean) ?? label;
      expect(others.length).toBeGreaterThan(0);
      for (const c of others) {
        expect(nameOf(c), c).not.toBe(fixed.source!.name);
        expect(offered, c).toContain(nameOf(c));
      }
      const choice = others[others.length > 1 ? 1 : 0];
      picked = nameOf(choice);
      expect(await clickInCard(article, choice)).toBe(true);
      expect(await clickInCard(article, 'Save source')).toBe(true);
      const card = await waitForCardText(article, (t) => t.includes('You corrected the source'));
      expect(card).toContain(`Sourcemark had said: ${fixed.source!.name}`);
      expect(card).toContain(picked);
      // Applied in the background to the results it keeps.
      const stored = await until(() => readResults(ext, tabId), (r) => claimIn(r, fixed.id)?.correction?.verdict === 'source', 'the stored correction');
      expect(claimIn(stored, fixed.id)!.source!.name).toBe(picked);
      expect(claimIn(stored, fixed.id)!.correction!.engineSource!.name).toBe(fixed.source!.name);
    });

    it('"Not a claim" takes the highlight off the page and closes the card', async () => {
      expect(await isHighlighted(article, hidden.text.slice(0, 30))).toBe(true);
      await clickOnText(article, hidden.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes(hidden.text.slice(0, 30)));
      expect(await clickInCard(article, 'Not a claim')).toBe(true);
      await until(() => cardText(article), (t) => t === null, 'the card to close');
      await until(() => isHighlighted(article, hidden.text.slice(0, 30)), (h) => h === false, 'the highlight to go');
      await until(() => readResults(ext, tabId), (r) => claimIn(r, hidden.id)?.correction?.verdict === 'not-a-claim', 'the stored verdict');
    });

    it('both corrections survive a reload and show in the card', async () => {
      await article.reload({ waitUntil: 'load' });
      await waitFor(article, () => CSS.highlights.size > 0);
      const after = await until(() => readResults(ext, tabId), (r) => r?.status === 'ready' && !!claimIn(r, fixed.id)?.correction, 'results after the reload');
      expect(claimIn(after, fixed.id)!.source!.name).toBe(picked);
      expect(claimIn(after, hidden.id)!.correction!.verdict).toBe('not-a-claim');
      expect(await isHighlighted(article, hidden.text.slice(0, 30))).toBe(false);
      await clickOnText(article, fixed.text.slice(0, 40));
      const card = await waitForCardText(article, (t) => t.includes(fixed.text.slice(0, 30)));
      expect(card).toContain('You corrected the source');
      expect(card).toContain(picked);
    });

    it('shows in the popup and the side panel as corrected', async () => {
      for (const file of ['popup.html', 'sidepanel.html'] as const) {
        const opened = await openPopup(ext, tabId, file);
        try {
          await showView(opened.popup, 'claims');
          await opened.popup.waitForSelector(`[data-claim-id="${fixed.id}"]`, { timeout: 15_000 });
          const rows = await readRows(opened.popup);
          const row = rows.find((r) => r.id === fixed.id)!;
          expect(row.source, file).toBe(picked);
          expect(row.meta, file).toContain('Source corrected by you');
          expect(rows.find((r) => r.id === hidden.id)!.meta, file).toContain('Not a claim (your correction)');
          expect(await opened.errors()).toEqual([]);
        } finally {
          await opened.popup.close();
        }
      }
    });

    it('is in the three exports and in the labelled examples', async () => {
      const downloads = await captureDownloads(ext);
      const opened = await openPopup(ext, tabId);
      try {
        const popup = opened.popup;
        await popup.waitForSelector('.sm-export button', { timeout: 15_000 });
        const click = async (selector: string, label?: string) => {
          for (const b of await popup.$$(selector)) if (!label || await b.evaluate((el) => el.textContent) === label) return b.click();
          throw new Error(`no button ${label ?? selector}`);
        };
        await click('.sm-export button', 'Markdown');
        const md = (await downloads.next('.md')).content;
        expect(md).toContain(`- **Correction:** Source corrected by the reader; Sourcemark had said ${fixed.source!.name}`);
        expect(md).toContain('- **Correction:** Marked as not a claim by the reader');

        await click('.sm-export button', 'CSV');
        const rows = parseCsv((await downloads.next('.csv')).content.replace(/^\uFEFF/, ''));
        const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
        const fixedRow = rows.find((r) => r[col('id')] === fixed.id)!;
        expect([fixedRow[col('source_name')], fixedRow[col('correction')], fixedRow[col('engine_source_name')]]).toEqual([picked, 'source', fixed.source!.name]);
        expect(rows.find((r) => r[col('id')] === hidden.id)![col('correction')]).toBe('not-a-claim');

        await click('.sm-export button', 'Web Annotation (JSON-LD)');
        const items = JSON.parse((await downloads.next('.jsonld')).content).first.items as Array<{ body: Array<{ purpose?: string; value?: string; 'schema:author'?: { 'schema:name': string }; 'schema:text'?: string }> }>;
        const annotation = items.find((a) => a.body.some((b) => b['schema:text'] === fixed.text))!;
        expect(annotation.body.find((b) => b['schema:author'])!['schema:author']!['schema:name']).toBe(picked);
        expect(annotation.body.find((b) => b.purpose === 'editing')?.value).toContain(`Sourcemark had said ${fixed.source!.name}`);

        await click('.sm-export-corrections');
        const lines = (await downloads.next('.jsonl')).content.trim().split('\n').map((l) => JSON.parse(l));
        expect(lines).toHaveLength(2);
        const bySource = lines.find((l) => l.claim === fixed.text);
        expect(bySource).toMatchObject({ url: url(), engine_source: { name: fixed.source!.name, kind: fixed.source!.kind }, reader_source: { name: picked } });
        expect(bySource.sentence).toContain(fixed.text.slice(0, 30));
        expect(KIND_WORDS[bySource.reader_source.kind as keyof typeof KIND_WORDS], 'a kind of source').toBeTruthy();
        expect(lines.find((l) => l.claim === hidden.text)).toMatchObject({ reader_source: 'not a claim', engine_source: { name: hidden.source!.name } });
        expect(await opened.errors()).toEqual([]);
      } finally {
        await opened.popup.close();
        await downloads.dispose();
      }
    });

    it('"Undo my correction" gives the engine\'s source back', async () => {
      await article.bringToFront();
      await clickOnText(article, fixed.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes('You corrected the source'));
      expect(await clickInCard(article, 'Undo my correction')).toBe(true);
      await waitForCardText(article, (t) => !t.includes('You corrected the source') && t.includes('Wrong source?'));
      const back = await until(() => readResults(ext, tabId), (r) => !claimIn(r, fixed.id)?.correction, 'the undo');
      expect(claimIn(back, fixed.id)!.source!.name).toBe(fixed.source!.name);
    });
  });
}
