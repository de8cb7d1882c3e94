// States a reader can act on, below the popup: an analysis the background could not finish is an error the
// controller reports as 'failed' (never an empty result, which would read as "no claims found"), and the page the
// e2e test reads on request ("Read this page anyway") is one the detector does not take for an article but whose
// main content reads into blocks.
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, isLikelyArticle } from '../../src/page';
import { AnalysisFailed, analyzeBlocks } from '../../content-scripts/analyze-blocks';
import { loadFixture } from './load-page';

let reply: { ok: true; value: { claims: [] } } | { ok: false; error: string } = { ok: true, value: { claims: [] } };
vi.mock('../../src/messages', () => ({
  MAX_ANALYSIS_TEXT: 4_000_000,
  sendToBackground: async () => reply,
}));

const bulletin = () => loadFixture('bulletin.html', 'http://127.0.0.1/bulletin.html');

describe('a failed analysis', () => {
  it('is an AnalysisFailed error carrying the background\'s reason, not an empty result', async () => {
    const extraction = extractArticle(bulletin(), { root: bulletin().querySelector('main') });
    const stretch = { from: 0, to: extraction.blocks.length, contextFrom: 0 };
    reply = { ok: true, value: { claims: [] } };
    expect(await analyzeBlocks(extraction, stretch, 1, new AbortController().signal)).toEqual(extraction.blocks.map(() => []));
    reply = { ok: false, error: 'engine: out of memory' };
    const failed = analyzeBlocks(extraction, stretch, 1, new AbortController().signal);
    await expect(failed).rejects.toBeInstanceOf(AnalysisFailed);
    await expect(failed).rejects.toThrow('engine: out of memory');
  });
});

describe('the page read on request', () => {
  it('is not taken for an article, yet its main content reads into the notices', () => {
    const doc = bulletin();
    expect(isLikelyArticle(doc)).toBe(false);
    const read = extractArticle(doc, { root: doc.querySelector('main') });
    expect(read.blocks.length).toBe(3);
    expect(read.text).toContain('14 streets will close');
    expect(read.text).toContain('We will open on Sundays from March');
  });
});
