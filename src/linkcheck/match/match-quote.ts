// Quotations: is this string of words in the source, allowing for what normalisation forgives (quote marks,
// case, spacing, accents, apostrophes, ellipses), and if not exactly, is it there with a few words changed?
import type { Verdict } from '../types';
import { align, type Alignment } from './align';
import { diffPieces } from './diff-pieces';
import { quoteWords } from './quote-parts';
import { isStopWord, type Word } from './words';

/** Longest quotation compared, in words (a longer one is compared by its first words). */
const MAX_QUOTE_WORDS = 200;
/** Windows of the source aligned in full: the best-voted stretches. */
const MAX_WINDOWS = 8;
/** A word this common in the source says nothing about where the quotation is. */
const MAX_OCCURRENCES = 3000;
/** Words the source may hold in one elided stretch ("…"). */
const GAP_ALLOWANCE = 120;
/** Share of the quotation's words that may differ for "differs" rather than "not found". */
const MAX_DIFFERENCE = 0.34;
const MIN_WORDS_FOR_DIFFERS = 4;

export interface SourceWords { text: string; words: Word[]; index: Map<string, number[]> }

export function indexWords(text: string, words: Word[]): SourceWords {
  const index = new Map<string, number[]>();
  for (const [k, w] of words.entries()) {
    const list = index.get(w.norm);
    if (list) list.push(k);
    else index.set(w.norm, [k]);
  }
  return { text, words, index };
}

/** Where the quotation may sit: diagonals (source position minus quote position) voted for by its words. */
function candidateStarts(q: Word[], src: SourceWords): number[] {
  const votes = new Map<number, Set<number>>();
  for (const [i, w] of q.entries()) {
    if (isStopWord(w.norm) && q.length > 3) continue;
    const at = src.index.get(w.norm);
    if (!at || at.length > MAX_OCCURRENCES) continue;
    for (const p of at) {
      const bucket = Math.floor((p - i) / 16);
      const set = votes.get(bucket) ?? new Set<number>();
      set.add(i);
      votes.set(bucket, set);
    }
  }
  return [...votes.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, MAX_WINDOWS)
    .map(([bucket]) => bucket * 16);
}

export function matchQuote(claimText: string, src: SourceWords): Verdict {
  const { words, gapBefore } = quoteWords(claimText);
  const q = words.slice(0, MAX_QUOTE_WORDS);
  if (q.length === 0) return { kind: 'not-found' };
  const qNorm = q.map((w) => w.norm);
  const gaps = gapBefore.slice(0, q.length);
  const gapCount = gaps.filter(Boolean).length;
  let best: { a: Alignment; from: number } | null = null;
  for (const start of candidateStarts(q, src)) {
    const from = Math.max(0, start - 16 - Math.ceil(q.length / 4));
    const to = Math.min(src.words.length, start + 32 + Math.ceil(q.length * 1.5) + gapCount * GAP_ALLOWANCE);
    const a = align(qNorm, src.words.slice(from, to).map((w) => w.norm), gaps);
    if (!best || a.cost < best.a.cost) best = { a, from };
    if (a.cost === 0) break;
  }
  if (!best) return { kind: 'not-found' };
  const ops = best.a.ops.map((o) => ('s' in o ? { ...o, s: o.s + best.from } : o));
  const same = ops.filter((o) => o.op === 'same').length;
  const sIdx = ops.filter((o) => 's' in o && o.op !== 'skip').map((o) => (o as { s: number }).s);
  if (sIdx.length === 0) return { kind: 'not-found' };
  const passage = src.text.slice(src.words[sIdx[0]].start, src.words[sIdx[sIdx.length - 1]].end);
  if (best.a.cost === 0) return { kind: 'found', passage };
  if (q.length >= MIN_WORDS_FOR_DIFFERS && same >= 3 && best.a.cost <= MAX_DIFFERENCE * q.length) {
    // Trim leading/trailing source-only words: they are where the window began, not differences.
    while (ops.length && ops[0].op === 'ins') ops.shift();
    while (ops.length && ops[ops.length - 1].op === 'ins') ops.pop();
    return { kind: 'differs', passage, diff: diffPieces(ops, q, claimText, src.words, src.text) };
  }
  return { kind: 'not-found' };
}
