// Draws claims with the CSS Custom Highlight API: one Highlight per level, registered in the page's own
// CSS.highlights as `sourcemark-<level>` (or `sourcemark-contrast-<level>` in high contrast), built from
// StaticRanges. Names carry no data: page scripts can read the registry. Nothing in the page's DOM changes.
import type { Claim, Level } from '../src/analysis/types';
import type { Extraction } from '../src/page/types';
import { staticRangeFor } from './ranges';

export const HIGHLIGHT_PREFIX = 'sourcemark';
/** The marks drawn while a card is open or a claim is being shown; painted above the level colours. */
export type Mark = 'focus' | 'mention' | 'flash';
const MARK_PRIORITY: Record<Mark, number> = { focus: 1, mention: 2, flash: 3 };

export interface DrawOptions { highContrast: boolean }

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

export function highlightName(level: Level, highContrast = false): string {
  return highContrast ? `${HIGHLIGHT_PREFIX}-contrast-${level}` : `${HIGHLIGHT_PREFIX}-${level}`;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

export class HighlightApiPainter implements Painter {
  /** Ranges drawn per claim id: a claim kept across a live update keeps its range (its nodes did not change). */
  private drawn = new Map<string, { range: StaticRange; name: string }>();
  private readonly highlights = new Map<string, Highlight>();

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
    const next = new Map<string, { range: StaticRange; name: string }>();
    for (const claim of claims) {
      const name = highlightName(claim.level, highContrast);
      const old = this.drawn.get(claim.id);
      const range = old?.range ?? staticRangeFor(extraction, claim.start, claim.end);
      if (!range) continue;
      next.set(claim.id, { range, name });
      if (old && old.name === name) continue;
      if (old) this.highlights.get(old.name)?.delete(old.range);
      this.highlight(name).add(range);
    }
    for (const [id, old] of this.drawn) {
      if (!next.has(id)) this.highlights.get(old.name)?.delete(old.range);
    }
    this.drawn = next;
    for (const [name, h] of this.highlights) {
      if (name.startsWith(`${HIGHLIGHT_PREFIX}-`) && !isMarkName(name) && h.size === 0) {
        CSS.highlights.delete(name);
        this.highlights.delete(name);
      }
    }
  }

  mark(kind: Mark, range: AbstractRange | null): void {
    const name = `${HIGHLIGHT_PREFIX}-${kind}`;
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
  }
}

function isMarkName(name: string): boolean {
  return (Object.keys(MARK_PRIORITY) as Mark[]).some((m) => name === `${HIGHLIGHT_PREFIX}-${m}`);
}

