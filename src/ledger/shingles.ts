// Quotations compared by their word 3-grams: two texts match when the Jaccard similarity of their shingle sets
// is at least MATCH_JACCARD (minhash.ts makes that an index lookup).
import { fnv1a } from './hash';

export const MATCH_JACCARD = 0.8;
export const SHINGLE = 3;
/** Shorter texts are too common to mean anything ("we will see"). */
export const MIN_WORDS = 4;

/** The distinct 3-gram shingle hashes of a word string, sorted ascending (the global order). */
export function shingleHashes(words: string): number[] {
  const list = words.toLowerCase().split(' ').filter(Boolean);
  if (list.length < MIN_WORDS) return [];
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= list.length; i++) set.add(fnv1a(list.slice(i, i + SHINGLE).join(' ')));
  return [...set].sort((x, y) => x - y);
}

/** Jaccard similarity of two sorted sets (merge walk). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return common / (a.length + b.length - common);
}
