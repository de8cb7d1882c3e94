// The per-language bench (scripts/bench-languages.ts) measures every contender in the same rounds.
import { describe, expect, it } from 'vitest';
import { quantile, rounds } from '../../scripts/bench-languages';

const spin = (ms: number) => { const until = performance.now() + ms; while (performance.now() < until); };

describe('bench rounds', () => {
  it('quantile reads the sorted values', () => {
    expect(quantile([5, 1, 3, 2, 4], 0)).toBe(1);
    expect(quantile([5, 1, 3, 2, 4], 0.25)).toBe(2);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 1)).toBe(5);
  });

  it('gives every contender a batch in every round, and a slower one a longer time per call', () => {
    const contender = (name: string, ms: number) => ({ name, fn: () => spin(ms), batchMs: 4, warmMs: 0 });
    const times = rounds([contender('a', 0.2), contender('b', 0.2), contender('slow', 1)], 0.3);
    expect(times[0].length).toBeGreaterThan(3);
    expect(times.map((t) => t.length)).toEqual([times[0].length, times[0].length, times[0].length]);
    // CPU time: the spin is the process's own work, so a call five times as long reads as longer.
    expect(quantile(times[2], 0.5)).toBeGreaterThan(quantile(times[0], 0.5) * 2);
  });
});
