// Output for people (table, markdown) and for programs (json).
import type { Claim, LanguageInfo } from '../analysis';
import type { PageMeta } from '../page';
import { safeJson } from './sanitize';

export interface Report {
  page: PageMeta | null;
  text: string;
  claims: Claim[];
  /** The language the engine read the text in (--lang, the page's declared one, or the text's own). */
  language?: LanguageInfo;
}

export function toJson(report: Report): string {
  const language = report.language ? { language: report.language } : {};
  return safeJson({ version: 1, page: report.page, ...language, text: report.text, claims: report.claims }, 2);
}

/** "language: de (claims, sources and figures)"; "language: pt (figures only: ...)". */
function languageLine(language: LanguageInfo | undefined): string[] {
  if (!language) return [];
  const what = language.support === 'full' ? 'claims, sources and figures' : 'figures only: no quotes or sources are read in this language';
  return [`language: ${language.code} (${what})`];
}

function sourceOf(claim: Claim): string {
  const s = claim.source;
  if (!s) return '—';
  return s.via ? `${s.name}, citing ${s.via.name} (${s.kind})` : `${s.name} (${s.kind})`;
}

function confidenceOf(claim: Claim): string {
  return claim.level === 'none' ? 'none' : `${Math.round(claim.confidence * 100)}% ${claim.level}`;
}

function quantityOf(claim: Claim): string {
  const q = claim.quantity;
  return q && squash(q.text) !== squash(claim.text) ? ` [${q.text}]` : '';
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function cut(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(1, width - 1))}…`;
}

function pageLine(page: PageMeta | null): string[] {
  if (!page) return [];
  const bits = [page.title ?? page.url, page.publisher, page.author && `by ${page.author}`, page.published].filter(Boolean);
  return [bits.join(' · ')];
}

function rows(claims: Claim[]): string[][] {
  return claims.map((c, i) => [String(i + 1), squash(c.text) + quantityOf(c), `${c.form}/${c.topic}`, sourceOf(c), c.strength, confidenceOf(c)]);
}

const HEAD = ['#', 'claim', 'form/topic', 'source', 'strength', 'confidence'];

/** A plain-text table fitted to the terminal width (down to about 75 columns): claim and source give way. */
export function toTable(report: Report, columns = 120): string {
  const lines = [...pageLine(report.page), ...languageLine(report.language)];
  if (report.claims.length === 0) return [...lines, 'No claims found.'].join('\n');
  const body = rows(report.claims);
  const widths = HEAD.map((h, col) => Math.max(h.length, ...body.map((r) => r[col].length)));
  // The claim and source columns share what the fixed ones leave; the claim column gets the larger part.
  const fixed = widths[0] + widths[2] + widths[4] + widths[5] + 2 * (HEAD.length - 1);
  const available = Math.max(28, columns - fixed);
  widths[3] = Math.min(widths[3], 32, Math.max(12, Math.floor(available * 0.35)));
  widths[1] = Math.max(16, Math.min(widths[1], available - widths[3]));
  const line = (cells: string[]) => cells.map((c, col) => cut(c, widths[col]).padEnd(widths[col])).join('  ').trimEnd();
  lines.push(line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) lines.push(line(r));
  lines.push(`${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

/**
 * Page text in a Markdown cell: HTML escaped as entities (a renderer must not see a tag or an entity of the page's),
 * and the characters that would make a link, an image, emphasis, code or a new cell escaped with a backslash.
 */
const cell = (s: string) => s
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/[\\|[\]*_`]/g, (c) => `\\${c}`)
  .replace(/\s+/g, ' ');

export function toMarkdown(report: Report): string {
  const lines: string[] = [];
  if (report.page) lines.push(`## ${cell(report.page.title ?? report.page.url)}`, '', ...pageLine(report.page).map(cell), '');
  const language = languageLine(report.language);
  if (language.length) lines.push(...language.map(cell), '');
  if (report.claims.length === 0) return [...lines, 'No claims found.'].join('\n');
  lines.push(`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => ' --- ').join('|')}|`);
  for (const r of rows(report.claims)) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}
