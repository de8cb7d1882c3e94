// language-words.ts reads words by hand for speed: it must agree with the regexes and String.toLowerCase it replaces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modifierWordsBefore, WordTable } from '../../src/analysis/language-words';

// Pieces that stress the hand-written paths: surrogate pairs (a letter outside the BMP, lone halves), letters
// that lower-case to two units (İ) or by context (Σ), combining marks, Cyrillic, no-break spaces.
const PIECES = ["'", '’', '(', '\u2009', 'a', 'B', ' ', 'der', 'DER', 'и', 'Що', 'ё', 'İ', 'Σ', 'ς', 'σ', 'ΟΣ', 'ß', 'ǅ', '中', '\u0300', '\u00a0', '1', '.', '\u{1D400}', '\ud800', '\udc00', 'é', 'É'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

function regexWords(t: string): Array<[number, number]> {
  return [...t.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

describe('reading words by hand', () => {
  it('a word is found as its lower-cased copy would be', () => {
    const words = ['der', 'что', 'і', 'σας', 'οσ', 'i̇', 'ß', 'é', 'ǆ', 'the'];
    const table = new WordTable(words.map((w, i) => [w, i]));
    const byCopy = new Map(words.map((w, i) => [w, i]));
    fc.assert(fc.property(text, (t) => {
      for (const [s, e] of regexWords(t)) {
        expect(table.find(t, s, e)).toBe(byCopy.get(t.slice(s, e).toLowerCase()) ?? -1);
      }
      // Any span, not only whole words.
      for (let s = 0; s < t.length; s += 3) {
        expect(table.find(t, s, t.length)).toBe(byCopy.get(t.slice(s).toLowerCase()) ?? -1);
      }
    }), { numRuns: 3000 });
    fc.assert(fc.property(text, (t) => {
      for (const [s, e] of regexWords(t)) {
        expect(table.readWord(t, s)).toBe(e);
        expect(table.found).toBe(table.find(t, s, e));
      }
    }), { numRuns: 3000 });
    expect(table.find('DER', 0, 3)).toBe(0);
    expect(table.find('ΣΑΣ', 0, 3)).toBe(3);
  });
});

describe('the words before a number, read right to left', () => {
  it('are the last runs /[\\p{L}\'’.]+/gu finds before it, with only white space after them or not', () => {
    fc.assert(fc.property(text, fc.nat(40), fc.integer({ min: 1, max: 4 }), (t, back, max) => {
      const lo = Math.max(0, t.length - back);
      const before = t.slice(lo);
      const runs = [...before.matchAll(/[\p{L}'’.]+/gu)].slice(-max).reverse();
      expect(modifierWordsBefore(t, lo, t.length, max)).toEqual(runs.map((m) => ({
        s: lo + m.index, e: lo + m.index + m[0].length,
        spaced: /^[\p{L}'’.\s]*$/u.test(before.slice(m.index)),
      })));
    }), { numRuns: 3000 });
  });
});
