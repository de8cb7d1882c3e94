// Character classes read by hand, for the engine's hottest loops (language.ts, tokens.ts, number-lang.ts): the same
// answers as \p{L}, [\p{L}\p{N}] and \s in a regex with the u flag, without a regex match per word. Each BMP unit is
// classified once, when first met.

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit of the BMP: 0 not yet known, else 1 + (1 if \p{L}) + (2 if \p{N}). */
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = BMP_CLASS[c];
  if (!k) {
    const s = String.fromCharCode(c);
    k = 1 + (LETTER.test(s) ? 1 : 0) + (LETTER_OR_NUMBER.test(s) && !LETTER.test(s) ? 2 : 0);
    BMP_CLASS[c] = k;
  }
  return k - 1;
}

/** Code units of the letter (\p{L}) at text[i]: 1, 2 for one outside the BMP, 0 for none. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return c >= 0xdc00 && c <= 0xdfff ? 0 : classOf(c) & 1;
}

/** Code units of the letter or number ([\p{L}\p{N}]) at text[i]: 1, 2 for one outside the BMP, 0 for none. */
export function letterOrNumberAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return c >= 0xdc00 && c <= 0xdfff ? 0 : classOf(c) ? 1 : 0;
}

/** White space as \s reads it (with the u flag). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
