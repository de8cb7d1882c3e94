// char-class.ts and the tokenizer read characters by hand for speed: they must agree with the regexes they replace.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isJsSpace, letterAt, letterOrNumberAt, toLower, upperAt } from '../../src/analysis/char-class';
import { tokenize, type Token } from '../../src/analysis/tokens';
import { wordSet } from '../../src/analysis/lexicon/load';
import { wordCount } from '../../src/analysis/claims/spans';

// Pieces that stress the hand-written paths: surrogate pairs (a letter or digit outside the BMP, lone halves),
// combining marks, digits of other scripts, apostrophes and the joiners of a word.
const PIECES = ["'", "''", '’', 's', 'S', "'s", '’s', 'a', 'B', '1', '.', '-', '&', ' ', '\u00a0', '\u2009', '\n', 'U.S', 'J', 'Mr',
  'é', 'É', 'İ', 'и', 'Σ', 'ΟΣ', 'ς', 'ǅ', 'ß', 'ẞ', 'Д', '\u{10400}', '\u{10428}', '中', '\u0300', '٣', 'Ⅻ', '\u{1D400}', '\u{1D7CE}', '\u{1F600}', 'Ⓐ', '\ud800', '\udc00', '“', ',', 'don', 't'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

const regexRuns = (t: string, re: RegExp) => [...t.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

function handRuns(t: string, at: (t: string, i: number) => number): number[][] {
  const out: number[][] = [];
  let i = 0;
  while (i < t.length) {
    let k = 0;
    while (i < t.length && !(k = at(t, i))) i++;
    if (i >= t.length) break;
    const s = i;
    do i += k; while (i < t.length && (k = at(t, i)));
    out.push([s, i]);
  }
  return out;
}

// The tokenizer as it was, by regex (tokens.ts documents the regex it reads by hand now).
const TOKEN_RE = /''|['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = wordSet('tokens', 'abbreviations');
function regexTokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(text); m && m.index < end; m = TOKEN_RE.exec(text)) {
    let e = Math.min(m.index + m[0].length, end);
    let w = text.slice(m.index, e);
    const word = /^[\p{L}\p{N}]/u.test(w);
    if (word && text.charCodeAt(e) === 46 && e < end) {
      if (ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && /^\p{Lu}/u.test(w))) { e += 1; w += '.'; TOKEN_RE.lastIndex = e; }
    }
    const lw = w.toLowerCase().replace(/’/g, "'");
    out.push({ s: m.index, e, w, lw, cap: /^\p{Lu}/u.test(w), punct: !word && lw !== "'s" });
  }
  return out;
}

describe('character classes by hand', () => {
  it('letters are the runs /\\p{L}+/u finds; letters and numbers those of /[\\p{L}\\p{N}]+/u', () => {
    fc.assert(fc.property(text, (t) => {
      expect(handRuns(t, letterAt)).toEqual(regexRuns(t, /\p{L}+/gu));
      expect(handRuns(t, letterOrNumberAt)).toEqual(regexRuns(t, /[\p{L}\p{N}]+/gu));
    }), { numRuns: 3000 });
  });

  it('upper case is what /^\\p{Lu}/u reads, lower-casing what toLowerCase does', () => {
    fc.assert(fc.property(text, (t) => {
      for (let i = 0; i <= t.length; i++) expect(upperAt(t, i)).toBe(/^\p{Lu}/u.test(t.slice(i)));
      expect(toLower(t)).toBe(t.toLowerCase());
    }), { numRuns: 3000 });
  });

  it('wordCount counts the runs /[\\p{L}\\p{N}]+/gu finds from s that start before e, up to cap', () => {
    fc.assert(fc.property(text, fc.nat(35), fc.nat(35), fc.integer({ min: 1, max: 9 }), (t, s, e, cap) => {
      const re = /[\p{L}\p{N}]+/gu;
      re.lastIndex = s;
      let n = 0;
      for (let m = re.exec(t); m && m.index < e && n < cap; m = re.exec(t)) n++;
      expect(wordCount(t, s, e, cap)).toBe(n);
    }), { numRuns: 3000 });
  });

  it('white space is what \\s reads', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('the tokenizer gives the tokens its regex did, from any start to any end', () => {
    fc.assert(fc.property(text, fc.nat(40), fc.nat(40), (t, a, b) => {
      const start = Math.min(a, t.length);
      const end = Math.min(start + b, t.length + 1);
      expect(tokenize(t, start, end)).toEqual(regexTokenize(t, start, end));
    }), { numRuns: 5000 });
  });
});
