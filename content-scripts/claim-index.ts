// Finds the claim at a text offset without scanning every claim: claims sorted by start (outer before inner
// at equal starts) plus a running maximum of ends, so a lookup is a binary search and a short walk back.
import type { Claim } from '../src/analysis/types';

export class ClaimIndex {
  /** Claims in reading order (start ascending; at equal starts the longer one first). */
  readonly ordered: readonly Claim[];
  private readonly starts: number[];
  /** maxEnd[i] = the largest end among ordered[0..i]: where walking back can stop. */
  private readonly maxEnd: number[];
  private readonly byId: Map<string, Claim>;

  constructor(claims: readonly Claim[]) {
    this.ordered = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
    this.starts = this.ordered.map((c) => c.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const c of this.ordered) this.maxEnd.push((max = Math.max(max, c.end)));
    this.byId = new Map(this.ordered.map((c) => [c.id, c]));
  }

  get size(): number {
    return this.ordered.length;
  }

  get(id: string): Claim | undefined {
    return this.byId.get(id);
  }

  /** Index of the last claim whose start is <= offset, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** The innermost claim covering text[offset], or null. */
  at(offset: number): Claim | null {
    for (let i = this.lastStartingAtOrBefore(offset); i >= 0 && this.maxEnd[i] > offset; i--) {
      // Walking back, the first claim that still covers the offset has the latest start: the innermost.
      if (this.ordered[i].end > offset) return this.ordered[i];
    }
    return null;
  }

  /** Position of a claim in reading order, or -1. */
  indexOf(claim: Claim): number {
    const byId = this.byId.get(claim.id);
    return byId ? this.ordered.indexOf(byId) : -1;
  }

  /** The claim after (or before) `current` in reading order; from nothing, the first (or last). Wraps around. */
  step(current: Claim | null, direction: 'next' | 'previous'): Claim | null {
    const n = this.ordered.length;
    if (n === 0) return null;
    const i = current ? this.indexOf(current) : -1;
    if (i < 0) return direction === 'next' ? this.ordered[0] : this.ordered[n - 1];
    return this.ordered[(i + (direction === 'next' ? 1 : n - 1)) % n];
  }

  /** The first claim starting at or after offset (for "next" from the reader's scroll position). */
  firstFrom(offset: number): Claim | null {
    const i = this.lastStartingAtOrBefore(offset - 1) + 1;
    return this.ordered[i] ?? null;
  }
}
