// The packed postings of the match index: merging keeps claim-key order, replaces and removes by claim key.
import { describe, expect, it } from 'vitest';
import { figureRelation, merge, unpack, type Posting } from '../../../src/ledger/postings';
import type { FigureFacts } from '../../../src/ledger/types';

const p = (key: number, a = 0): Posting => ({ key, a, b: 0, c: -1 });
const keys = (packed: Float64Array | null) => [...unpack(packed ?? undefined)].map((x) => x.key);

describe('postings', () => {
  it('merges in claim-key order, replacing a claim filed again and dropping removed ones', () => {
    const first = merge(undefined, new Set(), [p(30), p(10), p(20)]);
    expect(keys(first)).toEqual([10, 20, 30]);
    const second = merge(first!, new Set([20]), [p(5), p(30, 7), p(40)]);
    expect(keys(second)).toEqual([5, 10, 30, 40]);
    expect([...unpack(second!)].find((x) => x.key === 30)!.a).toBe(7);
    expect(merge(second!, new Set([5, 10, 30, 40]), [])).toBeNull();
  });

  it('holds the same postings as a sort of everything, over many random merges', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let packed: Float64Array | null = null;
    const truth = new Map<number, number>();
    for (let step = 0; step < 300; step++) {
      const remove = new Set([...truth.keys()].filter(() => rand() < 0.1));
      const add = Array.from({ length: Math.floor(rand() * 5) }, () => p(Math.floor(rand() * 500), step));
      for (const k of remove) truth.delete(k);
      for (const x of add) truth.set(x.key, x.a);
      packed = merge(packed ?? undefined, remove, add);
      expect([...unpack(packed ?? undefined)].map((x) => [x.key, x.a])).toEqual([...truth].sort((x, y) => x[0] - y[0]));
    }
  });

  it('a figure posting agrees when bounds overlap, conflicts when not, and killed is not injured', () => {
    const f: FigureFacts = { topic: 'casualties', lemma: 'person', lo: 40, hi: 40, entities: ['kharkiv'], aspect: 'killed' };
    expect(figureRelation(f, { key: 1, a: 38, b: 42, c: 1 })).toBe('agrees');
    expect(figureRelation(f, { key: 1, a: 30, b: 30, c: 0 })).toBe('conflicts');
    expect(figureRelation(f, { key: 1, a: 40, b: 40, c: 2 })).toBeNull();
    expect(figureRelation(f, { key: 1, a: 40, b: 40, c: -1 })).toBeNull();
  });
});
