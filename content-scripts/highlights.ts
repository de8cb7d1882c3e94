// Draws claims with the CSS Custom Highlight API: one Highlight per level, registered in the page's own
// CSS.highlights under this page load's random name for the level (or for its high-contrast variant; see
// src/ui/highlight-names.ts), built from StaticRanges. Names carry no data: page scripts can read the registry.
// Nothing in the page's DOM changes.
// A highlight holds disjoint ranges (see paint-spans.ts): overlapping claims of one level share one range.
import type { Claim, Level } from '../src/analysis/types';
import type { Extraction } from '../src/page/types';
import { staticRangeFor } from './ranges';
import { disjointSpans, type PaintSpan } from './paint-spans';
import { HIGHLIGHT_MARKS, levelKey, type HighlightNames, type Mark } from '../src/ui/highlight-names';

export type { Mark };
const MARK_PRIORITY: Record<Mark, number> = { focus: 1, mention: 2, flash: 3 };

export interface DrawOptions { highContrast: boolean }
interface DrawnClaim { id: string; start: number; end: number; range: StaticRange; name: string }

/** What draws claims on the page: the Highlight API, or our own wrapper elements where it is missing. */
export interface Painter {
  /** Draws exactly these claims, replacing whatever was drawn before. */
  draw(extraction: Extraction, claims: readonly Claim[], options: DrawOptions): void;
  /** Marks a range (the open card's claim, its source's mention), or removes the mark with null. */
  mark(kind: Mark, range: AbstractRange | null): void;
  /** The drawn range of a claim, when it is drawn. */
  rangeOf(claimId: string): AbstractRange | null;
  clear(): void;
}

export function highlightName(names: HighlightNames, level: Level, highContrast = false): string {
  return names[levelKey(level, highContrast)];
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

export class HighlightApiPainter implements Painter {
  /** Ranges drawn per claim id: a claim kept across a live update keeps its range (its nodes did not change). */
  private drawn = new Map<string, DrawnClaim>();
  /** Ranges over overlapping claims of one level, by the ids they cover. */
  private merged = new Map<string, StaticRange>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly markNames: ReadonlySet<string>;

  constructor(private readonly names: HighlightNames) {
    this.markNames = new Set(HIGHLIGHT_MARKS.map((m) => names[m]));
  }

  private highlight(name: string, priority = 0): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priority;
      this.highlights.set(name, h);
    }
    // Registered again on every use: a page script may have cleared the registry.
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    return h;
  }

  draw(extraction: Extraction, claims: readonly Claim[], { highContrast }: DrawOptions): void {
    const next = new Map<string, DrawnClaim>();
    const byName = new Map<string, DrawnClaim[]>();
    for (const claim of claims) {
      const name = highlightName(this.names, claim.level, highContrast);
      const range = this.drawn.get(claim.id)?.range ?? staticRangeFor(extraction, claim.start, claim.end);
      if (!range) continue;
      const drawn = { id: claim.id, start: claim.start, end: claim.end, range, name };
      next.set(claim.id, drawn);
      const list = byName.get(name);
      if (list) list.push(drawn); else byName.set(name, [drawn]);
    }
    this.drawn = next;
    const merged = new Map<string, StaticRange>();
    for (const [name, list] of byName) this.paint(name, disjointSpans(list).map((span) => this.spanRange(span, merged)));
    this.merged = merged;
    for (const [name] of this.highlights) {
      if (!this.markNames.has(name) && !byName.has(name)) this.forget(name);
    }
  }

  /** A claim's own range where it stands alone; where claims overlap, one range over all of them (kept while they are). */
  private spanRange(span: PaintSpan<DrawnClaim>, merged: Map<string, StaticRange>): StaticRange {
    if (span.members.length === 1) return span.members[0].range;
    const key = span.members.map((m) => m.id).sort().join(' ');
    const first = span.members.reduce((a, b) => (b.start < a.start ? b : a));
    const last = span.members.reduce((a, b) => (b.end > a.end ? b : a));
    const range = this.merged.get(key) ?? new StaticRange({
      startContainer: first.range.startContainer, startOffset: first.range.startOffset,
      endContainer: last.range.endContainer, endOffset: last.range.endOffset,
    });
    merged.set(key, range);
    return range;
  }

  /** Puts exactly these ranges in the named highlight; leaves it alone when they are the ones it holds. */
  private paint(name: string, ranges: StaticRange[]): void {
    const h = this.highlight(name);
    if (h.size === ranges.length && ranges.every((r) => h.has(r))) return;
    h.clear();
    for (const r of ranges) h.add(r);
  }

  private forget(name: string): void {
    const h = this.highlights.get(name);
    if (h && CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    this.highlights.delete(name);
  }

  mark(kind: Mark, range: AbstractRange | null): void {
    const name = this.names[kind];
    if (!range) {
      this.highlights.get(name)?.clear();
      if (CSS.highlights.get(name) === this.highlights.get(name)) CSS.highlights.delete(name);
      this.highlights.delete(name);
      return;
    }
    const h = this.highlight(name, MARK_PRIORITY[kind]);
    h.clear();
    h.add(range);
  }

  rangeOf(claimId: string): AbstractRange | null {
    return this.drawn.get(claimId)?.range ?? null;
  }

  clear(): void {
    for (const [name, h] of this.highlights) {
      if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.drawn.clear();
    this.merged.clear();
  }
}

