// Quotations that quote no one: titles of works, headlines, scare quotes around a word or two.
import type { Quote } from '../quotes';
import { wordSet } from '../lexicon/load';

const TITLE_SMALL = wordSet('quotations', 'titleSmallWords');
const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** Every word of the quotation capitalised (short words aside): a title or a headline. */
export function titleLike(text: string, start: number, end: number): boolean {
  // Word by word, stopping at the first word that is not capitalised (most quotations are sentences).
  const inner = text.slice(start, end);
  let words = 0;
  let counted = 0;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(inner); m; m = TITLE_WORD.exec(inner)) {
    words++;
    const w = m[0];
    if (TITLE_SMALL.has(w.toLowerCase())) continue;
    counted++;
    if (!CAPITALISED.test(w)) return false;
  }
  return words >= 2 && counted > 0;
}

/** Whether a quotation is a scare quote (a label) rather than someone's words. */
export function isScareQuote(q: Quote, governed: boolean, adjacentCue: boolean, wholeSentence: boolean, titleLike = false, endsSentence = false): boolean {
  // “Good Morning America”, ''An American Son'': a title in Title Case or capitals names a work, it quotes
  // no one; a short one is a title even right after a verb ('announced "Super Mario Run,"').
  if (titleLike && q.words <= 4 && !endsSentence) return true;
  if (adjacentCue) return false;
  if (titleLike && q.words <= 8) return true;
  if (wholeSentence) return false;
  if (q.words <= 2) return true;
  if (q.words <= 4) return !governed;
  return false;
}
