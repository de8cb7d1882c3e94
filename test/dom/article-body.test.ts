// Article-body detection over the real pages of test/fixtures/pages, measured against Readability's body:
// token-level precision and recall per page, printed as a table, with floors that fail the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isLikelyArticle } from '../../src/page';
import { documentFromHtml, FIXTURES } from './load-page';
import { tokenOverlap, type Overlap } from './token-overlap';

interface PageEntry { name: string; file: string; expected_readability_output: string; lang: string | null }

const PAGES = path.join(FIXTURES, 'pages');
const index: PageEntry[] = JSON.parse(readFileSync(path.join(PAGES, 'index.json'), 'utf8'));

// From pages/README.md: pages in other languages, and articles that are not news.
const OTHER_LANGUAGE = new Set(['aktualne', 'folha', 'liberation-1', 'qq', 'nytimes-5', 'yahoo-4']);
const NOT_NEWS = new Set(['wikia', 'webmd-1', 'wordpress']);

// Floors, set a little below what the extraction measured (English news, 21 pages: mean precision 97.8%,
// mean recall 95.6%; lowest precision 79% on yahoo-3, whose video-player menus are hidden only by stylesheets;
// lowest recall 87% on bug-1255978, where Readability keeps captions and player text we skip on purpose).
const FLOOR = {
  englishNews: { meanRecall: 0.93, meanPrecision: 0.95, pageRecall: 0.85, pagePrecision: 0.75 },
  all: { pageRecall: 0.75, pagePrecision: 0.75 },
};

// Pages where "the article body" is not well defined, printed but held to no floor.
const KNOWN_WEAK: Record<string, string> = {
  'nytimes-5': 'a Spanish section front made of teaser groups, not one article: Readability and we pick different groups',
};

interface Row extends Overlap { name: string; group: 'news' | 'other-language' | 'not-news'; likely: boolean; ms: number }

function measure(entry: PageEntry): Row {
  const html = readFileSync(path.join(PAGES, entry.file), 'utf8');
  const doc = documentFromHtml(html, `https://example.org/${entry.name}`);
  const t0 = performance.now();
  const likely = isLikelyArticle(doc);
  const extraction = extractArticle(doc);
  const ms = performance.now() - t0;
  const reference = documentFromHtml(readFileSync(path.join(PAGES, entry.expected_readability_output), 'utf8')).body.textContent ?? '';
  const group = OTHER_LANGUAGE.has(entry.name) ? 'other-language' : NOT_NEWS.has(entry.name) ? 'not-news' : 'news';
  return { name: entry.name, group, likely, ms, ...tokenOverlap(extraction.text, reference) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function table(rows: Row[]): string {
  const lines = [`${'page'.padEnd(26)} ${'group'.padEnd(15)} precision  recall  tokens(got/ref)  ms`];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(26)} ${r.group.padEnd(15)} ${pct(r.precision)}  ${pct(r.recall)}  ${`${r.extracted}/${r.reference}`.padStart(15)}  ${r.ms.toFixed(0).padStart(4)}`);
  }
  const news = rows.filter((r) => r.group === 'news');
  lines.push(`English news (${news.length}): mean precision ${pct(mean(news.map((r) => r.precision)))}, mean recall ${pct(mean(news.map((r) => r.recall)))}`);
  lines.push(`all pages (${rows.length}): mean precision ${pct(mean(rows.map((r) => r.precision)))}, mean recall ${pct(mean(rows.map((r) => r.recall)))}`);
  return lines.join('\n');
}

describe('article body on real pages, against Readability', () => {
  const rows: Row[] = [];

  it('measures every page and prints the table', { timeout: 120_000 }, () => {
    for (const entry of index) rows.push(measure(entry));
    console.log(table(rows));
    expect(rows).toHaveLength(index.length);
  });

  it('English news pages meet the floors', () => {
    const news = rows.filter((r) => r.group === 'news');
    expect(news.length).toBeGreaterThanOrEqual(15);
    expect(mean(news.map((r) => r.recall))).toBeGreaterThanOrEqual(FLOOR.englishNews.meanRecall);
    expect(mean(news.map((r) => r.precision))).toBeGreaterThanOrEqual(FLOOR.englishNews.meanPrecision);
    for (const r of news) {
      expect.soft(r.recall, `${r.name} recall`).toBeGreaterThanOrEqual(FLOOR.englishNews.pageRecall);
      expect.soft(r.precision, `${r.name} precision`).toBeGreaterThanOrEqual(FLOOR.englishNews.pagePrecision);
    }
  });

  it('every page, news or not, is read as an article and yields its body', () => {
    for (const r of rows) {
      expect.soft(r.likely, `${r.name} likely article`).toBe(true);
      if (KNOWN_WEAK[r.name]) continue;
      expect.soft(r.recall, `${r.name} recall`).toBeGreaterThanOrEqual(FLOOR.all.pageRecall);
      expect.soft(r.precision, `${r.name} precision`).toBeGreaterThanOrEqual(FLOOR.all.pagePrecision);
    }
  });
});
