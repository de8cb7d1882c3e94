// Compares two extractions of the same article block by block, so a live update re-reads only what changed.
// A block is unchanged when its text and the DOM text nodes behind it are the same: then its claims, and the
// StaticRanges drawn for them, are still right (only their text offsets may have moved).
import type { Claim, Span } from '../src/analysis/types';
import type { ExtractedBlock, Extraction } from '../src/page/types';

export interface BlockDiff {
  /** Blocks [0, prefix) are unchanged and at the same offsets. */
  prefix: number;
  /** The last `suffix` blocks of each side are unchanged (offsets shifted). */
  suffix: number;
}

function sameBlock(a: Extraction, ab: ExtractedBlock, b: Extraction, bb: ExtractedBlock): boolean {
  if (ab.end - ab.start !== bb.end - bb.start || ab.pieces.length !== bb.pieces.length) return false;
  for (let i = 0; i < ab.pieces.length; i++) {
    const p = ab.pieces[i];
    const q = bb.pieces[i];
    if (p.node !== q.node || p.nodeStart !== q.nodeStart || p.start - ab.start !== q.start - bb.start || p.end - p.start !== q.end - q.start) return false;
  }
  return a.text.slice(ab.start, ab.end) === b.text.slice(bb.start, bb.end);
}

export function diffBlocks(before: Extraction, after: Extraction): BlockDiff {
  const a = before.blocks;
  const b = after.blocks;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix].start === b[prefix].start && sameBlock(before, a[prefix], after, b[prefix])) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix
    && sameBlock(before, a[a.length - 1 - suffix], after, b[b.length - 1 - suffix])) suffix++;
  return { prefix, suffix };
}

function shiftSpan<T extends Span>(span: T, delta: number): T {
  return { ...span, start: span.start + delta, end: span.end + delta };
}

/** The same claim with every offset moved by `delta` (its block moved in the text, its words did not). */
export function shiftClaim(claim: Claim, delta: number): Claim {
  if (delta === 0) return claim;
  const moved: Claim = shiftSpan(claim, delta);
  if (claim.cue) moved.cue = shiftSpan(claim.cue, delta);
  if (claim.source?.mention) moved.source = { ...claim.source, mention: shiftSpan(claim.source.mention, delta) };
  return moved;
}

/** Index of the block holding `offset` (blocks sorted by start), or -1. */
export function blockIndexAt(blocks: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && offset <= blocks[found].end ? found : -1;
}
