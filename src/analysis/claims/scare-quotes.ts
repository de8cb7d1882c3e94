// Quotations that quote no one: titles of works, headlines, scare quotes around a word or two.
import type { Quote } from '../quotes';
import { wordSet } from '../lexicon/load';

const TITLE_SMALL = wordSet('quotations', 'titleSmallWords');
/** Every word of the quotation capitalised (short words aside): a title or a headline. */
export function titleLike(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  if (!words || words.length < 2) return false;
  let caps = 0;
  let counted = 0;
  for (const w of words) {
    if (TITLE_SMALL.has(w.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
  }
  return counted > 0 && caps === counted;
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
