// Where the card goes: below the claim when it fits, else above, else on the side with more room; always
// inside the viewport. Pure geometry, so it is tested without a browser.
export interface Box { top: number; bottom: number; left: number; right: number }
export interface Size { width: number; height: number }
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The card scrolls inside this height, so it never covers the claim. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;
/** Below this, a card squeezed beside the claim is unusable: it may cover the claim instead. */
const MIN_HEIGHT = 140;

export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const height = Math.min(card.height, maxHeight);
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const top = clamp(rawTop, MARGIN, Math.max(MARGIN, viewport.height - height - MARGIN));
  const left = clamp(anchor.left, MARGIN, Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), side, maxHeight };
}

/** True while any part of the claim is inside the viewport. */
export function isInView(anchor: Box, viewport: Size): boolean {
  return anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
