// Text offsets of the extraction → DOM ranges. StaticRanges for drawing (they cost the page nothing on
// later mutations); a short-lived live Range only where geometry is needed (hit checks, scrolling, the card).
import { domPointAt } from '../src/page/offsets';
import type { Extraction } from '../src/page/types';

export function staticRangeFor(extraction: Extraction, start: number, end: number): StaticRange | null {
  if (end <= start) return null;
  const from = domPointAt(extraction, start, 'start');
  const to = domPointAt(extraction, end, 'end');
  if (!from || !to) return null;
  return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** A live Range with the same boundaries, for getClientRects(); let it go right after use. */
export function liveRange(range: AbstractRange): Range | null {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return null;
  const live = range.startContainer.ownerDocument!.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return null; // the nodes changed length since the range was made
  }
  return live;
}

/** The claim's box in the viewport (the first line's box when it wraps), or null when not rendered. */
export function clientRectOf(range: AbstractRange): { first: DOMRect; all: DOMRect } | null {
  const live = liveRange(range);
  if (!live) return null;
  const rects = Array.from(live.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  return { first: rects[0], all: live.getBoundingClientRect() };
}

/** True when (x, y) falls on one of the range's line boxes (caret lookups snap to the nearest character). */
export function rangeContainsPoint(range: AbstractRange, x: number, y: number): boolean {
  const live = liveRange(range);
  if (!live) return false;
  for (const r of live.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}
