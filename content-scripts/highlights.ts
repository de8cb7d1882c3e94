// Draws claims with the CSS Custom Highlight API: one Highlight per level, registered in the page's own
// CSS.highlights under this page load's random name for the level (or for its high-contrast variant; see
// src/ui/highlight-names.ts), built from StaticRanges. Names carry no data: page scripts can read the registry.
// Nothing in the page's DOM changes.
// A highlight holds disjoint ranges (see paint-spans.ts): overlapping claims of one level share one range.
// Drawing is a generator (`drawSteps`) so a big page is drawn in slices (content-scripts/slices.ts): 2,000 claims
// drawn at once were a 30-40 ms task in Firefox ESR, and the highlights' first paint another 30. A highlight is
// changed by difference (ranges no longer drawn out, new ones in, in chunks), never cleared and refilled.
import type { Claim, Level } from '../src/analysis/types';
import type { Extraction } from '../src/page/types';
import { staticRangeFor } from './ranges';
import { disjointSpans, type PaintSpan } from './paint-spans';
import { HIGHLIGHT_MARKS, levelKey, type HighlightNames, type Mark } from '../src/ui/highlight-names';

export type { Mark };
const MARK_PRIORITY: Record<Mark, number> = { focus: 1, mention: 2, flash: 3 };
/** Claims measured, or ranges added, between two chances to end a slice. */
const STEP = 50;

export interface DrawOptions { highContrast: boolean }
interface DrawnClaim { id: string; start: number; end: number; range: StaticRange; name: string }

/** What draws claims on the page: the Highlight API, or our own wrapper elements where it is missing. */
export interface Painter {
  /** Draws exactly these claims, replacing whatever was drawn before. */
  draw(extraction: Extraction, claims: readonly Claim[], options: DrawOptions): void;
  /** The same, as steps to run in slices (the Highlight API painter only; absent where drawing changes the DOM). */
  drawSteps?(extraction: Extraction, claims: readonly Claim[], options: DrawOptions): Generator<void, void>;
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
  /** The ranges each level's highlight holds, as we put them there. */
  private readonly held = new Map<string, Set<StaticRange>>();
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

  draw(extraction: Extraction, claims: readonly Claim[], options: DrawOptions): void {
    for (const step of this.drawSteps(extraction, claims, options)) void step;
  }

  *drawSteps(extraction: Extraction, claims: readonly Claim[], { highContrast }: DrawOptions): Generator<void, void> {
    const next = new Map<string, DrawnClaim>();
    const byName = new Map<string, DrawnClaim[]>();
    let n = 0;
    for (const claim of claims) {
      if (++n % STEP === 0) yield;
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
    const painted: Array<[string, StaticRange[]]> = [...byName].map(([name, list]) => [name, disjointSpans(list).map((span) => this.spanRange(span, merged))]);
    this.merged = merged;
    for (const [name] of this.highlights) {
      if (!this.markNames.has(name) && !byName.has(name)) this.forget(name);
    }
    for (const [name, ranges] of painted) yield* this.paint(name, ranges);
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

  /** Puts exactly these ranges in the named highlight: those it no longer holds out, the new ones in, in chunks.
   *  What it holds is our own record (Firefox's content scripts cannot iterate a page-side Highlight); a highlight
   *  whose size disagrees with the record (a page script changed it) is refilled whole. */
  private *paint(name: string, ranges: StaticRange[]): Generator<void, void> {
    const h = this.highlight(name);
    let held = this.held.get(name);
    if (!held || held.size !== h.size) {
      h.clear();
      held = new Set();
      this.held.set(name, held);
    }
    const wanted = new Set(ranges);
    for (const r of held) {
      if (!wanted.has(r)) { h.delete(r); held.delete(r); }
    }
    let n = 0;
    for (const r of ranges) {
      if (held.has(r)) continue;
      if (++n % STEP === 0) {
        yield;
        this.highlight(name); // registered again: a page script may have cleared the registry meanwhile
        if (h.size !== held.size) return yield* this.paint(name, ranges); // or changed the highlight itself
      }
      h.add(r);
      held.add(r);
    }
  }

  private forget(name: string): void {
    const h = this.highlights.get(name);
    if (h && CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    this.highlights.delete(name);
    this.held.delete(name);
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
    this.held.clear();
    this.drawn.clear();
    this.merged.clear();
  }
}

