// Where the Highlight API is missing (jsdom has none): claims are wrapped in <sourcemark-mark>, the innermost
// claim wins where claims nest, whitespace-only pieces stay unwrapped, and clear() puts the page back exactly.
import { describe, expect, it } from 'vitest';
import type { Claim, Level } from '../../../src/analysis/types';
import { extractArticle, type Extraction } from '../../../src/page';
import { MARK_TAG, WrapperPainter } from '../../../content-scripts/fallback-marks';
import { highlightApiAvailable } from '../../../content-scripts/highlights';
import { loadFixture } from '../load-page';
import { randomHighlightNames } from '../../../src/ui/highlight-names';

/** One page load's names, drawn at random as the content script draws them. */
const names = randomHighlightNames();

function claimOn(extraction: Extraction, snippet: string, id: string, level: Level): Claim {
  const start = extraction.text.indexOf(snippet);
  if (start < 0) throw new Error(`not in text: ${snippet}`);
  return {
    id, start, end: start + snippet.length, text: snippet, form: 'quote', topic: 'other', quantity: null, hedges: [],
    source: null, cue: null, strength: 'none', confidence: 0.5, level, reasons: [],
  };
}

describe('WrapperPainter', () => {
  const doc = loadFixture('seed-article.html');
  const article = doc.querySelector('article')!;
  const extraction = extractArticle(doc);
  const quote = claimOn(extraction, 'He expressed serious concern over the reckless behavior', 'q', 'high');
  const figure = claimOn(extraction, 'some 10,000 DPRK troops', 'f', 'low');
  const outer = claimOn(extraction, 'reports are that the some 10,000 DPRK troops sent', 's', 'medium');
  // The embedded post runs over several elements and links: pieces in many text nodes.
  const tweet = claimOn(extraction, 'They are filled with newly produced Western electronics. https://t.co/A2TL0KvThI', 't', 'none');

  it('is the fallback here: jsdom has no CSS.highlights', () => {
    expect(highlightApiAvailable()).toBe(false);
  });

  it('wraps each claim in our own element, innermost level on nested text, no whitespace-only wrapper', () => {
    const before = article.outerHTML;
    const painter = new WrapperPainter(names);
    painter.draw(extraction, [quote, outer, figure, tweet], { highContrast: false });
    const wrappers = [...doc.querySelectorAll(MARK_TAG)];
    expect(wrappers.length).toBeGreaterThan(4);
    expect(wrappers.every((w) => w.textContent!.trim().length > 0)).toBe(true);
    const textOf = (id: string) => wrappers.filter((w) => painter.claimIdAt(w) === id).map((w) => w.textContent).join('');
    expect(textOf('f')).toBe('some 10,000 DPRK troops');
    expect(textOf('s')).toBe('reports are that the  sent');
    expect(textOf('q')).toBe('He expressed serious concern over the reckless behavior');
    expect(textOf('t').replace(/\s+/g, ' ')).toContain('Western electronics.');
    expect(wrappers.find((w) => w.textContent === 'some 10,000 DPRK troops')!.getAttribute('data-level')).toBe(names.low);
    expect(painter.rangeOf('q')).not.toBeNull();
    // A click anywhere inside a wrapper finds its claim.
    expect(painter.claimIdAt(wrappers[0].firstChild!.parentElement)).toBe(painter.claimIdAt(wrappers[0]));

    painter.clear();
    expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(article.outerHTML).toBe(before);
    // The page's own text nodes are back in place: the extraction made before still maps onto the page.
    expect(extraction.blocks.every((b) => b.pieces.every((p) => p.node.isConnected))).toBe(true);
  });

  it('draws again after a clear, in high contrast, and clears twice without harm', () => {
    const before = article.outerHTML;
    const painter = new WrapperPainter(names);
    painter.draw(extraction, [figure], { highContrast: true });
    painter.draw(extraction, [figure, quote], { highContrast: true });
    expect([names['contrast-low'], names['contrast-high']]).toContain(doc.querySelector(MARK_TAG)!.getAttribute('data-level'));
    painter.clear();
    painter.clear();
    expect(article.outerHTML).toBe(before);
  });
});
