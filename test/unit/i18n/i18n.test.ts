// t() and tn() over the shipped messages: placeholders filled, the plural form each language needs, numbers,
// percentages and dates written by Intl in the interface language, and no crash without messages.
import { afterEach, describe, expect, it } from 'vitest';
import { localDate, localPercent, localized, setMessageSource, t, tn, uiLocale } from '../../../src/ui/i18n';
import { formatNumber, formatQuantity, LEVEL_WORDS } from '../../../src/ui/format';
import { useLocale } from '../../support/i18n-setup';

afterEach(() => useLocale('en'));

describe('t and tn', () => {
  it('fill placeholders, numbers in the interface language', () => {
    useLocale('de');
    expect(t('turnOnFor', 'example.com')).toBe('Für example.com einschalten');
    expect(tn('claimCount', 1234)).toBe('1.234 Aussagen');
    useLocale('fr');
    expect(tn('claimCount', 1234)).toBe('1\u202f234 affirmations');
  });

  it('pick the plural form of the language', () => {
    useLocale('en');
    expect([1, 2].map((n) => tn('claimCount', n))).toEqual(['1 claim', '2 claims']);
    useLocale('uk');
    expect([1, 3, 5, 21, 1.5].map((n) => tn('claimCount', n))).toEqual(['1 твердження', '3 твердження', '5 тверджень', '21 твердження', '1,5 твердження']);
    expect([1, 2, 11].map((n) => tn('conflictCount', n))).toEqual(['1 суперечність', '2 суперечності', '11 суперечностей']);
    useLocale('ru');
    expect([1, 4, 7, 101].map((n) => tn('claimCount', n))).toEqual(['1 утверждение', '4 утверждения', '7 утверждений', '101 утверждение']);
    useLocale('fr');
    expect([0, 1, 2, 1_000_000].map((n) => tn('claimCount', n))).toEqual(['0 affirmation', '1 affirmation', '2 affirmations', '1\u202f000\u202f000 affirmations']);
  });

  it('read tables of words when used, in the language of the moment', () => {
    const words = localized({ a: 'levelHigh' });
    expect(words.a).toBe('High confidence');
    useLocale('es');
    expect(words.a).toBe('Confianza alta');
    expect(LEVEL_WORDS.none).toBe('Sin fuente indicada');
  });

  it('write numbers, quantities, percentages and dates in the interface language', () => {
    useLocale('de');
    expect(formatNumber(10000)).toBe('10.000');
    expect(formatQuantity({ text: 'at least 200', min: 200, approximate: false })).toBe('mindestens 200');
    expect(localPercent(82)).toBe('82\u00a0%');
    expect(localDate(Date.UTC(2025, 1, 10), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('10.02.2025');
    useLocale('es'); // Spanish groups thousands from five digits on
    expect(formatNumber(3000)).toBe('3000');
    expect(formatNumber(30000)).toBe('30.000');
    useLocale('uk');
    expect(formatNumber(30000)).toBe('30\u00a0000');
  });

  it('give the key rather than throw when there are no messages, and English numbers', () => {
    setMessageSource({ getMessage: () => { throw new Error('Extension context invalidated.'); }, getUILanguage: () => 'not a locale!' });
    expect(t('cardClose')).toBe('cardClose');
    expect(tn('claimCount', 2)).toBe('claimCount');
    expect(uiLocale()).toBe('en');
  });
});
