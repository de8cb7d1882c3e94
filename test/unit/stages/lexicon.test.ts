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
  const files = ['attribution', 'counted-nouns', 'hedges', 'mentions', 'names', 'quotations', 'tokens', 'topics'].map((f) => `${f}.json`);
  it('are all in the folder', () => {
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(files));
  });
  for (const f of files) {
    const data = JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, unknown>;
    it(`${f}: says what it holds; its lists are non-empty, lower-case unless patterns, without duplicates`, () => {
      expect(typeof data._about).toBe('string');
      for (const [key, list] of Object.entries(data)) {
        if (key.startsWith('_') || !Array.isArray(list)) continue;
        expect(list.length, key).toBeGreaterThan(0);
        expect(new Set(list).size, `${key} has duplicates`).toBe(list.length);
        for (const w of list) {
          expect(typeof w, key).toBe('string');
          if (key.endsWith('Patterns')) expect(() => new RegExp(w as string), `${key}: ${w}`).not.toThrow();
          else expect(w, key).toBe((w as string).toLowerCase());
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
