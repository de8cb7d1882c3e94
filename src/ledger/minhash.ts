// Index keys for quotations and statements: MinHash (Broder 1997). For each of a few fixed hash orders, the key
// is the smallest member of the text's compared set in that order. Two sets share one such key with probability
// equal to their Jaccard similarity J, so with MINHASH_KEYS keys a pair is found unless it misses on every one:
// probability (1 - J)^4, that is 0 for the same text, 0.16% for quotations at the threshold (J = 0.8) and 2.6%
// for statements at theirs (J = 0.6). Unlike prefix filtering (which finds every pair but needs about a fifth of a
// quotation's shingles as keys, and two fifths of a statement's pairs), the number of keys is fixed: a lookup
// costs the same whatever the length of the texts, and so does the index.
import { hash52 } from './hash';

export const MINHASH_KEYS = 4;
const SEEDS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f].slice(0, MINHASH_KEYS);

/** A bijection of 32-bit integers that scatters neighbouring inputs (MurmurHash3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash keys of a set of 32-bit hashes, for one kind of text (quotations and statements never share keys). */
export function minHashKeys(set: readonly number[], kind: string): number[] {
  if (!set.length) return [];
  return SEEDS.map((seed, i) => {
    let min = Infinity;
    for (const x of set) {
      const v = mix((x ^ seed) >>> 0);
      if (v < min) min = v;
    }
    return hash52(`${kind}|${i}|${min}`);
  });
}
