// The written test sentences of test/fixtures/languages/<lang>/<part>.txt (format in that folder's README) and
// how the engine's claims are judged against their labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim, Form } from '../../src/analysis/types';
import { ROOT } from './paths';

export const LANGUAGES = ['de', 'fr', 'es', 'uk', 'ru'] as const;
export const PARTS = ['dev', 'heldout', 'styles-dev', 'styles-heldout'] as const;
export type Part = (typeof PARTS)[number];

export interface Expected { form: Form; value: number | null; sources: string[][] | null }
export interface Sentence { text: string; expected: Expected[]; line: number }

export function readSentences(lang: string, part: Part): Sentence[] {
  const file = path.join(ROOT, 'test/fixtures/languages', lang, `${part}.txt`);
  const out: Sentence[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.startsWith('#')) return;
    if (!line.startsWith('= ')) { out.push({ text: line, expected: [], line: i + 1 }); return; }
    const m = /^= (quote|statement|figure)(?: (-?[\d.]+))? \| (.+)$/.exec(line);
    const last = out.at(-1);
    if (!m || !last) throw new Error(`${file}:${i + 1}: bad label "${line}"`);
    const src = m[3].trim();
    last.expected.push({
      form: m[1] as Form,
      value: m[2] === undefined ? null : Number(m[2]),
      sources: src === '-' ? null : src.split('/').map((alt) => words(alt)),
    });
  });
  return out;
}

function words(name: string): string[] {
  return name.toLowerCase().replace(/[«»„“”"'’]/g, ' ').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
}

/** Two words match when equal, or one is the other plus at most three letters (an inflected ending). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 4 || l.length - s.length > 3) return false;
  // A shared stem: the shorter word less its last two letters starts the longer ("зеленського" / "зеленський").
  const stem = s.slice(0, Math.max(4, s.length - 2));
  return l.startsWith(stem);
}

/** The claim's source name is one the label accepts (every word of one alternative is in the name). */
export function rightSource(claim: Claim, want: string[][] | null): boolean {
  if (!want) return !claim.source;
  if (!claim.source) return false;
  const got = words(claim.source.name);
  return want.some((alt) => alt.every((w) => got.some((g) => sameWord(w, g))));
}

function figureValue(c: Claim): number | null {
  const q = c.quantity;
  return q ? q.value ?? q.min ?? q.max ?? null : null;
}

function matches(c: Claim, e: Expected): boolean {
  if (c.form !== e.form) return false;
  if (e.form !== 'figure') return true;
  const v = figureValue(c);
  return v !== null && e.value !== null && Math.abs(v - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value));
}

export interface Score {
  expected: number; found: number; matched: number; rightSource: number; details: string[];
  /** The same counts for figures alone (optional, so older callers need not set them). */
  figures?: { expected: number; found: number; matched: number };
}

/** Pairs found and expected claims of one sentence (same form, figures by value; right source preferred). */
export function scoreSentence(s: Sentence, claims: Claim[], score: Score): void {
  const left = claims.slice();
  score.expected += s.expected.length;
  score.found += claims.length;
  const fig = score.figures;
  if (fig) {
    fig.expected += s.expected.filter((e) => e.form === 'figure').length;
    fig.found += claims.filter((c) => c.form === 'figure').length;
  }
  for (const e of s.expected) {
    let k = left.findIndex((c) => matches(c, e) && rightSource(c, e.sources));
    if (k < 0) k = left.findIndex((c) => matches(c, e));
    if (k < 0) { score.details.push(`MISS ${e.form}${e.value !== null ? ` ${e.value}` : ''} | ${s.text}`); continue; }
    const c = left.splice(k, 1)[0];
    score.matched++;
    if (fig && e.form === 'figure') fig.matched++;
    if (rightSource(c, e.sources)) score.rightSource++;
    else score.details.push(`SOURCE ${c.form} "${c.source?.name ?? '-'}" want ${e.sources?.map((a) => a.join(' ')).join('/') ?? '-'} | ${s.text}`);
  }
  for (const c of left) score.details.push(`EXTRA ${c.form} "${c.text}" (${c.source?.name ?? '-'}) | ${s.text}`);
}
