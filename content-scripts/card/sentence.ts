// The sentence around a claim, for the card's "in context" line. A cheap scan for sentence ends within the
// claim's block (no Segmenter: its first construction costs tens of milliseconds, too slow for a click).
import type { Span } from '../../src/analysis/types';

const MAX_SIDE = 400;
// A sentence end: a stop, closing quotes or brackets, space, then a capital or digit (opening quote allowed).
const END_SOURCE = /[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u.source;
const END_FIRST = new RegExp(END_SOURCE, 'u');

/** text of the sentence(s) covering [claim.start, claim.end) inside [block.start, block.end). */
export function sentenceAround(text: string, block: { start: number; end: number }, claim: Span): string {
  const { start, end } = sentenceSpan(text, block, claim);
  return text.slice(start, end).trim();
}

/** Where that sentence sits in the text (the links inside it are the claim's linked sources). */
export function sentenceSpan(text: string, block: { start: number; end: number }, claim: Pick<Span, 'start' | 'end'>): { start: number; end: number } {
  const lo = Math.max(block.start, claim.start - MAX_SIDE);
  const hi = Math.min(block.end, claim.end + MAX_SIDE);
  // A little past the claim's start, so a sentence end right before the claim sees the capital after it.
  const before = text.slice(lo, Math.min(claim.end, claim.start + 2));
  let start = lo;
  for (const m of before.matchAll(new RegExp(END_SOURCE, 'gu'))) if (lo + m.index + m[0].length <= claim.start) start = lo + m.index + m[0].length;
  const after = text.slice(claim.end, hi);
  const m = END_FIRST.exec(after);
  const end = m ? claim.end + m.index + m[0].trimEnd().length : hi;
  return { start, end };
}
