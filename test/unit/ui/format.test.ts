import { describe, expect, it, vi } from 'vitest';
import { codePointMapper, quoteContext, SENTENCE_REACH, sentenceAround } from '../../../src/ui/context';
import { formatDate, formatQuantity, isHttpUrl, percent, shorten, sourceLabel } from '../../../src/ui/format';

describe('formatQuantity', () => {
  it('reads like a person would say it', () => {
    expect(formatQuantity({ text: 'some 10,000', value: 10000, approximate: true })).toBe('≈ 10,000');
    expect(formatQuantity({ text: '42', value: 42, approximate: false })).toBe('42');
    expect(formatQuantity({ text: 'hundreds', min: 200, approximate: true })).toBe('at least 200');
    expect(formatQuantity({ text: 'more than 1,500', min: 1500, approximate: false })).toBe('at least 1,500');
    expect(formatQuantity({ text: 'up to 500', max: 500, approximate: false })).toBe('up to 500');
    expect(formatQuantity({ text: 'between 20 and 30', min: 20, max: 30, approximate: false })).toBe('20–30');
    expect(formatQuantity({ text: '$1.2 billion', value: 1.2e9, approximate: false, unit: '$' })).toBe('$1.2 billion');
    expect(formatQuantity({ text: '3.5 million people', value: 3.5e6, approximate: false, unit: 'people' })).toBe('3.5 million people');
    expect(formatQuantity({ text: 'a handful', approximate: true })).toBe('a handful');
  });
});

describe('shorten', () => {
  it('leaves short text alone and flattens whitespace', () => {
    expect(shorten('  Ukraine  has\nsaid so. ', 40)).toBe('Ukraine has said so.');
  });
  it('cuts at a word, never inside a number, and drops dangling punctuation', () => {
    const s = shorten('Officials said at least 10,000 troops, and possibly 12,500, were sent to the region last winter', 48);
    expect(s.length).toBeLessThanOrEqual(48);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toBe('Officials said at least 10,000 troops, and…');
  });
  it('keeps the closing mark of a shortened quotation', () => {
    const s = shorten('“He expressed serious concern over the reckless behavior of the US and Western group”', 40);
    expect(s.startsWith('“He expressed')).toBe(true);
    expect(s.endsWith('…”')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(40);
  });
  it('never splits a surrogate pair in a very long word', () => {
    expect(shorten('🚀'.repeat(30), 10)).toBe(`${'🚀'.repeat(4)}…`); // 9 units would end on half a rocket
    expect(shorten('🚀'.repeat(30), 11)).toBe(`${'🚀'.repeat(5)}…`);
  });
});

describe('small formatters', () => {
  it('clamps percentages', () => {
    expect([percent(0.864), percent(1.2), percent(-1), percent(Number.NaN)]).toEqual([86, 100, 0, 0]);
  });
  it('accepts only http(s) links', () => {
    expect(isHttpUrl('https://twitter.com/x/status/1')).toBe(true);
    expect(isHttpUrl('http://example.com')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'not a url', '', undefined]) {
      expect(isHttpUrl(bad)).toBe(false);
    }
  });
  it('labels chains with "citing"', () => {
    expect(sourceLabel({ name: 'KCNA', kind: 'outlet', mention: null, via: { name: 'Kim Jong Un', kind: 'person' } })).toBe('KCNA, citing Kim Jong Un');
    expect(sourceLabel(null)).toBe('No source');
  });
  it('shows a bare date on the day it names, whatever the time zone', () => {
    expect(formatDate('2025-02-10')).toBe('Feb 10, 2025');
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('claim context', () => {
  const text = 'Title line\nUkraine said 300 drones were launched. Officials denied it. Dr. Smith agreed.\nNext block.';
  it('finds the sentence around a claim without crossing blocks', () => {
    const at = text.indexOf('300 drones');
    expect(sentenceAround(text, { start: at, end: at + 10 })).toBe('Ukraine said 300 drones were launched.');
    const deny = text.indexOf('denied');
    expect(sentenceAround(text, { start: deny, end: deny + 6 })).toBe('Officials denied it.');
    expect(sentenceAround(text, { start: 0, end: 5 })).toBe('Title line');
  });
  it('reads only the text near the claim in a huge paragraph, and cuts a sentence longer than that', () => {
    // Recording 2,000 claims of one 1.2 MB paragraph segmented the whole paragraph per claim (22 s in the background).
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Officials said ${i} troops moved.`).join(' ');
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const at = sentences.indexOf('12345 troops');
    expect(sentenceAround(sentences, { start: at, end: at + 5 })).toBe('Officials said 12345 troops moved.');
    expect(Math.max(...segment.mock.calls.map(([input]) => input.length))).toBeLessThanOrEqual(2 * SENTENCE_REACH + 5);
    segment.mockRestore();
    const long = `${'word '.repeat(1000)}said 42 ${'more '.repeat(1000)}.`;
    const got = sentenceAround(long, { start: long.indexOf('42'), end: long.indexOf('42') + 2 });
    expect(got).toContain('said 42');
    expect(got.length).toBeLessThanOrEqual(2 * SENTENCE_REACH + 2);
  });
  it('joins the sentences a claim spans', () => {
    const from = text.indexOf('300');
    const to = text.indexOf('denied') + 6;
    expect(sentenceAround(text, { start: from, end: to })).toBe('Ukraine said 300 drones were launched. Officials denied it.');
  });
  it('gives prefix and suffix without splitting surrogate pairs', () => {
    const t = '🚀🚀 ok then';
    const at = t.indexOf('ok');
    // Two units back would start on the low half of a rocket: the prefix gives that half up rather than split it.
    expect(quoteContext(t, { start: at, end: at + 2 }, 2)).toEqual({ prefix: ' ', suffix: ' t' });
    expect(quoteContext(t, { start: at, end: at + 2 }, 3)).toEqual({ prefix: '🚀 ', suffix: ' th' });
  });
  it('maps UTF-16 offsets to code points', () => {
    const t = 'a😀b🇺🇦c';
    const map = codePointMapper(t);
    expect([0, 1, 3, 4, 8, 9].map(map)).toEqual([0, 1, 2, 3, 5, 6]);
    expect(codePointMapper('plain')(3)).toBe(3);
  });
});
