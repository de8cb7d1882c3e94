// Where the Custom Highlight API is missing: wraps claim text in our own <sourcemark-mark> elements (never
// <span>/<mark>, which page CSS styles), skipping whitespace-only pieces, and puts every text node back as it
// was on clear(). Flat wrappers: where claims nest, the innermost claim's level is drawn.
import type { Claim } from '../src/analysis/types';
import type { Extraction } from '../src/page/types';
import { blockIndexAt } from './block-diff';
import { highlightName, type DrawOptions, type Painter } from './highlights';
import type { HighlightNames } from '../src/ui/highlight-names';

export const MARK_TAG = 'sourcemark-mark';

interface Segment { from: number; to: number; claim: Claim }
/** One page text node we split: the original node (kept, restored) and everything we put in its place. */
interface Split { original: Text; data: string; inserted: Node[] }

function segmentsByNode(extraction: Extraction, claims: readonly Claim[]): Map<Text, Segment[]> {
  const out = new Map<Text, Segment[]>();
  const blocks = extraction.blocks;
  for (const claim of claims) {
    for (let b = Math.max(0, blockIndexAt(blocks, claim.start)); b < blocks.length && blocks[b].start < claim.end; b++) {
      for (const p of blocks[b].pieces) {
        const from = Math.max(claim.start, p.start);
        const to = Math.min(claim.end, p.end);
        if (from >= to) continue;
        const seg = { from: p.nodeStart + from - p.start, to: p.nodeStart + to - p.start, claim };
        const list = out.get(p.node);
        if (list) list.push(seg); else out.set(p.node, [seg]);
      }
    }
  }
  return out;
}

/** The innermost claim covering [a, b) of a node: the covering claim with the latest start. */
function innermost(segments: Segment[], a: number, b: number): Claim | null {
  let best: Claim | null = null;
  for (const s of segments) {
    if (s.from <= a && s.to >= b && (!best || s.claim.start > best.start || (s.claim.start === best.start && s.claim.end < best.end))) best = s.claim;
  }
  return best;
}

export class WrapperPainter implements Painter {
  /** Extraction reads through our wrappers (they hold page text), but their offsets shift: clear() before extracting. */
  readonly wrapsText = true;
  private splits: Split[] = [];
  private readonly claimOf = new WeakMap<Element, string>();
  private byClaim = new Map<string, Element[]>();

  constructor(private readonly names: HighlightNames) {}

  draw(extraction: Extraction, claims: readonly Claim[], { highContrast }: DrawOptions): void {
    this.clear();
    for (const [node, segments] of segmentsByNode(extraction, claims)) {
      if (node.isConnected && node.parentNode) this.wrapNode(node, segments, highContrast);
    }
  }

  private wrapNode(node: Text, segments: Segment[], highContrast: boolean): void {
    const data = node.data;
    const cuts = [...new Set([0, data.length, ...segments.flatMap((s) => [s.from, s.to])])].sort((x, y) => x - y);
    const doc = node.ownerDocument;
    const parts: Node[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const text = data.slice(cuts[i], cuts[i + 1]);
      const claim = innermost(segments, cuts[i], cuts[i + 1]);
      if (!claim || !text.trim()) {
        parts.push(doc.createTextNode(text));
        continue;
      }
      const wrapper = doc.createElement(MARK_TAG);
      wrapper.setAttribute('data-level', highlightName(this.names, claim.level, highContrast));
      wrapper.textContent = text;
      this.claimOf.set(wrapper, claim.id);
      const list = this.byClaim.get(claim.id);
      if (list) list.push(wrapper); else this.byClaim.set(claim.id, [wrapper]);
      parts.push(wrapper);
    }
    const parent = node.parentNode!;
    for (const part of parts) parent.insertBefore(part, node);
    parent.removeChild(node);
    this.splits.push({ original: node, data, inserted: parts });
  }

  /** The claim whose wrapper was clicked: wrappers get events, so no caret lookup is needed. */
  claimIdAt(target: EventTarget | null): string | null {
    const el = target && typeof (target as Element).closest === 'function' ? (target as Element).closest(MARK_TAG) : null;
    return el ? this.claimOf.get(el) ?? null : null;
  }

  mark(): void {
    // Focus and mention marks need the Highlight API; the card's text carries the same information.
  }

  rangeOf(claimId: string): AbstractRange | null {
    const wrappers = this.byClaim.get(claimId);
    if (!wrappers?.length) return null;
    const last = wrappers[wrappers.length - 1];
    const view = last.ownerDocument.defaultView;
    if (!view) return null;
    return new view.StaticRange({ startContainer: wrappers[0], startOffset: 0, endContainer: last, endOffset: last.childNodes.length });
  }

  clear(): void {
    // Newest first, so each original node goes back exactly where it was.
    for (const { original, data, inserted } of this.splits.reverse()) {
      const anchor = inserted.find((n) => n.parentNode);
      if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
      if (original.data !== data) original.data = data;
      for (const n of inserted) n.parentNode?.removeChild(n);
    }
    this.splits = [];
    this.byClaim = new Map();
  }
}
