// The Highlight API painter keeps each highlight's ranges disjoint: Firefox ESR paints overlapping ranges of one
// highlight only in part (the real painting is checked on screenshots in test/e2e/painting.test.ts). jsdom has no
// CSS.highlights, so a registry of the same shape stands in for it here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Level } from '../../../src/analysis/types';
import { extractArticle, type Extraction } from '../../../src/page';
import { HighlightApiPainter } from '../../../content-scripts/highlights';
import { disjointSpans } from '../../../content-scripts/paint-spans';
import { documentFromHtml, loadFixture } from '../load-page';
import { claimAt } from '../claim-factory';
import { randomHighlightNames } from '../../../src/ui/highlight-names';

/** One page load's names, drawn at random as the content script draws them. */
const names = randomHighlightNames();

class FakeHighlight extends Set<AbstractRange> { priority = 0; }
const registry = new Map<string, FakeHighlight>();
const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; StaticRange?: unknown };
let saved: unknown[] = [];

function claimOn(extraction: Extraction, snippet: string, id: string, level: Level): Claim {
  return claimAt(snippet, { id, level }, extraction.text);
}

function textOf(range: AbstractRange): string {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

describe('disjointSpans', () => {
  it('merges overlapping and touching spans, keeps apart ones apart, and lists the members', () => {
    const spans = [{ id: 'b', start: 5, end: 8 }, { id: 'a', start: 0, end: 10 }, { id: 'c', start: 10, end: 12 }, { id: 'd', start: 20, end: 25 }];
    expect(disjointSpans(spans).map((s) => [s.start, s.end, s.members.map((m) => m.id).join('')])).toEqual([[0, 12, 'abc'], [20, 25, 'd']]);
    expect(disjointSpans([])).toEqual([]);
  });
});

describe('HighlightApiPainter', () => {
  const doc = loadFixture('seed-article.html');
  beforeAll(() => {
    saved = [g.CSS, g.Highlight, g.StaticRange];
    g.CSS = { highlights: registry };
    g.Highlight = FakeHighlight;
    g.StaticRange = doc.defaultView!.StaticRange;
  });
  afterAll(() => { [g.CSS, g.Highlight, g.StaticRange] = saved; });

  const extraction = extractArticle(doc);
  const statement = claimOn(extraction, 'reports are that the some 10,000 DPRK troops sent have been confined to assisting the defense of Russian territory in Kursk region.', 's', 'low');
  const figure = claimOn(extraction, 'some 10,000 DPRK troops', 'f', 'low');
  const quote = claimOn(extraction, 'He expressed serious concern', 'q', 'high');

  it('paints nested claims of one level as one range over both, and each claim keeps its own range', () => {
    const painter = new HighlightApiPainter(names);
    painter.draw(extraction, [statement, figure, quote], { highContrast: false });
    const low = [...registry.get(names.low)!];
    expect(low.map(textOf)).toEqual([statement.text]);
    expect([...registry.get(names.high)!].map(textOf)).toEqual([quote.text]);
    expect(textOf(painter.rangeOf('f')!)).toBe(figure.text);
    expect(textOf(painter.rangeOf('s')!)).toBe(statement.text);
    painter.clear();
  });

  it('leaves a highlight untouched when a redraw paints the same claims, and splits it again when one goes', () => {
    const painter = new HighlightApiPainter(names);
    painter.draw(extraction, [statement, figure], { highContrast: false });
    const before = [...registry.get(names.low)!];
    painter.draw(extraction, [figure, statement], { highContrast: false });
    expect([...registry.get(names.low)!]).toEqual(before);
    expect([...registry.get(names.low)!][0]).toBe(before[0]);
    painter.draw(extraction, [figure], { highContrast: false });
    expect([...registry.get(names.low)!].map(textOf)).toEqual([figure.text]);
    painter.draw(extraction, [], { highContrast: false });
    expect(registry.has(names.low)).toBe(false);
    painter.clear();
  });

  it('keeps claims of different levels in their own highlights even where they overlap', () => {
    const painter = new HighlightApiPainter(names);
    painter.draw(extraction, [statement, { ...figure, level: 'high' }], { highContrast: true });
    expect([...registry.get(names['contrast-low'])!].map(textOf)).toEqual([statement.text]);
    expect([...registry.get(names['contrast-high'])!].map(textOf)).toEqual([figure.text]);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('draws a big page in steps, ranges filling in as they run, and redraws by difference (kept ranges never leave)', () => {
    const page = documentFromHtml(`<!doctype html><html><head><title>Counts</title></head><body><article><h1>Counts</h1>${
      Array.from({ length: 300 }, (_, i) => `<p>Officials said ${1000 + i} homes were without power in district ${i}.</p>`).join('')}</article></body></html>`);
    const big = extractArticle(page);
    const all = Array.from({ length: 300 }, (_, i) => claimOn(big, `${1000 + i} homes`, `n${i}`, 'medium'));
    const painter = new HighlightApiPainter(names);
    const steps = painter.drawSteps(big, all, { highContrast: false });
    let taken = 0;
    while (!steps.next().done) {
      taken++;
      const drawnSoFar = registry.get(names.medium)?.size ?? 0;
      expect(drawnSoFar).toBeLessThan(300);
    }
    expect(taken).toBeGreaterThan(5); // measured and added a few dozen at a time, with a chance to stop between
    const first = [...registry.get(names.medium)!];
    expect(first.map(textOf)).toEqual(all.map((c) => c.text));
    // One claim gone, one new: the other 299 ranges are the very objects drawn before, never taken out.
    const next = [...all.slice(1), claimOn(big, 'district 7', 'd7', 'medium')];
    for (const step of painter.drawSteps(big, next, { highContrast: false })) void step;
    const after = [...registry.get(names.medium)!];
    expect(after).toHaveLength(300);
    expect(after).not.toContain(first[0]);
    expect(first.slice(1).every((r) => after.includes(r))).toBe(true);
    expect(after.map(textOf)).toContain('district 7');
    painter.clear();
  });

  it('leaves the highlights right when a drawing is stopped half-way and a new one runs', () => {
    const page = documentFromHtml(`<!doctype html><html><head><title>Counts</title></head><body><article><h1>Counts</h1>${
      Array.from({ length: 300 }, (_, i) => `<p>Officials said ${1000 + i} homes were without power.</p>`).join('')}</article></body></html>`);
    const big = extractArticle(page);
    const all = Array.from({ length: 300 }, (_, i) => claimOn(big, `${1000 + i} homes`, `n${i}`, i % 2 ? 'medium' : 'low'));
    const painter = new HighlightApiPainter(names);
    const steps = painter.drawSteps(big, all, { highContrast: false });
    for (let i = 0; i < 8; i++) steps.next(); // measured all, painting under way
    expect(registry.get(names.low)!.size).toBeGreaterThan(0);
    steps.return(undefined);
    painter.draw(big, [all[3]], { highContrast: false });
    expect(registry.has(names.low)).toBe(false);
    expect([...registry.get(names.medium)!].map(textOf)).toEqual([all[3].text]);
    painter.clear();
  });
});
