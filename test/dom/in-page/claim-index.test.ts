// The claim lookup behind a click: binary search plus a short walk back, checked against a brute-force
// scan over random nested and overlapping spans; stepping in reading order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { ClaimIndex } from '../../../content-scripts/claim-index';

function span(id: string, start: number, end: number): Claim {
  return {
    id, start, end, text: '', form: 'figure', topic: 'other', quantity: null, hedges: [], source: null, cue: null,
    strength: 'none', confidence: 0, level: 'none', reasons: [],
  };
}

/** The innermost claim covering the offset: latest start, then shortest. */
function bruteForce(claims: Claim[], offset: number): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (c.start > offset || c.end <= offset) continue;
    if (!best || c.start > best.start || (c.start === best.start && c.end < best.end)) best = c;
  }
  return best;
}

const spans = fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 120 })), { maxLength: 60 })
  .map((pairs) => pairs.map(([start, len], i) => span(`c${i}`, start, start + len)));

describe('ClaimIndex', () => {
  it('finds the innermost claim at any offset, as a full scan would', () => {
    fc.assert(fc.property(spans, fc.nat(650), (claims, offset) => {
      const expected = bruteForce(claims, offset);
      const found = new ClaimIndex(claims).at(offset);
      expect(found && [found.start, found.end]).toEqual(expected && [expected.start, expected.end]);
    }), { numRuns: 400 });
  });

  it('prefers a figure nested in a quote, and the quote around it elsewhere', () => {
    const quote = span('q', 10, 80);
    const figure = span('f', 30, 36);
    const index = new ClaimIndex([figure, quote]);
    expect(index.at(32)?.id).toBe('f');
    expect(index.at(29)?.id).toBe('q');
    expect(index.at(36)?.id).toBe('q');
    expect(index.at(80)).toBeNull();
    expect(index.at(9)).toBeNull();
  });

  it('steps through claims in reading order and wraps around', () => {
    const a = span('a', 50, 60);
    const b = span('b', 5, 9);
    const c = span('c', 20, 40);
    const index = new ClaimIndex([a, b, c]);
    expect(index.ordered.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(index.step(null, 'next')?.id).toBe('b');
    expect(index.step(null, 'previous')?.id).toBe('a');
    expect(index.step(c, 'next')?.id).toBe('a');
    expect(index.step(a, 'next')?.id).toBe('b');
    expect(index.step(b, 'previous')?.id).toBe('a');
    expect(index.firstFrom(21)?.id).toBe('a');
    expect(new ClaimIndex([]).step(null, 'next')).toBeNull();
  });
});
