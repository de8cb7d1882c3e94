// The content script's coalescing of a page that changes faster than it can be read.
import { describe, expect, it } from 'vitest';
import { ChurnBackoff } from '../../content-scripts/churn-backoff';

describe('ChurnBackoff', () => {
  it('does not delay a change that finds no read in progress', () => {
    const backoff = new ChurnBackoff({ baseMs: 200, maxMs: 1600 });
    expect([backoff.delayFor(false), backoff.delayFor(false)]).toEqual([0, 0]);
  });

  it('doubles the wait while changes keep arriving during reads, up to the cap, and resets when one finds us idle', () => {
    const backoff = new ChurnBackoff({ baseMs: 200, maxMs: 1600 });
    const waits = [1, 2, 3, 4, 5, 6].map(() => backoff.delayFor(true));
    expect(waits).toEqual([200, 400, 800, 1600, 1600, 1600]);
    expect(backoff.delayFor(false)).toBe(0);
    expect(backoff.delayFor(true)).toBe(200);
  });
});
