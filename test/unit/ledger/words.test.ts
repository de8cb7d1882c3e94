import { describe, expect, it } from 'vitest';
import { entitiesIn, entityKey } from '../../../src/ledger/entities';
import { aspectOf, boundsOf, sameThing } from '../../../src/ledger/figures';
import { jaccard, prefixOf, shingleHashes } from '../../../src/ledger/shingles';
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

describe('shingles and prefix filtering', () => {
  it('Jaccard of shingle sets', () => {
    const a = shingleHashes('we will never surrender to this aggression');
    expect(a).toHaveLength(5);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingleHashes('we will never surrender to this aggression at all'))).toBeCloseTo(5 / 7);
    expect(jaccard(a, shingleHashes('something else entirely was said here'))).toBe(0);
    expect(shingleHashes('too short')).toEqual([]);
  });

  it('every pair with Jaccard >= 0.8 shares a prefix key (the index finds all of them)', () => {
    const vocabulary = 'we will never surrender to this aggression whatever it costs us the city and its people'.split(' ');
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const base = Array.from({ length: 6 + Math.floor(rand() * 20) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]);
      const other = [...base];
      if (rand() < 0.7) other[Math.floor(rand() * other.length)] = vocabulary[Math.floor(rand() * vocabulary.length)];
      if (rand() < 0.3) other.push(vocabulary[Math.floor(rand() * vocabulary.length)]);
      const a = shingleHashes(base.join(' '));
      const b = shingleHashes(other.join(' '));
      if (jaccard(a, b) < 0.8) continue;
      checked++;
      const pb = new Set(prefixOf(b));
      expect(prefixOf(a).some((h) => pb.has(h))).toBe(true);
    }
    expect(checked).toBeGreaterThan(500);
  });
});
