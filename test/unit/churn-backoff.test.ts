// The content script's coalescing of a page that changes faster than it can be read.
import { describe, expect, it } from 'vitest';
import { ChurnBackoff } from '../../content-scripts/churn-backoff';

const options = { baseMs: 200, maxMs: 1600, share: 0.25, maxShareWaitMs: 8000 };

describe('ChurnBackoff', () => {
  it('does not delay a change that finds no read in progress and no recent read', () => {
    const backoff = new ChurnBackoff(options);
    expect([backoff.delayFor(false, 0), backoff.delayFor(false, 10)]).toEqual([0, 0]);
    backoff.ran(100, 120);
    expect(backoff.delayFor(false, 1000)).toBe(0);
  });

  it('doubles the wait while changes keep arriving during reads, up to the cap, and resets when one finds us idle', () => {
    const backoff = new ChurnBackoff(options);
    const waits = [1, 2, 3, 4, 5, 6].map(() => backoff.delayFor(true, 0));
    expect(waits).toEqual([200, 400, 800, 1600, 1600, 1600]);
    expect(backoff.delayFor(false, 0)).toBe(0);
    expect(backoff.delayFor(true, 0)).toBe(200);
  });

  it('keeps reads to their share of the time: a costly read makes the next one wait three times its cost', () => {
    const backoff = new ChurnBackoff(options);
    backoff.ran(1000, 1600); // a 600 ms read of a big page
    expect(backoff.delayFor(false, 1600)).toBe(1800);
    expect(backoff.delayFor(false, 2600)).toBe(800);
    expect(backoff.delayFor(false, 3400)).toBe(0);
    backoff.ran(0, 20); // a cheap read: a short wait
    expect(backoff.delayFor(false, 20)).toBe(60);
  });

  it('never waits longer than the cap, and the longer of the two rules wins', () => {
    const backoff = new ChurnBackoff(options);
    backoff.ran(0, 10_000);
    expect(backoff.delayFor(false, 10_000)).toBe(8000);
    const cheap = new ChurnBackoff(options);
    cheap.ran(0, 10);
    expect(cheap.delayFor(true, 10)).toBe(200);
  });
});
