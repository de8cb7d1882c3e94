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
  /** Open addressing by hash: id + 1 of the word in each slot, 0 for an empty one. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly byWord = new Map<string, number>();
  /** The id readWord found, -1 for none. */
  found = -1;

  constructor(entries: Iterable<[string, T]>) {
    let max = 0;
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(list.length);
    for (const [w, v] of list) {
      let h = 0;
      for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
      const id = this.words.length;
      let slot = h & (size - 1);
      while (this.slots[slot]) slot = (slot + 1) & (size - 1);
      this.slots[slot] = id + 1;
      this.hashes[id] = h;
      this.byWord.set(w, id);
      this.words.push(w);
      this.values.push(v);
      max = Math.max(max, w.length);
    }
    this.maxLength = max;
  }

  /**
   * The id of text[s, e) lower-cased (as String.toLowerCase does), -1 when it is no word of the table. A word
   * longer than the longest is none (lower-casing never shortens a word).
   */
  find(text: string, s: number, e: number): number {
    if (e - s > this.maxLength) return -1;
    let h = 0;
    for (let i = s; i < e; i++) {
      const l = unitLower(text.charCodeAt(i));
      if (l === NO_LOWER) return this.byWord.get(text.slice(s, e).toLowerCase()) ?? -1;
      h = hashStep(h, l);
    }
    return this.lookup(text, s, e, h);
  }

  /**
   * Reads the run of letters (\p{L}) that starts at text[i] (a letter), returns where it ends and sets `found` to
   * its id in the table (as find() would), hashing as it reads.
   */
  readWord(text: string, i: number): number {
    const s = i;
    const n = text.length;
    let h = 0;
    let plain = true;
    const max = this.maxLength;
    for (let k = letterAt(text, i); k; k = i < n ? letterAt(text, i) : 0) {
      // Past the longest word's length the word is none: read on without hashing.
      if (plain && i - s < max) {
        const l = k === 1 ? unitLower(text.charCodeAt(i)) : NO_LOWER;
        if (l === NO_LOWER) plain = false; else h = hashStep(h, l);
      }
      i += k;
    }
    if (i - s > max) this.found = -1;
    else if (!plain) this.found = this.byWord.get(text.slice(s, i).toLowerCase()) ?? -1;
    else this.found = this.lookup(text, s, i, h);
    return i;
  }

  private lookup(text: string, s: number, e: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; this.slots[slot]; slot = (slot + 1) & mask) {
      const id = this.slots[slot] - 1;
      if (this.hashes[id] === h && this.sameLower(text, s, e, this.words[id])) return id;
    }
    return -1;
  }

  private sameLower(text: string, s: number, e: number, w: string): boolean {
    if (w.length !== e - s) return false;
    for (let i = 0; i < w.length; i++) if (lowerUnit(text.charCodeAt(s + i)) !== w.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * A unit's lower case, or NO_LOWER when the word must be lower-cased whole: a surrogate, a unit that does not
 * lower-case to one unit ("İ"), or one whose lower case depends on its context (a final sigma).
 */
function unitLower(c: number): number {
  return (c >= 0xd800 && c <= 0xdfff) || c === SIGMA ? NO_LOWER : lowerUnit(c);
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
