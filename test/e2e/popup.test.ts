// The popup, built and loaded in real headless Chromium and Firefox ESR, opened as popup.html?tab=ID on the
// demo article: the claim list, the sources at a glance, filters, the three exports (real downloads), "Show in
// page", the on/off switches, axe-core in light and dark, screenshots, and the honest states.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import type { Claim } from '../../src/analysis/types';
import type { TabResults } from '../../src/messages';
import { CSV_COLUMNS } from '../../src/ui/export-csv';
import { escapeMarkdown } from '../../src/ui/export-markdown';
import { FORM_WORDS, KIND_WORDS, LEVEL_SHORT } from '../../src/ui/format';
import { parseCsv } from '../support/rfc4180';
import { DIST, launchChromium, launchFirefox, readResults, type ExtensionBrowser } from './browsers';
import { captureDownloads, type DownloadCapture } from './downloads';
import { highlightCount, waitFor, waitForCardText, writeSettings, highlightNamesOf } from './inpage-helpers';
import {
  axeViolations, filterCounts, openPageWithTabId, openPopup, readRows, readSources, setSwitch, showView, tickFilter, until,
  type AxeViolation, type OpenPopup,
} from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

/** The parts of a Web Annotation the test reads (the file itself is untyped JSON). */
interface Annotation {
  '@context': string; id: string; type: string;
  target: { source: string; selector: Array<{ type: string; exact?: string; start?: number; end?: number }> };
  body: Array<{ type: string; 'schema:author'?: { 'schema:name'?: string } }>;
}
interface ExpectedClaim { form: Claim['form']; text: string; sources: string[] }
const SHOTS = 'artifacts/screenshots';
const POPUP_VIEWPORT = { width: 400, height: 600 };

let server: FixtureServer;
let expected: ExpectedClaim[];

beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  expected = JSON.parse(await readFile('test/fixtures/seed-article.expected.json', 'utf8')).claims;
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => server?.close());

/** Lower case, typographic quotes made straight (one for one, so offsets hold), whitespace collapsed. */
const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** Whether the claim's span overlaps where the analyzed text holds the snippet (as the engine's seed test judges). */
function overlapsSnippet(text: string, c: Claim, snippet: string): boolean {
  const at = fold(text).indexOf(fold(snippet));
  return at >= 0 && c.start < at + snippet.length && at < c.end;
}

/** A shortened row text is faithful when each piece around its ellipsis is part of the claim. */
function isShortenedFrom(shown: string, full: string): boolean {
  return shown.split('…').filter(Boolean).every((piece) => fold(full).includes(fold(piece)));
}

const nameOf = (s: string) => s.trim().toLowerCase();

/** Whether the highlights of our levels are drawn (any sourcemark-* name with ranges). */
function sourcemarkRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [, h] of CSS.highlights) n += h.size;
    return n;
  });
}

/** The claim's first words located in the page: whether they sit inside the viewport. */
function claimInView(page: Page, claimText: string): Promise<{ top: number; bottom: number; inView: boolean } | null> {
  const probe = claimText.replace(/\s+/g, ' ').slice(0, 30);
  return page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.replace(/\s/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + wanted.length);
      const box = r.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, inView: box.top >= 0 && box.bottom <= innerHeight };
    }
    return null;
  }, probe);
}

function describeViolations(list: AxeViolation[]): string {
  return list.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

/**
 * axe-core and the width check on each view: the glance, the claims with a row expanded, the settings.
 * Returns what failed, one entry a view; `screenshot` saves the glance view there.
 */
async function auditViews(popup: Page, scheme: string, screenshot?: string): Promise<string[]> {
  const found: string[] = [];
  const audit = async (view: string) => {
    const violations = await axeViolations(popup);
    if (violations.length) found.push(`${scheme} ${view}:\n${describeViolations(violations)}`);
    // Readable at the popup's width: nothing wider than the viewport, so no sideways scrolling.
    const wide = await popup.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (wide > 0) found.push(`${scheme} ${view}: ${wide} px wider than the viewport`);
    // No text runs out of its box: each "at a glance" tile holds its words ("No source given" once did not at 400 px).
    const tiles = await popup.$$eval('.sm-tile', (all) => all.map((tile) => ({
      text: tile.textContent ?? '',
      height: Math.round(tile.getBoundingClientRect().height),
      // The tile and every box in it: content no wider than the box (a clientWidth of 0 is an inline box: skipped).
      spills: [tile, ...tile.querySelectorAll('*')].filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth)
        .map((el) => `${el.className || el.localName} ${el.scrollWidth} > ${el.clientWidth}`),
    })));
    for (const t of tiles) if (t.spills.length) found.push(`${scheme} ${view}: tile "${t.text}" overflows: ${t.spills.join(', ')}`);
    if (new Set(tiles.map((t) => t.height)).size > 1) found.push(`${scheme} ${view}: tiles of unequal heights ${tiles.map((t) => t.height).join(', ')}`);
  };
  await showView(popup, 'overview');
  await popup.waitForSelector('.sm-source');
  await audit('glance');
  if (screenshot) await popup.screenshot({ path: screenshot, fullPage: true });
  await showView(popup, 'claims');
  const toggle = await popup.waitForSelector('[data-claim-id] .sm-row-toggle');
  if (await toggle!.evaluate((b) => b.getAttribute('aria-expanded')) !== 'true') await toggle!.click();
  await popup.waitForSelector('[data-claim-id] .sm-row-card:not([hidden])');
  await audit('claims (row expanded)');
  await showView(popup, 'settings');
  await audit('settings');
  return found;
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`popup in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    let article: Page;
    let tabId: number;
    let results: TabResults;
    const articleUrl = () => `${server.origin}/seed-article.html`;

    beforeAll(async () => {
      ext = await launch();
      article = await ext.openPage(articleUrl());
      tabId = await ext.tabIdFor(articleUrl()); // Chromium: the active tab, so right after opening it
      await waitFor(article, () => CSS.highlights.size > 0);
      results = await settledResults();
    });
    beforeEach(async () => { results = await settledResults(); });

    /** The tab's results once the content script is done: ready, and the same in two reads 300 ms apart. */
    async function settledResults(): Promise<TabResults> {
      const read = () => readResults(ext, tabId);
      const deadline = Date.now() + 60_000;
      let last = await read();
      for (;;) {
        await new Promise((r) => setTimeout(r, 300));
        const next = await read();
        if (next?.status === 'ready' && JSON.stringify(next) === JSON.stringify(last)) return next;
        if (Date.now() > deadline) throw new Error(`results did not settle: ${next?.status}`);
        last = next;
      }
    }
    afterAll(async () => { await ext?.close(); });

    /** Opens the popup on the article, runs `body`, then checks the popup logged no error and closes it. */
    async function withPopup(body: (p: OpenPopup) => Promise<void>, id = tabId): Promise<void> {
      const opened = await openPopup(ext, id);
      try {
        await body(opened);
        expect(await opened.errors(), 'popup console errors').toEqual([]);
      } finally {
        // Already gone is fine here: every assertion ran in the body. (On a loaded CI machine Chromium once reported
        // the popup's target gone as it was closed, after a passing body.)
        await opened.popup.close().catch((e: unknown) => { if (!/No target with given id/.test(String(e))) throw e; });
      }
    }

    it('lists every expected claim with an acceptable source', () => withPopup(async ({ popup }) => {
      await showView(popup, 'claims');
      await waitFor(popup, () => document.querySelectorAll('[data-claim-id]').length > 0);
      const rows = await readRows(popup);
      expect(rows.map((r) => r.id)).toEqual(results.claims.map((c) => c.id));
      const byId = new Map(results.claims.map((c) => [c.id, c]));
      for (const row of rows) expect(isShortenedFrom(row.text, byId.get(row.id)!.text), row.text).toBe(true);

      const text = results.text!;
      for (const exp of expected) {
        const candidates = rows.filter((r) => r.meta.startsWith(FORM_WORDS[exp.form]) && overlapsSnippet(text, byId.get(r.id)!, exp.text));
        expect(candidates.length, `a ${exp.form} row for “${exp.text}”`).toBeGreaterThan(0);
        const credited = candidates.some((r) => exp.sources.some((s) => r.source.toLowerCase().includes(s.toLowerCase())));
        expect(credited, `“${exp.text}” credited to ${exp.sources.join(' or ')}; rows say ${candidates.map((r) => r.source).join(', ')}`).toBe(true);
      }
    }));

    it('shows the sources at a glance with the claim counts the results give', () => withPopup(async ({ popup }) => {
      await popup.waitForSelector('.sm-source', { timeout: 60_000 });
      const sources = await readSources(popup);
      const claimsOf = (name: string) => results.claims.filter((c) => c.source && nameOf(c.source.name) === nameOf(name));
      // Every listed source: its count and kind are those of the results' claims credited to that name.
      for (const s of sources) {
        const credited = claimsOf(s.name);
        expect(s.count, s.name).toBe(`${credited.length} ${credited.length === 1 ? 'claim' : 'claims'}`);
        expect(s.kind, s.name).toBe(KIND_WORDS[credited[0].source!.kind]);
      }
      expect(new Set(sources.map((s) => nameOf(s.name))).size).toBe(new Set(results.claims.filter((c) => c.source).map((c) => nameOf(c.source!.name))).size);
      const wanted: Array<{ names: string[]; group: string }> = [
        { names: ['Kim Jong Un'], group: 'Named, on record' },
        { names: ['KCNA', 'Korean Central News Agency'], group: 'Named, on record' },
        { names: ['Ukraine'], group: 'Named, on record' },
        { names: ['Zelensky'], group: 'Named, on record' },
        { names: ['Foreign Policy'], group: 'Named, on record' },
        { names: ['reports'], group: 'Vague' },
      ];
      for (const w of wanted) {
        const found = sources.find((s) => w.names.some((n) => nameOf(s.name) === nameOf(n)))
          ?? sources.find((s) => w.names.some((n) => nameOf(s.name).includes(nameOf(n))));
        expect(found, `source ${w.names.join(' / ')} among ${sources.map((s) => s.name).join(', ')}`).toBeTruthy();
        expect(found!.group, found!.name).toBe(w.group);
        expect(Number(found!.count.split(' ')[0])).toBeGreaterThan(0);
      }
      // The level tiles agree with the results too.
      const tiles = await popup.$$eval('.sm-tile', (ts) => ts.map((t) => t.textContent ?? ''));
      for (const level of ['high', 'medium', 'low', 'none'] as const) {
        const n = results.claims.filter((c) => c.level === level).length;
        expect(tiles.some((t) => t.startsWith(String(n)) && t.includes(LEVEL_SHORT[level])), `${level}: ${n}`).toBe(true);
      }
    }));

    it('narrows the list with a level filter, a form filter and a search, and the counts follow', () => withPopup(async ({ popup }) => {
      await showView(popup, 'claims');
      const total = results.claims.length;
      const showing = () => popup.$eval('.sm-showing', (p) => p.textContent ?? '');
      const rowIds = async () => (await readRows(popup)).map((r) => r.id);
      expect(await showing()).toBe(`Showing all ${total} claims`);

      // Level: only the low-confidence claims, and the form counts are those of the low claims.
      const low = results.claims.filter((c) => c.level === 'low');
      expect(low.length).toBeGreaterThan(0);
      expect(low.length).toBeLessThan(total);
      await tickFilter(popup, /^\W*Low\b/);
      await waitFor(popup, () => document.querySelector('.sm-showing')?.textContent?.startsWith('Showing ') && !document.querySelector('.sm-showing')!.textContent!.includes('all'));
      expect(await showing()).toBe(`Showing ${low.length} of ${total} claims`);
      expect(await rowIds()).toEqual(low.map((c) => c.id));
      const formCounts = await filterCounts(popup, 'Form');
      for (const form of ['figure', 'quote', 'statement'] as const) {
        expect(formCounts[FORM_WORDS[form]], form).toBe(low.filter((c) => c.form === form).length);
      }

      // Level and form together.
      const lowStatements = low.filter((c) => c.form === 'statement');
      await tickFilter(popup, /^Statement\b/);
      await until(popup, (n: number) => document.querySelectorAll('[data-claim-id]').length === n, 5_000, lowStatements.length);
      expect(await rowIds()).toEqual(lowStatements.map((c) => c.id));

      // Clear, then a search: the rows are those naming Zelensky (in the claim or as its source).
      await popup.click('.sm-filters .sm-btn-quiet');
      await waitFor(popup, () => document.querySelector('.sm-showing')?.textContent?.includes('all'));
      await popup.type('#sm-filter-q', 'zelensky');
      const bySearch = results.claims.filter((c) => /zelensky/i.test(`${c.text} ${c.source?.name ?? ''} ${c.source?.via?.name ?? ''}`));
      expect(bySearch.length).toBeGreaterThan(0);
      await until(popup, (n: number) => document.querySelectorAll('[data-claim-id]').length === n, 5_000, bySearch.length);
      expect(await rowIds()).toEqual(bySearch.map((c) => c.id));
      expect(await showing()).toBe(`Showing ${bySearch.length} of ${total} claims`);
      const levelCounts = await filterCounts(popup, 'Confidence');
      expect(Object.values(levelCounts).reduce((a, b) => a + b, 0)).toBe(bySearch.length);
    }));

    it('downloads each export format and each parses', async () => {
      const downloads: DownloadCapture = await captureDownloads(ext);
      try {
        await withPopup(async ({ popup }) => {
          await popup.waitForSelector('.sm-export button', { timeout: 60_000 });
          const click = async (label: string) => {
            const buttons = await popup.$$('.sm-export button');
            for (const b of buttons) if (await b.evaluate((el) => el.textContent) === label) return b.click();
            throw new Error(`no export button ${label}`);
          };
          const claims = results.claims;
          const slug = /^sourcemark-kim-jong-un-blames-us-for-prolonging-russia-ukraine-war-\d{4}-\d{2}-\d{2}\./;

          await click('Markdown');
          const md = await downloads.next('.md');
          expect(md.filename).toMatch(slug);
          expect(md.content.startsWith('# Claims in “Kim Jong Un Blames US For Prolonging Russia-Ukraine War”')).toBe(true);
          const sections = md.content.split('\n').filter((l) => /^### \d+\. /.test(l));
          expect(sections).toHaveLength(claims.length);
          const quotes = md.content.split('\n').filter((l) => l.startsWith('> '));
          expect(quotes).toEqual(claims.map((c) => `> ${escapeMarkdown(c.text)}`));

          await click('CSV');
          const csv = await downloads.next('.csv');
          expect(csv.filename).toMatch(slug);
          const rows = parseCsv(csv.content.replace(/^\uFEFF/, ''));
          expect(rows[0]).toEqual([...CSV_COLUMNS]);
          expect(rows).toHaveLength(claims.length + 1);
          const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
          rows.slice(1).forEach((r, i) => {
            expect(r).toHaveLength(CSV_COLUMNS.length);
            expect(r[column('id')]).toBe(claims[i].id);
            expect(r[column('text')].replace(/^'(?=[=+\-@\t\r])/, '')).toBe(claims[i].text);
            expect(r[column('source_name')]).toBe(claims[i].source?.name ?? '');
            expect(Number(r[column('confidence')])).toBeCloseTo(claims[i].confidence, 3);
            expect(r[column('page_url')]).toBe(articleUrl());
          });

          await click('Web Annotation (JSON-LD)');
          const jsonld = await downloads.next('.jsonld');
          expect(jsonld.filename).toMatch(slug);
          const collection = JSON.parse(jsonld.content);
          expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
          expect(collection.type).toBe('AnnotationCollection');
          expect(collection.total).toBe(claims.length);
          const items = collection.first.items as Annotation[];
          expect(items).toHaveLength(claims.length);
          const codePoints = Array.from(results.text!);
          items.forEach((a, i) => {
            expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
            expect(a.type).toBe('Annotation');
            expect(a.id).toMatch(/^urn:uuid:/);
            expect(a.target.source).toBe(articleUrl());
            const selectors = a.target.selector;
            const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
            const position = selectors.find((s) => s.type === 'TextPositionSelector');
            expect(quote?.exact).toBe(claims[i].text);
            expect(position, 'TextPositionSelector').toBeTruthy();
            // Positions count code points of the analyzed text: they select exactly the quote.
            expect(codePoints.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
            const structured = a.body.find((b) => b.type === 'schema:Claim');
            expect(structured?.['schema:author']?.['schema:name']).toBe(claims[i].source?.name);
          });
        });
      } finally {
        await downloads.dispose();
      }
    });

    it('"Show in page" scrolls the article to the claim and opens its card', () => withPopup(async ({ popup }) => {
      // The claim furthest down the article, from the top of the page, so the page has to scroll.
      const target = [...results.claims].sort((a, b) => b.start - a.start)[0];
      await article.bringToFront();
      await article.evaluate(() => window.scrollTo(0, 0));
      const before = await claimInView(article, target.text);
      expect(before, 'claim found in the page').not.toBeNull();
      expect(before!.inView, 'the claim starts out of view').toBe(false);

      await popup.bringToFront();
      await showView(popup, 'claims');
      const row = await popup.waitForSelector(`[data-claim-id="${target.id}"] .sm-jump`);
      await row!.click();
      await article.bringToFront(); // a tab behind the popup gets no animation frames
      const card = await waitForCardText(article, (text) => text.length > 0);
      expect(card).toContain(target.source!.name);
      const deadline = Date.now() + 60_000; // the scroll is smooth unless the reader asks for reduced motion
      while (!(await claimInView(article, target.text))?.inView && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect((await claimInView(article, target.text))!.inView).toBe(true);
      expect(await article.evaluate(() => document.querySelectorAll('sourcemark-card').length)).toBe(1);
    }));

    it('works from the keyboard: arrows between tabs, Tab to "Show in page" with a visible focus ring, Enter reveals the claim', () => withPopup(async ({ popup }) => {
      const target = results.claims[0];
      await popup.waitForSelector('#sm-tab-overview');
      await popup.focus('#sm-tab-overview');
      await popup.keyboard.press('ArrowRight');
      expect(await popup.evaluate(() => [document.activeElement?.id, document.activeElement?.getAttribute('aria-selected')]))
        .toEqual(['sm-tab-claims', 'true']);
      // Tab through the filters to the first row's "Show in page"; every stop shows a focus ring.
      const unringed: string[] = [];
      let reached = false;
      for (let stops = 0; stops < 40 && !reached; stops++) {
        await popup.keyboard.press('Tab');
        const focus = await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { jump: el.matches('.sm-jump'), name: `${el.tagName.toLowerCase()}.${el.className}`, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        });
        if (!focus.ring) unringed.push(focus.name);
        reached = focus.jump;
      }
      expect(reached, 'Tab reaches "Show in page"').toBe(true);
      expect(unringed, 'focus stops without a visible ring').toEqual([]);
      await article.evaluate(() => window.scrollTo(0, 0));
      await popup.keyboard.press('Enter');
      await article.bringToFront();
      // The card of this claim (a card left open by another test shows another claim).
      expect(await waitForCardText(article, (text) => text.includes(target.text.slice(0, 20)))).toContain(target.source?.name ?? 'No source');
    }));

    it('the site switch and the global pause clear the highlights and bring them back, without a reload', async () => {
      await article.bringToFront();
      const drawn = await highlightCount(article);
      expect(drawn).toBeGreaterThan(0);
      await article.evaluate(() => { (window as unknown as { smNotReloaded: boolean }).smNotReloaded = true; });
      try {
        await withPopup(async ({ popup }) => {
          for (const [label, off] of [[/^On for 127\.0\.0\.1$/, false], [/^Pause on every site$/, true]] as const) {
            await popup.bringToFront();
            await setSwitch(popup, label, off);
            await article.bringToFront();
            await waitFor(article, () => {
              let n = 0;
              for (const [, h] of CSS.highlights) n += h.size;
              return n === 0;
            });
            expect(await sourcemarkRanges(article)).toBe(0);

            await popup.bringToFront();
            await setSwitch(popup, label, !off);
            await article.bringToFront();
            await until(article, (n: number) => {
              let count = 0;
              for (const [, h] of CSS.highlights) if (h.priority === 0) count += h.size; // level highlights (marks have priority > 0)
              return count === n;
            }, 20_000, drawn);
            // The popup follows: it lists the page's claims again.
            await popup.bringToFront();
            await waitFor(popup, () => !!document.querySelector('#sm-tab-claims'), 10_000);
          }
        });
        expect(await article.evaluate(() => (window as unknown as { smNotReloaded?: boolean }).smNotReloaded)).toBe(true);
      } finally {
        await writeSettings(ext, null);
      }
    });

    it('the level and colour settings change the page\'s highlights at once', async () => {
      const names = () => article.evaluate(() => [...CSS.highlights].filter(([, h]) => h.size > 0).map(([n]) => n).sort());
      const drawn = await highlightNamesOf(ext, article, tabId);
      expect(results.claims.some((c) => c.level === 'low')).toBe(true);
      try {
        await withPopup(async ({ popup }) => {
          await showView(popup, 'settings');
          await tickFilter(popup, /^\W*Low confidence/); // unticks: low claims are no longer highlighted
          await article.bringToFront();
          await waitFor(article, (low: string) => !CSS.highlights.get(low)?.size, undefined, drawn.low);
          expect(await names()).toContain(drawn.high);
          await popup.bringToFront();
          await setSwitch(popup, /^High-contrast highlights$/, true);
          await article.bringToFront();
          await waitFor(article, (high: string) => !!CSS.highlights.get(high)?.size, undefined, drawn['contrast-high']);
          expect((await names()).filter((n) => [drawn.high, drawn.medium, drawn.low, drawn.none].includes(n))).toEqual([]);
          expect(await names()).not.toContain(drawn['contrast-low']);
        });
      } finally {
        await writeSettings(ext, null);
        await waitFor(article, (low: string) => !!CSS.highlights.get(low)?.size, undefined, drawn.low);
      }
    });

    // Firefox only: the popup learns a paused tab's site from tabs.get, whose URL Chromium shows a real popup
    // (activeTab, granted by the toolbar click) but not a popup opened as a tab by automation.
    it.runIf(launch === launchFirefox)('a popup opened on a site switched off turns it back on', async () => {
      await writeSettings(ext, { disabledSites: ['127.0.0.1'] });
      const url = `${server.origin}/seed-article.html?off`;
      const page = await ext.openPage(url);
      try {
        const id = await ext.tabIdFor(url);
        await withPopup(async ({ popup }) => {
          await waitFor(popup, () => document.querySelector('#sm-state-h')?.textContent === 'Sourcemark is paused');
          expect(await sourcemarkRanges(page)).toBe(0);
          const turnOn = await popup.waitForSelector('.sm-state .sm-btn-primary');
          expect(await turnOn!.evaluate((b) => b.textContent)).toBe('Turn on for 127.0.0.1');
          await turnOn!.click();
          await waitFor(page, () => CSS.highlights.size > 0);
          await waitFor(popup, () => !!document.querySelector('#sm-tab-claims'), 10_000);
        }, id);
      } finally {
        await writeSettings(ext, null);
        await page.close();
      }
    });

    it('has no axe-core violations and no sideways overflow in any view, light and dark, at 400 px', () => withPopup(async ({ popup }) => {
      await popup.setViewport(POPUP_VIEWPORT);
      // Firefox over BiDi cannot emulate the colour scheme: its dark run launches a dark-themed Firefox (below).
      const schemes = ext.name === 'chromium' ? ['light', 'dark'] as const : ['light'] as const;
      const found: string[] = [];
      for (const scheme of schemes) {
        if (ext.name === 'chromium') await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const shot = ext.name === 'chromium' ? `${SHOTS}/popup-${scheme}.png` : undefined;
        found.push(...await auditViews(popup, scheme, shot));
      }
      expect(found.join('\n\n')).toBe('');
    }));

    it('says "No article" on a page that is not an article', async () => {
      const url = `${server.origin}/not-article.html`;
      const landing = await ext.openPage(url);
      const id = await ext.tabIdFor(url);
      try {
        await withPopup(async ({ popup }) => {
          await waitFor(popup, () => document.querySelector('#sm-state-h')?.textContent ?? false);
          expect(await popup.$eval('#sm-state-h', (h) => h.textContent)).toBe('No article on this page');
          expect(await popup.$('#sm-tab-claims')).toBeNull();
          const axe = await axeViolations(popup);
          expect(describeViolations(axe)).toBe('');
        }, id);
        expect(await sourcemarkRanges(landing)).toBe(0);
      } finally {
        await landing.close();
      }
    });

    for (const [what, url] of [['about:blank', 'about:blank'], ['a data: URL', 'data:text/html,<title>x</title><p>Hello']] as const) {
      it(`says it cannot read ${what}, without console errors`, async () => {
        const { page, tabId: id } = await openPageWithTabId(ext, () => ext.openPage(url));
        try {
          await withPopup(async ({ popup }) => {
            await waitFor(popup, () => document.querySelector('#sm-state-h')?.textContent ?? false);
            expect(await popup.$eval('#sm-state-h', (h) => h.textContent)).toBe('Sourcemark can’t read this page');
            expect(await popup.$('.sm-state button')).toBeNull(); // a reload would not help
            const axe = await axeViolations(popup);
            expect(describeViolations(axe)).toBe('');
          }, id);
        } finally {
          await page.close();
        }
      });
    }
  });
}

// Firefox in a dark theme: the system colour scheme is a launch preference there (BiDi has no emulation of it).
describe('popup in Firefox, dark theme', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchFirefox(DIST, { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 });
  });
  afterAll(async () => { await ext?.close(); });

  it('has no axe-core violations and no sideways overflow in any view at 400 px', async () => {
    const url = `${server.origin}/seed-article.html`;
    const article = await ext.openPage(url);
    await waitFor(article, () => CSS.highlights.size > 0);
    const opened = await openPopup(ext, await ext.tabIdFor(url));
    try {
      await opened.popup.setViewport(POPUP_VIEWPORT);
      expect(await opened.popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect((await auditViews(opened.popup, 'dark')).join('\n\n')).toBe('');
      expect(await opened.errors()).toEqual([]);
    } finally {
      await opened.popup.close();
      await article.close();
    }
  });
});
