// The offset map both ways: text offset -> DOM point (to build StaticRanges) and DOM point -> text offset
// (click hit-testing from caretPositionFromPoint). Both are binary searches over lazily built indexes.
import type { Extraction, TextPiece } from './types';

export interface DomPoint { node: Text; offset: number }

const flatPieces = new WeakMap<Extraction, TextPiece[]>();
const piecesByNode = new WeakMap<Extraction, Map<Text, TextPiece[]>>();

function allPieces(extraction: Extraction): TextPiece[] {
  let pieces = flatPieces.get(extraction);
  if (!pieces) {
    pieces = extraction.blocks.flatMap((b) => b.pieces);
    flatPieces.set(extraction, pieces);
  }
  return pieces;
}

/**
 * The DOM point of a text offset. `start` affinity is for a range's start: an offset that falls on a
 * collapsed space or a block break moves forward to the next character from the page; `end` affinity is
 * for a range's end and moves back to the end of the previous one. Null when there is no such character.
 */
export function domPointAt(extraction: Extraction, offset: number, affinity: 'start' | 'end'): DomPoint | null {
  const pieces = allPieces(extraction);
  if (affinity === 'start') {
    // First piece whose end is beyond the offset.
    const i = firstIndex(pieces, (p) => p.end > offset);
    const p = pieces[i];
    if (!p) return null;
    return { node: p.node, offset: p.nodeStart + Math.max(0, offset - p.start) };
  }
  // Last piece whose start is before the offset.
  const i = firstIndex(pieces, (p) => p.start >= offset) - 1;
  const p = pieces[i];
  if (!p) return null;
  return { node: p.node, offset: p.nodeStart + Math.min(offset, p.end) - p.start };
}

/**
 * The text offset of a DOM point, or null when the node is not part of the extraction. A point inside
 * whitespace that was collapsed away maps to the next character taken from that node (or the end of the
 * last one).
 */
export function textOffsetAt(extraction: Extraction, node: Node, nodeOffset: number): number | null {
  let index = piecesByNode.get(extraction);
  if (!index) {
    index = new Map();
    for (const p of allPieces(extraction)) {
      const list = index.get(p.node);
      if (list) list.push(p);
      else index.set(p.node, [p]);
    }
    piecesByNode.set(extraction, index);
  }
  const list = index.get(node as Text);
  if (!list) return null;
  // Pieces of one node are in node order (text order follows document order).
  const i = firstIndex(list, (p) => p.nodeStart + (p.end - p.start) > nodeOffset);
  const p = list[i];
  if (!p) {
    const last = list[list.length - 1];
    return last.end;
  }
  return p.start + Math.max(0, nodeOffset - p.nodeStart);
}

/** Binary search: the first index whose item satisfies a predicate that is monotone (false... then true...). */
function firstIndex<T>(items: T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
