// The written news article of each language (test/fixtures/languages/<lang>/article.html) read as the extension
// reads a page: its article body extracted, its declared language passed to the engine; then judged against
// article.expected.json, the claims a careful reader finds there (labelled before the engine was run on it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analysisLanguage, analyze, type Claim, type Form, type LanguageInfo } from '../../src/analysis/index';
import { pageText } from '../../src/cli/html';
import { ROOT } from './paths';
import { rightSource } from './language-sentences';

export interface ArticleClaim { form: Form; source: string | null; value?: number; near: string }
export interface ArticleExpected { lang: string; claims: ArticleClaim[]; dates: string[] }

export interface ArticleScore {
  lang: string;
  language: LanguageInfo;
  words: number;
  expected: number;
  /** Expected claims with a claim of the same form over their words (a figure: a figure there). */
  found: number;
  /** Of those, with the right source and (a figure) the right value. */
  right: number;
  /** Figures the engine read inside a date expression. */
  datesAsFigures: string[];
  /** Every figure the engine found: its text, value and source. */
  figures: string[];
  details: string[];
}

export function articleDir(lang: string): string {
  return path.join(ROOT, 'test/fixtures/languages', lang);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function sourceWords(source: string | null): string[][] | null {
  return source === null ? null : source.split('/').map((alt) => alt.toLowerCase().replace(/[«»„“”"'’]/g, ' ').split(/[^\p{L}\p{N}-]+/u).filter(Boolean));
}

function valueOf(c: Claim): number | null {
  const q = c.quantity;
  return q ? q.value ?? q.min ?? q.max ?? null : null;
}

const sameValue = (a: number | null, b: number | undefined) => a !== null && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function isRight(c: Claim, e: ArticleClaim): boolean {
  return rightSource(c, sourceWords(e.source)) && (e.form !== 'figure' || sameValue(valueOf(c), e.value));
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

export async function readArticle(lang: string): Promise<{ text: string; claims: Claim[]; language: LanguageInfo }> {
  const dir = articleDir(lang);
  const page = await pageText(readFileSync(path.join(dir, 'article.html')), `https://example.org/${lang}/article.html`);
  const options = { lang: page.lang };
  return { text: page.text, claims: analyze(page.text, page.blocks, options), language: analysisLanguage(page.text, options) };
}

export function expectedFor(lang: string): ArticleExpected {
  return JSON.parse(readFileSync(path.join(articleDir(lang), 'article.expected.json'), 'utf8')) as ArticleExpected;
}

/** Pairs each expected claim with a found claim over its words (one found claim serves one expected claim). */
export function scoreArticle(lang: string, text: string, claims: Claim[], language: LanguageInfo, expected = expectedFor(lang)): ArticleScore {
  const score: ArticleScore = {
    lang, language, words: words(text), expected: expected.claims.length, found: 0, right: 0, datesAsFigures: [], figures: [], details: [],
  };
  const left = claims.slice();
  for (const e of expected.claims) {
    const at = text.indexOf(e.near);
    if (at < 0 || text.indexOf(e.near, at + 1) >= 0) throw new Error(`${lang}: "${e.near}" is not once in the article's text`);
    const over = (c: Claim) => c.form === e.form && c.start < at + e.near.length && c.end > at;
    let k = left.findIndex((c) => over(c) && isRight(c, e));
    if (k < 0) k = left.findIndex(over);
    if (k < 0) { score.details.push(`MISS ${e.form}${e.value !== undefined ? ` ${e.value}` : ''} (${e.source ?? '-'}) at "${e.near}"`); continue; }
    const c = left.splice(k, 1)[0];
    score.found++;
    if (isRight(c, e)) score.right++;
    else score.details.push(`WRONG ${c.form} "${c.text}" ${valueOf(c) ?? ''} (${c.source?.name ?? '-'}) want ${e.value ?? ''} (${e.source ?? '-'})`);
  }
  for (const c of left) score.details.push(`EXTRA ${c.form} "${c.text}" (${c.source?.name ?? '-'})`);
  for (const date of expected.dates) {
    for (const at of occurrences(text, date)) {
      for (const c of claims) if (c.form === 'figure' && c.start < at + date.length && c.end > at) score.datesAsFigures.push(`"${c.text}" in "${date}"`);
    }
  }
  for (const c of claims) if (c.form === 'figure') score.figures.push(`${c.text} = ${valueOf(c) ?? '?'} (${c.source?.name ?? '-'})`);
  return score;
}

export async function articleScore(lang: string): Promise<ArticleScore> {
  const { text, claims, language } = await readArticle(lang);
  return scoreArticle(lang, text, claims, language);
}
