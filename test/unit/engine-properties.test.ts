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

  it('is linear on a long paragraph (no quadratic blow-up)', () => {
    const sentence = 'The agency said some 1,200 people had fled the town, officials added. ';
    const small = sentence.repeat(200);
    const big = sentence.repeat(2000);
    analyze(small);
    const t0 = performance.now();
    analyze(small);
    const tSmall = performance.now() - t0;
    const t1 = performance.now();
    const claims = analyze(big);
    const tBig = performance.now() - t1;
    expect(claims.length).toBeGreaterThan(2000);
    // 10x the text may take at most ~40x the time even on a noisy machine (quadratic would be 100x).
    expect(tBig).toBeLessThan(Math.max(40 * tSmall, 200));
  });
});
