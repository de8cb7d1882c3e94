// The engine's word lists as data (src/analysis/lexicon/en/*.json, loaded by lexicon/load.ts): every file is
// read, every list is clean, every pattern compiles, and a language's file merges into the same lists.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EN_FILES, mergedList, wordMap, wordSet } from '../../../src/analysis/lexicon/load';

const dir = fileURLToPath(new URL('../../../src/analysis/lexicon/en/', import.meta.url));
const loaded = new Set(Object.values(EN_FILES));

describe('English lexicon files', () => {
  // The files load.ts reads (the others, such as months.json, belong to their own modules and tests).
  const files = ['attribution', 'counted-nouns', 'cue-words', 'figures', 'hedges', 'mentions', 'names', 'quotations', 'tokens', 'topics'].map((f) => `${f}.json`);
  it('are all in the folder', () => {
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(files));
  });
  for (const f of files) {
    const data = JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, unknown>;
    it(`${f}: says what it holds; its lists are non-empty, lower-case unless patterns or as written, without duplicates`, () => {
      expect(typeof data._about).toBe('string');
      for (const [key, list] of Object.entries(data)) {
        if (key.startsWith('_') || !Array.isArray(list)) continue;
        expect(list.length, key).toBeGreaterThan(0);
        expect(new Set(list).size, `${key} has duplicates`).toBe(list.length);
        for (const w of list) {
          expect(typeof w, key).toBe('string');
          if (key.endsWith('Patterns')) expect(() => new RegExp(w as string), `${key}: ${w}`).not.toThrow();
          else if (!key.endsWith('AsWritten')) expect(w, key).toBe((w as string).toLowerCase());
        }
      }
    });
  }
  it('are the files load.ts reads', () => {
    for (const f of files) {
      const data = JSON.parse(readFileSync(dir + f, 'utf8'));
      expect([...loaded].some((l) => JSON.stringify(l) === JSON.stringify(data)), f).toBe(true);
    }
  });
});

describe('loading', () => {
  it('gives each list as a set and the object pronouns as a map', () => {
    expect(wordSet('mentions', 'titles').has('president')).toBe(true);
    expect(wordSet('names', 'outlets').has('reuters')).toBe(true);
    expect(wordMap('mentions', 'objectPronouns').get('him')).toBe('he');
  });
  it("merges another language's file into the same list, English first, and ignores keys it lacks", () => {
    const en = { titles: ['president', 'minister'], _about: 'x' };
    const de = { titles: ['bundeskanzler'] };
    expect(mergedList([en, de], 'titles')).toEqual(['president', 'minister', 'bundeskanzler']);
    expect(mergedList([en, de], 'roleNouns')).toEqual([]);
    expect(mergedList([en, { titles: 'not a list' }], 'titles')).toEqual(['president', 'minister']);
  });
});

// Issue 10's must-hold: word lists are data. A Set of three or more quoted words, or a regular expression with
// an alternation of four or more plain words, in the engine's code is a list that belongs in lexicon/<lang>/.
describe('no word list inline in src/analysis', () => {
  const root = fileURLToPath(new URL('../../../src/analysis/', import.meta.url));
  const sources = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const SET_OF_WORDS = /new Set\(\[\s*(?:'[\p{Ll}' -]+'\s*,\s*){2,}/u;
  // A group of alternatives, three of them words of three letters or more (not suffixes like "s|sh|ch|x|z", nor a
  // group that ends the word: "-ова|-ская" are endings, not words).
  const GROUPS = /\((?:\?:)?([^()]*\|[^()]*)\)/gu;
  const inRegexLiteral = (line: string) => /(?:^|[=(,:!&|?]\s*)\/[^/\n]+\/[dgimsuvy]*/.exec(line)?.[0] ?? '';
  const WORD_ALTERNATION = {
    test: (line: string) => [...inRegexLiteral(line).matchAll(GROUPS)].some((g) => g.input[g.index + g[0].length] !== '$'
      && g[1].split('|').filter((w) => /^\p{L}{3,}$/u.test(w)).length >= 3),
  };
  // What is left is no vocabulary: source kinds, language codes.
  const allowed = [/SPEAKING_KINDS = new Set/, /_LANGS = new Set/];
  it('has none', () => {
    const found: string[] = [];
    for (const f of sources) {
      readFileSync(root + f, 'utf8').split('\n').forEach((line, i) => {
        if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
        if ((SET_OF_WORDS.test(line) || WORD_ALTERNATION.test(line)) && !allowed.some((a) => a.test(line))) found.push(`${f}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(found).toEqual([]);
  });
  it('would see one', () => {
    expect(SET_OF_WORDS.test("const X = new Set(['said', 'told', 'added']);")).toBe(true);
    expect(WORD_ALTERNATION.test('const X = /(?:said|told|added|noted)\\s/;')).toBe(true);
    expect(WORD_ALTERNATION.test('const X = /(?:^|\\s)(?:Mr|Mrs|Sen|Gov|U\\.S|[A-Z])\\.$/;')).toBe(true);
    expect(WORD_ALTERNATION.test('const X = /(?:s|sh|ch|x|z)$/;')).toBe(false);
  });
});
