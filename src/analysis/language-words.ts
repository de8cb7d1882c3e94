// Reading words for language.ts without a string per word: guessLanguage reads the first words of every block,
// and a regex match, a slice, a lower-cased copy and a Map lookup per word cost more than the rest of the engine's
// work on them. Letters are \p{L} (char-class.ts); a word is looked up in a small hash table of lower-cased
// function words by its lower-cased code units.
import { isJsSpace, letterAt, lowerUnit, NO_LOWER } from './char-class';

export { letterAt };

const SIGMA = 0x3a3;

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** Lower-case words and a value for each. */
export class WordTable<T> {
  readonly words: string[] = [];
  readonly values: T[] = [];
  readonly maxLength: number;
  private readonly byHash = new Map<number, number[]>();
  private readonly byWord = new Map<string, number>();

  constructor(entries: Iterable<[string, T]>) {
    let max = 0;
    for (const [w, v] of entries) {
      let h = 0;
      for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
      const ids = this.byHash.get(h);
      if (ids) ids.push(this.words.length); else this.byHash.set(h, [this.words.length]);
      this.byWord.set(w, this.words.length);
      this.words.push(w);
      this.values.push(v);
      max = Math.max(max, w.length);
    }
    this.maxLength = max;
  }

  /**
   * The id of text[s, e) lower-cased (as String.toLowerCase does), -1 when it is no word of the table. A word
   * longer than the longest is none (lower-casing never shortens a word). Unit by unit unless a unit does not
   * lower-case to one unit of the BMP (a surrogate, "İ") or depends on its context (a final sigma).
   */
  find(text: string, s: number, e: number): number {
    if (e - s > this.maxLength) return -1;
    let h = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      const l = (c >= 0xd800 && c <= 0xdfff) || c === SIGMA ? NO_LOWER : lowerUnit(c);
      if (l === NO_LOWER) return this.byWord.get(text.slice(s, e).toLowerCase()) ?? -1;
      h = hashStep(h, l);
    }
    const ids = this.byHash.get(h);
    if (!ids) return -1;
    for (const id of ids) if (this.sameLower(text, s, e, this.words[id])) return id;
    return -1;
  }

  private sameLower(text: string, s: number, e: number, w: string): boolean {
    if (w.length !== e - s) return false;
    for (let i = 0; i < w.length; i++) if (lowerUnit(text.charCodeAt(s + i)) !== w.charCodeAt(i)) return false;
    return true;
  }
}

/** A word of a number's modifier: letters, apostrophes and dots ([\p{L}'’.]). */
function modifierUnitsBefore(text: string, i: number, lo: number): number {
  const c = text.charCodeAt(i - 1);
  if (c === 39 || c === 0x2019 || c === 46) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= lo) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return letterAt(text, i - 2) ? 2 : 0;
  }
  return letterAt(text, i - 1) === 1 ? 1 : 0;
}

/** A word before a number: its span, and whether only white space stands between it and the number. */
export interface ModifierWord { s: number; e: number; spaced: boolean }

/**
 * The last `max` runs of [\p{L}'’.] in text[lo, end), last first: the words /[\p{L}'’.]+/gu finds in that
 * stretch, read right to left so that only the few a modifier can have are read.
 */
export function modifierWordsBefore(text: string, lo: number, end: number, max: number): ModifierWord[] {
  const out: ModifierWord[] = [];
  let spaced = true;
  let i = end;
  while (out.length < max && i > lo) {
    let k = 0;
    while (i > lo && !(k = modifierUnitsBefore(text, i, lo))) {
      if (!isJsSpace(text.charCodeAt(i - 1))) spaced = false;
      i--;
    }
    if (i <= lo) break;
    const e = i;
    do i -= k; while (i > lo && (k = modifierUnitsBefore(text, i, lo)));
    out.push({ s: i, e, spaced });
  }
  return out;
}
