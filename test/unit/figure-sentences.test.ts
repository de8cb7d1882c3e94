import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analysis/numbers';
import { isMonthAfter, isMonthName, isScore, isStreetAfter } from '../../src/analysis/number-labels';
import { readCore } from '../../src/analysis/number-read';

// Sentences written for this project (test/fixtures/figure-sentences/README.md): every figure a reader
// would highlight, and nothing that is a time, date, age, version, product name, address, phone or score.
const DIR = path.resolve(__dirname, '../fixtures/figure-sentences');
const read = (name: string) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Array<[string, string[]]>;

// The held-out sentences joined the tests only after their first measurement (see the README there).
for (const name of ['dev.json', 'heldout.json']) {
  describe(`figures in written sentences (${name})`, () => {
    for (const [sentence, want] of read(name)) {
      it(`${JSON.stringify(want)} in "${sentence}"`, () => {
        expect(findQuantities(sentence).map((q) => q.text)).toEqual(want);
      });
    }
  });
}

describe('month names from the data files, any language', () => {
  it.each([
    ['5 February', true], ['3 mars', true], ['12. März', true], ['5 de enero', true], ['14 juillet', true],
    ['9 Oct. 2016', true], ['5 may be hurt', false], ['3 marches', false], ['12 people', false], ['7 de los', false],
  ])('%s: %s', (text, month) => {
    const end = text.search(/[^\d]/);
    expect(isMonthAfter(text, end)).toBe(month);
  });
  it('needs a capital for English month names, which are also words', () => {
    expect(isMonthName('March')).toBe(true);
    expect(isMonthName('Feb.')).toBe(true);
    expect(isMonthName('march')).toBe(false);
    expect(isMonthName('enero')).toBe(true);
  });
});

describe('scores, addresses', () => {
  const pair = (text: string, a: number, b: number, sep: string): boolean => {
    const first = readCore(text, a);
    const second = readCore(text, b);
    if ('skipTo' in first || 'skipTo' in second) throw new Error('no number');
    return isScore(text, first.core, second.core, sep);
  };
  it('tells a game score from a vote tally and a range of seats', () => {
    const won = 'They won 24 to 17 on Sunday.';
    expect(pair(won, won.indexOf('24'), won.indexOf('17'), 'to')).toBe(true);
    const voted = 'The Senate voted 52 to 48.';
    expect(pair(voted, voted.indexOf('52'), voted.indexOf('48'), 'to')).toBe(false);
    const seats = 'The party won 200-300 seats.';
    expect(pair(seats, seats.indexOf('200'), seats.indexOf('300'), '-')).toBe(false);
    const comma = 'The Lakers beat the Celtics, 102-99.';
    expect(pair(comma, comma.indexOf('102'), comma.indexOf('99'), '-')).toBe(true);
  });
  it('reads house numbers before English and French street names', () => {
    expect(isStreetAfter('900 Grand Concourse', 3)).toBe(true);
    expect(isStreetAfter('12 rue de Rivoli', 2)).toBe(true);
    expect(isStreetAfter('40 Palestinians', 2)).toBe(false);
    expect(isStreetAfter('300 Russian Troops Killed', 3)).toBe(false);
  });
});

describe('never throws on odd input around the new checks', () => {
  it.each(['12.', '12. ', '5 de', '5 de ', '3 times a', 'won 1-', '| 14 ', 'Xbox 3', '2.0', ', 12,', 'she turned 4'])('%s', (s) => {
    expect(() => findQuantities(s)).not.toThrow();
  });
});
