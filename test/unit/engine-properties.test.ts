// Properties of the engine for any input: it never throws, and every span it reports lies inside the
// text with `text` equal to the slice (claims, source mentions, cues), whatever the block split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeIncrementally, blocksFromPlainText, type Block, type Span } from '../../src/analysis/index';

function checkSpan(text: string, s: Span | null | undefined): void {
  if (!s) return;
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(text.length);
  expect(s.start).toBeLessThanOrEqual(s.end);
  expect(s.text).toBe(text.slice(s.start, s.end));
}

function checkAll(text: string, blocks?: Block[]): void {
  const claims = analyze(text, blocks);
  const ids = new Set(claims.map((c) => c.id));
  expect(ids.size).toBe(claims.length);
  for (const c of claims) {
    checkSpan(text, c);
    checkSpan(text, c.source?.mention);
    checkSpan(text, c.cue);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    if (c.within) expect(ids.has(c.within)).toBe(true);
  }
}

// Pieces of news-like text, so random strings also hit the engine's real paths.
const pieces = fc.constantFrom(
  'said', 'told reporters', 'according to', 'Reuters', 'officials', 'He', 'She', '"', '“', '”', '\'', '‘', '’', '«', '»', '„',
  ', ', '. ', ': ', '\n', 'some 10,000 troops', 'at least 42', 'hundreds of', 'Kim Jong Un', 'The ministry', 'reportedly',
  'it is believed that', 'Reports are that', '(KCNA)', 'Mr.', 'Sen.', '— Jane Doe (@jdoe) May 1, 2024', 'https://t.co/x', ' ',
);
const newsy = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join(''));

describe('engine properties', () => {
  it('never throws and keeps spans true for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => { checkAll(text); }), { numRuns: 300 });
  });

  it('keeps spans true for news-like strings', () => {
    fc.assert(fc.property(newsy, (text) => { checkAll(text); }), { numRuns: 400 });
  });

  it('keeps spans true for any block split, including odd and overlapping blocks', () => {
    const arb = newsy.chain((text) => fc.tuple(
      fc.constant(text),
      fc.array(fc.tuple(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: -5, max: text.length + 5 })), { maxLength: 6 }),
    ));
    fc.assert(fc.property(arb, ([text, cuts]) => {
      const blocks: Block[] = cuts.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
      checkAll(text, blocks);
    }), { numRuns: 300 });
  });

  it('yields one batch per block, in order', () => {
    const text = 'The ministry said 12 people died.\nNo one else was hurt.\n"It was terrible," she said.';
    const blocks = blocksFromPlainText(text);
    const batches = [...analyzeIncrementally(text, blocks)];
    expect(batches).toHaveLength(blocks.length);
    const all = batches.flat();
    expect(all.map((c) => c.id)).toEqual(all.map((_, i) => `c${i + 1}`));
  });

  // Speed is the bench's business (npm run bench); this only guards against a quadratic path, which on a
  // 1 MB paragraph would take minutes rather than a fraction of a second.
  it('analyzes a 1 MB paragraph and 20,000 numbers in one block', () => {
    const sentences = [
      'The agency said some 1,200 people had fled the town, officials added.',
      '"We have nothing left," said Amira Haddad, a shopkeeper in the old market.',
      'According to the Red Cross, at least 40 houses were destroyed overnight.',
      'Residents described long queues at the only bakery still open in the district.',
    ];
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += sentences[i % sentences.length] + ' ';
    const claims = analyze(big);
    expect(claims.length).toBeGreaterThan(10_000);
    const numbers = Array.from({ length: 20_000 }, (_, i) => String(i * 7 + 13)).join(' ');
    expect(() => analyze(numbers)).not.toThrow();
  }, 60_000);
});
