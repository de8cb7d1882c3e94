// The sentence around a claim, for the card's "in context" line. A cheap scan for sentence ends within the
// claim's block (no Segmenter: its first construction costs tens of milliseconds, too slow for a click).
import type { Span } from '../../src/analysis/types';

const MAX_SIDE = 400;
const END = /[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** text of the sentence(s) covering [claim.start, claim.end) inside [block.start, block.end). */
export function sentenceAround(text: string, block: { start: number; end: number }, claim: Span): string {
  const lo = Math.max(block.start, claim.start - MAX_SIDE);
  const hi = Math.min(block.end, claim.end + MAX_SIDE);
  const before = text.slice(lo, claim.start);
  let start = lo;
  for (const m of before.matchAll(END)) start = lo + m.index + m[0].length;
  const after = text.slice(claim.end, hi);
  END.lastIndex = 0;
  const m = END.exec(after);
  const end = m ? claim.end + m.index + m[0].trimEnd().length : hi;
  return text.slice(start, end).trim();
}
