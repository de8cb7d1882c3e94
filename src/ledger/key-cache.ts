// Which match keys the ledger holds, kept in memory by the context that looks up (the background), so that a
// lookup asks IndexedDB only for keys that have postings. Most keys of a page have none (a claim read for the
// first time), and each request costs far more than the check (one IndexedDB get against a binary search in a
// typed array). Built from one getAllKeys of the postings (sorted by IndexedDB), 8 bytes a key; keys this
// context adds later go in a small set. A write from another context (the ledger page's import) bumps a
// generation stored with the postings, and the next lookup rebuilds the cache. Keys deleted since the build stay
// in it: that only costs a request that finds nothing, never a missed match.

/** The postings' key that holds the write generation (match keys are never negative). */
export const GENERATION_KEY = -1;

export class KeyCache {
  private readonly added = new Set<number>();

  private constructor(private readonly sorted: Float64Array, public generation: number) {}

  /** From the postings' keys in ascending order (as getAllKeys gives them), the generation key dropped. */
  static build(keys: readonly number[], generation: number): KeyCache {
    return new KeyCache(Float64Array.from(keys.filter((k) => k !== GENERATION_KEY)), generation);
  }

  has(key: number): boolean {
    if (this.added.has(key)) return true;
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.sorted[mid];
      if (v === key) return true;
      if (v < key) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /** Keys this context wrote in the transaction that moved the generation from `from` to `from + 1`. */
  wrote(from: number, keys: Iterable<number>): boolean {
    if (this.generation !== from) return false;
    for (const k of keys) this.added.add(k);
    this.generation = from + 1;
    return true;
  }

  /** Bytes held (the sorted keys, and about 40 bytes a key added since). */
  get bytes(): number {
    return this.sorted.byteLength + this.added.size * 40;
  }

  get size(): number {
    return this.sorted.length + this.added.size;
  }
}
