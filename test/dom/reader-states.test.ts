// States a reader can act on, below the popup: an analysis the background could not finish is an error the
// controller reports as 'failed' (never an empty result, which would read as "no claims found"), and the page the
// e2e test reads on request ("Read this page anyway") is one the detector does not take for an article but whose
// main content reads into blocks.
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, isLikelyArticle } from '../../src/page';
import { AnalysisFailed, analyzeBlocks, type PageLanguage } from '../../content-scripts/analyze-blocks';
import { loadFixture } from './load-page';

type Reply = { ok: true; value: { claims: []; language?: { code: string; support: 'full' | 'figures' } } } | { ok: false; error: string };
let reply: Reply = { ok: true, value: { claims: [] } };
const sent: Array<{ lang?: string | null }> = [];
vi.mock('../../src/messages', () => ({
  MAX_ANALYSIS_TEXT: 4_000_000,
  sendToBackground: async (_type: string, payload: { lang?: string | null }) => { sent.push(payload); return reply; },
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

describe('the page\'s language', () => {
  it('goes with the text as the page declares it; the engine\'s reading of it comes back, and a later stretch is read in it', async () => {
    const extraction = extractArticle(bulletin(), { root: bulletin().querySelector('main') });
    const stretch = { from: 0, to: extraction.blocks.length, contextFrom: 0 };
    const language: PageLanguage = { declared: 'pt-BR' };
    reply = { ok: true, value: { claims: [], language: { code: 'pt', support: 'figures' } } };
    await analyzeBlocks(extraction, stretch, 1, new AbortController().signal, language);
    expect(sent.at(-1)?.lang).toBe('pt-BR');
    expect(language.engine).toEqual({ code: 'pt', support: 'figures' });
    await analyzeBlocks(extraction, { ...stretch, from: 1 }, 2, new AbortController().signal, language);
    expect(sent.at(-1)?.lang).toBe('pt');
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
