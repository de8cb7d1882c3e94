import { describe, expect, it } from 'vitest';
import { entitiesIn, entityKey } from '../../../src/ledger/entities';
import { aspectOf, boundsOf, sameThing } from '../../../src/ledger/figures';
import { jaccard, shingleHashes } from '../../../src/ledger/shingles';
import { keysOf } from '../../../src/ledger/entries';
import { lemma, normaliseWords, wordsOf } from '../../../src/ledger/words';

describe('words', () => {
  it('keeps words, inner apostrophes, hyphens and digit groups; drops punctuation', () => {
    expect(wordsOf('“We won’t go — not for 10,000 F-16s,” he said.')).toEqual(['We', 'won\'t', 'go', 'not', 'for', '10,000', 'F-16s', 'he', 'said']);
    expect(normaliseWords('  "Hello,   world!"  ')).toBe('Hello world');
    expect(normaliseWords('')).toBe('');
  });

  it.each([
    ['troops', 'troop'], ['soldiers', 'troop'], ['people', 'person'], ['casualties', 'casualty'], ['refugees', 'refugee'],
    ['gunmen', 'gunman'], ['F-16s', 'f-16'], ['missiles', 'missile'], ['USD', 'usd'], ['homes', 'home'], ['wounded', 'injured'],
  ])('lemma(%s) = %s', (noun, expected) => {
    expect(lemma(noun)).toBe(expected);
  });
});

describe('entities', () => {
  it('reads names, folds demonyms and drops words that are not names', () => {
    expect(entitiesIn('Some 10,000 North Korean troops have been sent to Russia on Friday.')).toEqual(['north korea', 'russia']);
    expect(entitiesIn('According to the DPRK, Russian President Vladimir Putin met them.')).toEqual(['north korea', 'putin', 'russia', 'vladimir putin']);
    expect(entitiesIn('The U.S. and the UK said so in March.')).toEqual(['united kingdom', 'united states']);
  });

  it('leaves out the source of the claim', () => {
    expect(entitiesIn('About 9,500 troops are in Kursk, the Pentagon said.', ['Pentagon'])).toEqual(['kursk']);
    expect(entitiesIn('Some 200 were killed, Reuters reported.', ['Reuters'])).toEqual([]);
  });

  it('has one key per country however it is named', () => {
    expect(new Set(['North Korean', 'DPRK', 'north korea', 'North Koreans'].map(entityKey))).toEqual(new Set(['north korea']));
  });
});

describe('figures', () => {
  it('bounds', () => {
    expect(boundsOf({ text: '9,500', value: 9500, approximate: false })).toEqual([9500, 9500]);
    expect(boundsOf({ text: 'some 10,000', value: 10000, approximate: true })).toEqual([9700, 10300]);
    expect(boundsOf({ text: 'more than 8,000', min: 8000, approximate: false })).toEqual([8000, Infinity]);
    expect(boundsOf({ text: 'up to 3,000', max: 3000, approximate: false })).toEqual([0, 3000]);
    expect(boundsOf({ text: 'many', approximate: true })).toBeNull();
  });

  it('aspect is read in the clause after the figure', () => {
    expect(aspectOf(' people were killed in the strike')).toBe('killed');
    expect(aspectOf(' people were wounded, and 3 killed')).toBe('injured');
    expect(aspectOf(' soldiers remain missing')).toBe('missing');
    expect(aspectOf(' people live in the city')).toBe('');
  });

  it('sameThing needs one shared entity, or none on either side', () => {
    const base = { topic: 'troops' as const, lemma: 'troop', lo: 1, hi: 1, aspect: '' };
    expect(sameThing({ ...base, entities: ['russia', 'north korea'] }, { ...base, entities: ['north korea'] })).toBe(true);
    expect(sameThing({ ...base, entities: ['russia'] }, { ...base, entities: ['belarus'] })).toBe(false);
    expect(sameThing({ ...base, entities: [] }, { ...base, entities: [] })).toBe(true);
    expect(sameThing({ ...base, entities: [] }, { ...base, entities: ['syria'] })).toBe(false);
    expect(sameThing({ ...base, entities: [] }, { ...base, lemma: 'refugee', entities: [] })).toBe(false);
  });
});

describe('shingles and MinHash keys', () => {
  it('Jaccard of shingle sets', () => {
    const a = shingleHashes('we will never surrender to this aggression');
    expect(a).toHaveLength(5);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingleHashes('we will never surrender to this aggression at all'))).toBeCloseTo(5 / 7);
    expect(jaccard(a, shingleHashes('something else entirely was said here'))).toBe(0);
    expect(shingleHashes('too short')).toEqual([]);
  });

  // MinHash: a pair shares one of the 4 keys unless it misses on all, probability (1 - J)^4. Measured here on
  // thousands of generated pairs of each kind, against that bound (with room for sampling error).
  const pairs = (n: number, edits: number) => {
    const vocabulary = 'we will never surrender to this aggression whatever it costs us the city and its people'.split(' ');
    let seed = 7 + edits;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    return Array.from({ length: n }, () => {
      const base = Array.from({ length: 6 + Math.floor(rand() * 30) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]);
      const other = [...base];
      for (let e = 0; e < edits; e++) other[Math.floor(rand() * other.length)] = vocabulary[Math.floor(rand() * vocabulary.length)];
      return [base.join(' '), other.join(' ')] as const;
    });
  };
  const shareKey = (a: string, b: string) => {
    const kb = new Set(keysOf(undefined, b, 'quote'));
    return keysOf(undefined, a, 'quote').some((k) => kb.has(k));
  };

  it('the same text always shares its keys', () => {
    for (const [a] of pairs(500, 0)) expect(keysOf(undefined, a, 'quote')).toEqual(keysOf(undefined, a, 'quote'));
  });

  it('pairs with Jaccard >= 0.8 share a key at least as often as MinHash promises (1 - 0.2^4)', () => {
    let checked = 0;
    let found = 0;
    for (const [a, b] of [...pairs(3000, 1), ...pairs(3000, 2)]) {
      if (jaccard(shingleHashes(a), shingleHashes(b)) < 0.8) continue;
      checked++;
      if (shareKey(a, b)) found++;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(found / checked).toBeGreaterThanOrEqual(1 - 0.2 ** 4 - 0.005);
  });

  it('unrelated texts rarely share a key (a wasted read, never a wrong match: every candidate is compared)', () => {
    let checked = 0;
    let shared = 0;
    const texts = pairs(2000, 0).map(([a]) => a);
    for (let i = 0; i + 1 < texts.length; i += 2) {
      if (jaccard(shingleHashes(texts[i]), shingleHashes(texts[i + 1])) > 0.2) continue;
      checked++;
      if (shareKey(texts[i], texts[i + 1])) shared++;
    }
    expect(checked).toBeGreaterThan(500);
    // At most Jaccard 0.2 each: at most 1 - 0.8^4 = 59% by the bound; far fewer in practice.
    expect(shared / checked).toBeLessThan(0.59);
  });
});
