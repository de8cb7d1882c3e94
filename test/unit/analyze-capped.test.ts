// The background's engine call stops one claim past the cap: bounded work and reply, and "capped" still visible.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ browser: {}, extensionId: () => 'id', extensionUrl: (p: string) => p }));
const { analyzeCapped } = await import('../../src/background/analyze-capped');
const { analyze, blocksFromPlainText } = await import('../../src/analysis/index');

describe('analyzeCapped', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Officials said ${100 + i} people were evacuated from district ${i % 7 === 0 ? 'north' : 'south'}.`).join('\n');
  const blocks = blocksFromPlainText(text);

  it('gives every claim when under the cap', () => {
    expect(analyzeCapped(text, blocks, 10_000)).toEqual(analyze(text, blocks));
  });

  it('copes with one block holding far more claims than a call stack can spread', () => {
    const numbers = Array.from({ length: 150_000 }, (_, i) => `${(i * 37) % 9973} troops`).join(', ');
    const big = `Officials said ${numbers}.`;
    expect(analyzeCapped(big, blocksFromPlainText(big), 2000)).toHaveLength(2001);
  }, 30_000); // a correctness test (no stack overflow) on 1 MB of text: 2-3 s alone, past vitest's 5 s on a loaded machine

  it('stops one claim past the cap, keeping text order', () => {
    const all = analyze(text, blocks);
    expect(all.length).toBeGreaterThan(11);
    expect(analyzeCapped(text, blocks, 10)).toEqual(all.slice(0, 11));
  });
});
