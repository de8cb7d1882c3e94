import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextCandidate, startLexicon } from '../../src/analysis/number-start';
import DE from '../../src/analysis/lexicon/de/numbers.json';
import FR from '../../src/analysis/lexicon/fr/numbers.json';
import RU from '../../src/analysis/lexicon/ru/numbers.json';

// The candidate regex as number-lang.ts builds it: a digit, or a number word (any case, spaces of four kinds).
const SPACE = '[ \\u00a0\\u202f\\u2009]';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function lexicon(f: { vague: object; small: object; approx_words?: object }) {
  const words = [...Object.keys(f.vague), ...Object.keys(f.small), ...Object.keys(f.approx_words ?? {})];
  const alternation = words.slice().sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, SPACE)).join('|');
  return { words, lex: startLexicon(words, new RegExp(`\\d|(?<![\\p{L}])(?:${alternation})(?![\\p{L}'’])`, 'yiu'), esc, SPACE) };
}

/** The candidate regex tried at every position from `from`. */
function everywhere(re: RegExp, text: string, from: number): number {
  for (let i = from; i < text.length; i++) { re.lastIndex = i; if (re.test(text)) return i; }
  return -1;
}

describe('where a number may start in another language', () => {
  for (const [name, file] of [['de', DE], ['fr', FR], ['ru', RU]] as const) {
    it(`${name}: the first place the candidate regex matches, as trying it at every position finds`, () => {
      const { words, lex } = lexicon(file);
      const probe = lexicon(file).lex.candidate;
      // Number words whole, cut short, upper-cased and joined to letters; digits, other scripts, surrogates, spaces.
      const pieces = [...words.slice(0, 40), ...words.slice(0, 20).map((w) => w.toUpperCase()), ...words.slice(0, 20).map((w) => w.slice(0, 2)),
        'a', 'Ä', 'д', 'Д', 'ё', '1', '42', ' ', '\u00a0', '\u2009', '-', "'", '’', '.', ',', '\u{1D400}', '\ud835', 'ſ', 'K'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(20), (xs, from) => {
        const text = xs.join('');
        let at = from;
        for (let k = 0; k < 30; k++) {
          const want = everywhere(probe, text, at);
          expect(nextCandidate(text, at, lex)).toBe(want);
          if (want < 0) break;
          at = want + 1;
        }
      }), { numRuns: 1500 });
    });
  }
});
