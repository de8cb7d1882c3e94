// Reading backwards from a position, word by word, without regexes or slices of the text: the look-back
// of the figure recogniser runs for every number on a page, so it must cost a few character reads.

export interface WordBefore {
  /** As written, with a trailing '.' of an abbreviation ("No.", "approx."). */
  word: string;
  lower: string;
  start: number;
  end: number;
}

const MAX_GAP = 3;
const MAX_WORD = 24;

/**
 * Up to `count` words before `pos`, nearest first. Words are letters with inner ' ’ - and a trailing '.';
 * only spaces may separate them (any other punctuation ends the look-back), so "killed, 42" gives [].
 */
export function wordsBefore(text: string, pos: number, count: number): WordBefore[] {
  const out: WordBefore[] = [];
  let i = pos;
  while (out.length < count) {
    let gap = 0;
    while (i > 0 && gap <= MAX_GAP && isSpace(text.charCodeAt(i - 1))) { i--; gap++; }
    if (gap === 0 && out.length > 0) break;
    if (gap > MAX_GAP) break;
    const end = i;
    if (i > 0 && text.charCodeAt(i - 1) === 46 && isLetter(text.charCodeAt(i - 2))) i--;  // "No." "approx."
    while (i > 0 && end - i < MAX_WORD) {
      const c = text.charCodeAt(i - 1);
      if (isLetter(c) || ((c === 39 || c === 0x2019 || c === 45 || c === 46) && isLetter(text.charCodeAt(i - 2)) && isLetter(text.charCodeAt(i)))) i--;
      else break;
    }
    if (i === end || !isLetter(text.charCodeAt(i))) break;
    const word = text.slice(i, end);
    out.push({ word, lower: word.toLowerCase(), start: i, end });
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Latin, Greek and Cyrillic letters and combining marks ("Ã" may be "A" + U+0303). */
export function isLetter(c: number): boolean {
  if (c < 0xc0) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x52f);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
