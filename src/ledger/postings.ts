// The ledger's match index as packed postings: for each match key, one Float64Array of the claims filed under
// it, four numbers a claim, sorted by claim key (so the newest first-read article comes first). A lookup reads
// one such array per key of the article (one request each, whatever the number of claims under it) and decides
// in memory, from the numbers alone, which claims match:
//   figure:     [claim key, lo, hi, aspect code >= 0]   the key already fixes topic, lemma and one entity;
//   quotation:  [claim key, set size, set fingerprint, -1]
//   statement:  [claim key, set size, set fingerprint, -2]
// Figures are decided here completely (agree or conflict); words are decided here when the sets are the same
// (same size and fingerprint: the same text, as a wire quotation repeated across outlets), otherwise the size
// filter leaves the few candidates that must be read and compared.
import { fnv1a } from './hash';
import type { FigureFacts, LedgerEntry } from './types';

export const STRIDE = 4;
const ASPECTS = ['', 'killed', 'injured', 'missing', 'captured'];
const QUOTE = -1;
const STATEMENT = -2;

export function aspectCode(aspect: string): number {
  const i = ASPECTS.indexOf(aspect);
  return i === -1 ? ASPECTS.length + (fnv1a(aspect) % 1000) : i;
}

/** One stored claim's posting (the same four numbers under each of its keys). */
export interface Posting { key: number; a: number; b: number; c: number }

/** A fingerprint of a sorted hash set: equal sets have equal fingerprints. */
export function fingerprint(sorted: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const x of sorted) h = Math.imul(h ^ x, 0x01000193);
  return h >>> 0;
}

/** The posting of a claim, from its facts or its compared set (shingles for quotations, word pairs for statements). */
export function postingOf(key: number, entry: Pick<LedgerEntry, 'form' | 'f'>, set: readonly number[]): Posting {
  if (entry.f) return { key, a: entry.f.lo, b: entry.f.hi, c: aspectCode(entry.f.aspect) };
  return { key, a: set.length, b: fingerprint(set), c: entry.form === 'statement' ? STATEMENT : QUOTE };
}

export function isFigurePosting(p: Posting): boolean {
  return p.c >= 0;
}

export function formCode(form: LedgerEntry['form']): number {
  return form === 'statement' ? STATEMENT : QUOTE;
}

/** The postings packed in an array, in claim-key order. */
export function* unpack(packed: Float64Array | undefined): Generator<Posting> {
  if (!packed) return;
  for (let i = 0; i + STRIDE <= packed.length; i += STRIDE) yield { key: packed[i], a: packed[i + 1], b: packed[i + 2], c: packed[i + 3] };
}

/**
 * `packed` with the postings of the claim keys in `remove` taken out and `add` put in, in claim-key order; null
 * when nothing is left (the key's record is then deleted).
 */
export function merge(packed: Float64Array | undefined, remove: ReadonlySet<number>, add: readonly Posting[]): Float64Array | null {
  // The last posting given for a claim wins.
  const adding = [...new Map(add.map((p) => [p.key, p])).values()].sort((x, y) => x.key - y.key);
  const replaced = new Set(adding.map((p) => p.key));
  const rows = packed ? packed.length / STRIDE : 0;
  let kept = 0;
  for (let r = 0; r < rows; r++) if (!remove.has(packed![r * STRIDE]) && !replaced.has(packed![r * STRIDE])) kept++;
  if (kept + adding.length === 0) return null;
  // Both sides are in claim-key order: one merge walk, typed arrays throughout (a followed subject's key may
  // hold thousands of postings, rewritten on every article that adds to it).
  const out = new Float64Array((kept + adding.length) * STRIDE);
  let o = 0;
  let a = 0;
  for (let r = 0; r <= rows; r++) {
    const key = r < rows ? packed![r * STRIDE] : Infinity;
    while (a < adding.length && adding[a].key < key) {
      const p = adding[a++];
      out[o++] = p.key; out[o++] = p.a; out[o++] = p.b; out[o++] = p.c;
    }
    if (r === rows || remove.has(key) || replaced.has(key)) continue;
    out.set(packed!.subarray(r * STRIDE, (r + 1) * STRIDE), o);
    o += STRIDE;
  }
  return out;
}

/** Whether a figure posting counts the same thing as `f` (the key fixed topic, lemma and an entity) and how. */
export function figureRelation(f: FigureFacts, p: Posting): 'agrees' | 'conflicts' | null {
  if (!isFigurePosting(p)) return null;
  const mine = aspectCode(f.aspect);
  if (mine !== 0 && p.c !== 0 && mine !== p.c) return null;
  return f.lo <= p.b && p.a <= f.hi ? 'agrees' : 'conflicts';
}
