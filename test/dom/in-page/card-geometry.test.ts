// Where the card goes, and the sentence it quotes.
import { describe, expect, it } from 'vitest';
import { isInView, placeCard } from '../../../content-scripts/card/position';
import { sentenceAround } from '../../../content-scripts/card/sentence';

const viewport = { width: 1280, height: 900 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('goes below the claim when it fits, aligned with the claim\'s start', () => {
    const p = placeCard({ top: 100, bottom: 124, left: 200, right: 400 }, card, viewport);
    expect(p).toMatchObject({ side: 'below', top: 132, left: 200 });
  });

  it('goes above a claim near the bottom, and never past the viewport edges', () => {
    const p = placeCard({ top: 800, bottom: 824, left: 1100, right: 1200 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(800 - 8);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('limits its height rather than covering the claim when neither side has room', () => {
    const tall = { width: 360, height: 700 };
    const anchor = { top: 450, bottom: 478, left: 300, right: 500 };
    const p = placeCard(anchor, tall, viewport);
    const bottom = p.top + Math.min(tall.height, p.maxHeight);
    const covers = p.top < anchor.bottom && bottom > anchor.top;
    expect(covers).toBe(false);
  });

  it('knows when the claim left the viewport', () => {
    expect(isInView({ top: -40, bottom: -10, left: 0, right: 10 }, viewport)).toBe(false);
    expect(isInView({ top: -10, bottom: 10, left: 0, right: 10 }, viewport)).toBe(true);
    expect(isInView({ top: 905, bottom: 930, left: 0, right: 10 }, viewport)).toBe(false);
  });
});

describe('sentenceAround', () => {
  const block = 'Aid groups met on Monday. Officials said 4,200 homes were without power, and "repairs will take weeks." Rain is forecast.';
  const text = `Headline\n${block}`;
  const b = { start: 9, end: text.length };

  it('returns the sentence holding the claim, not its neighbours', () => {
    const start = text.indexOf('4,200');
    expect(sentenceAround(text, b, { start, end: start + 5, text: '4,200' }))
      .toBe('Officials said 4,200 homes were without power, and "repairs will take weeks."');
  });

  it('covers a claim that runs over a sentence end', () => {
    const start = text.indexOf('Officials');
    const end = text.indexOf('Rain') + 4;
    expect(sentenceAround(text, b, { start, end, text: text.slice(start, end) })).toBe(text.slice(start, text.length));
  });

  it('stays inside the claim\'s block', () => {
    expect(sentenceAround(text, b, { start: 9, end: 12, text: 'Aid' })).toBe('Aid groups met on Monday.');
  });
});
