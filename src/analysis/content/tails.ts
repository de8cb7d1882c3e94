// What follows a cue when it is not content: adverbials ("said on Tuesday in a statement"), and the
// participle phrase that belongs to a source ("a report released on Friday, ...").
import type { Token } from '../tokens';
import { CLOSE_QUOTE, OPEN_QUOTE } from './quote-marks';
import { wordSet } from '../lexicon/load';

const TAIL_WORDS = wordSet('attribution', 'tailWords');

/** Words that open an adverbial after a cue ("on Tuesday", "in a statement", "earlier"). */
export const PREP_START = wordSet('attribution', 'prepStart');
/** Openers of a clause that may be content after all ("said when ...", "said that if ..."). */
const CLAUSE_OPENERS = wordSet('attribution', 'clauseOpeners');

/** The range [s, e) is only an adverbial of at most six words ("in an interview", "on Tuesday"). */
export function adverbialOnly(toks: Token[], [s, e]: [number, number]): boolean {
  let first: Token | null = null;
  let words = 0;
  for (const t of toks) {
    if (t.s < s || t.e > e || t.punct) continue;
    first ??= t;
    words++;
  }
  return !!first && PREP_START.has(first.lw) && !CLAUSE_OPENERS.has(first.lw) && words <= 6;
}

/** Words (not punctuation) from toks[k] to the end. */
export function tailWords(toks: Token[], k: number): number {
  let n = 0;
  for (let i = k; i < toks.length; i++) if (!toks[i].punct) n++;
  return n;
}

/** After a post-posed cue only adverbials follow ("..., officials said on Tuesday in a statement."). */
export function shortTail(toks: Token[], k: number): boolean {
  let words = 0;
  for (let i = k; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) { if (t.w === ',' || /[.!?;:]/.test(t.w) || CLOSE_QUOTE.test(t.w) || OPEN_QUOTE.test(t.w)) return true; continue; }
    words++;
    if (!TAIL_WORDS.has(t.lw) && !t.cap && !/^\d/.test(t.w)) return false;
    if (words > 8) return false;
  }
  return true;
}

/** "a report released on Friday, ..." / "data published by the ministry, ...": the participle phrase up to its comma. */
export function participleTail(toks: Token[], end: number): number {
  const p = toks[end + 1];
  if (!p || p.punct || p.cap || !/ed$/.test(p.lw)) return end;
  for (let c = end + 2; c < toks.length && c <= end + 10; c++) {
    if (toks[c].w === ',') return c + 1 < toks.length - 1 ? c - 1 : end;
    if (toks[c].punct) return end;
  }
  return end;
}
