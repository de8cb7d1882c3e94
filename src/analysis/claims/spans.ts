// Offsets questions the claim builders ask: which sentence holds an offset, how many words a range has,
// whether it overlaps a quotation.
import type { Quote } from '../quotes';
import type { Attribution } from '../attribution';
import type { Draft } from './draft';
import { letterOrNumberAt } from '../char-class';

/** A sentence of the block with its attributions. */
export interface SentenceInfo { ss: number; se: number; atts: Attribution[] }

/** Index of the sentence holding pos (or the last one starting before it). */
export function sentenceIndex(sentences: SentenceInfo[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].ss <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Words (runs of [\p{L}\p{N}], the first of them starting before e) from s on, counted up to `cap`. */
export function wordCount(text: string, s: number, e: number, cap = 8): number {
  let n = 0;
  const len = text.length;
  let i = s > 0 ? Math.min(Math.floor(s), len) : 0;
  // A start inside a surrogate pair reads the pair (as /[\p{L}\p{N}]+/gu does).
  if (i > 0 && i < len && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (n < cap) {
    let k = 0;
    while (i < len && !(k = letterOrNumberAt(text, i))) i++;
    if (i >= len || !(i < e)) break;
    n++;
    do i += k; while (i < len && (k = letterOrNumberAt(text, i)));
  }
  return n;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function overlaps(a0: number, a1: number, b0: number, b1: number): boolean { return a0 < b1 && b0 < a1; }

/** Words of [s, e) outside the quotations (sorted by start). */
export function unquotedWords(text: string, s: number, e: number, quotes: Draft[]): number {
  let n = 0;
  let pos = s;
  for (const q of quotes) {
    if (q.end <= s || q.start >= e) continue;
    if (q.start > pos) n += wordCount(text, pos, q.start, 20);
    pos = Math.max(pos, q.end);
  }
  if (pos < e) n += wordCount(text, pos, e, 20);
  return n;
}

/** Whether any of `sorted` (by start, not nested) overlaps [s, e). */
export function overlapsAny(sorted: Draft[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = sorted[mid];
    if (d.end <= s) lo = mid + 1;
    else if (d.start >= e) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Quotations sorted by start; a binary search tells whether an offset lies inside one. */
export function makeInQuote(quotes: Quote[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (pos < q.innerStart) hi = mid - 1;
      else if (pos >= q.innerEnd) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
