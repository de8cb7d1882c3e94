// Character classes read by hand, for the engine's hottest loops (language.ts, tokens.ts, number-lang.ts): the same
// answers as \p{L}, [\p{L}\p{N}], \p{Lu} and \s in a regex with the u flag and as toLowerCase, without a regex match
// or a copy per word. Each BMP unit is classified once, when first met.

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}/u;
const IS_LETTER = 1;
const IS_NUMBER = 2;
const IS_UPPER = 4;
/** Per UTF-16 unit of the BMP: 0 not yet known, else 1 + the IS_ bits. */
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = BMP_CLASS[c];
  if (!k) {
    const s = String.fromCharCode(c);
    const letter = LETTER.test(s);
    k = 1 + (letter ? IS_LETTER : 0) + (!letter && LETTER_OR_NUMBER.test(s) ? IS_NUMBER : 0) + (UPPER.test(s) ? IS_UPPER : 0);
    BMP_CLASS[c] = k;
  }
  return k - 1;
}

/** Whether text[i] starts with an upper-case letter (/^\p{Lu}/u at i). */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && UPPER.test(text.slice(i, i + 2));
  }
  return c >= 0xdc00 && c <= 0xdfff ? false : (classOf(c) & IS_UPPER) !== 0;
}

/** Per UTF-16 unit of the BMP: 0 not yet known, else its lower case + 1 (NO_LOWER + 1 when that is not one unit). */
const BMP_LOWER = new Uint32Array(0x10000);
export const NO_LOWER = 0x10000;

/** The lower case of one code unit of the BMP, or NO_LOWER when it is not one unit ("İ" -> "i̇"). */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = BMP_LOWER[c];
  if (!l) {
    const s = String.fromCharCode(c).toLowerCase();
    l = (s.length === 1 ? s.charCodeAt(0) : NO_LOWER) + 1;
    BMP_LOWER[c] = l;
  }
  return l - 1;
}

/**
 * w.toLowerCase(), without the copy when w is lower case already (toLowerCase copies a word cut from a two-byte
 * text). Unit by unit: only Σ lower-cases by its context, and it is upper case; a surrogate pair is left to
 * toLowerCase.
 */
export function toLower(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : (c >= 0xd800 && c <= 0xdfff) || lowerUnit(c) !== c) return w.toLowerCase();
  }
  return w;
}

/** Code units of the letter (\p{L}) at text[i]: 1, 2 for one outside the BMP, 0 for none. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return c >= 0xdc00 && c <= 0xdfff ? 0 : classOf(c) & IS_LETTER;
}

/** Code units of the letter or number ([\p{L}\p{N}]) at text[i]: 1, 2 for one outside the BMP, 0 for none. */
export function letterOrNumberAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return c >= 0xdc00 && c <= 0xdfff ? 0 : classOf(c) & (IS_LETTER | IS_NUMBER) ? 1 : 0;
}

/** White space as \s reads it (with the u flag). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
