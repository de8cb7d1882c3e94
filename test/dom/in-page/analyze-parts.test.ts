// A long reply from the engine comes in parts (src/background/reply-parts.ts): the content script asks for each
// part in a task of its own and files every claim by block; a part a newer run replaced ends the run quietly, and
// a failed part says the reading failed. The background behind sendToBackground is a stand-in with parts of 2.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block, Claim } from '../../../src/analysis/types';
import { extractArticle } from '../../../src/page';
import { AnalysisFailed, analyzeBlocks } from '../../../content-scripts/analyze-blocks';
import { documentFromHtml } from '../load-page';

const asked: Array<{ type: string; index?: number }> = [];
let partReply: (index: number, claims: Claim[]) => unknown = (_i, claims) => ({ ok: true, value: { claims } });

vi.mock('../../../src/messages', () => {
  let held: Claim[][] = [];
  return {
    MAX_ANALYSIS_TEXT: 4_000_000,
    async sendToBackground(type: string, payload: { text: string; blocks: Block[]; index: number }) {
      asked.push({ type, index: payload.index });
      if (type === 'analysis/part') return partReply(payload.index, held[payload.index]);
      const claims: Claim[] = [];
      for (const m of payload.text.matchAll(/\d+/g)) claims.push({ id: `c${m.index}`, start: m.index, end: m.index + m[0].length, text: m[0] } as Claim);
      held = [];
      for (let i = 0; i < claims.length; i += 2) held.push(claims.slice(i, i + 2));
      return { ok: true, value: { claims: held[0], ...(held.length > 1 ? { more: { ticket: 't1', parts: held.length } } : {}) } };
    },
  };
});

const doc = documentFromHtml(`<!doctype html><html><head><title>Counts</title></head><body><article><h1>Counts</h1>${
  Array.from({ length: 7 }, (_, i) => `<p>Officials said ${100 + i} homes were without power on the ${i + 2}nd day of the storm.</p>`).join('')}</article></body></html>`);
const extraction = extractArticle(doc);
const all = { from: 0, to: extraction.blocks.length, contextFrom: 0 };

describe('an analysis reply in parts', () => {
  beforeEach(() => { asked.length = 0; partReply = (_i, claims) => ({ ok: true, value: { claims } }); });

  it('asks for each part once, in order, and files every claim by its block', async () => {
    const byBlock = await analyzeBlocks(extraction, all, 1, new AbortController().signal);
    expect(asked.map((a) => a.type === 'analysis/part' ? a.index : a.type)).toEqual(['analysis/run', 1, 2, 3, 4, 5, 6]);
    const filed = byBlock!.flat();
    expect(filed).toHaveLength(14);
    expect(filed.map((c) => c.text).filter((t) => Number(t) >= 100)).toEqual(Array.from({ length: 7 }, (_, i) => String(100 + i)));
    for (const [i, claims] of byBlock!.entries()) {
      for (const c of claims) expect(extraction.text.slice(extraction.blocks[i].start, extraction.blocks[i].end)).toContain(extraction.text.slice(c.start, c.end));
    }
  });

  it('ends quietly (null) when a newer run replaced the parts, and stops asking', async () => {
    partReply = (index, claims) => (index === 2 ? { ok: true, value: { claims: [], gone: true } } : { ok: true, value: { claims } });
    expect(await analyzeBlocks(extraction, all, 1, new AbortController().signal)).toBeNull();
    expect(asked.filter((a) => a.type === 'analysis/part').map((a) => a.index)).toEqual([1, 2]);
  });

  it('says the reading failed when a part cannot be had', async () => {
    partReply = () => ({ ok: false, error: 'the background went away' });
    await expect(analyzeBlocks(extraction, all, 1, new AbortController().signal)).rejects.toBeInstanceOf(AnalysisFailed);
  });

  it('stops asking when the run is aborted between parts', async () => {
    const run = new AbortController();
    partReply = (index, claims) => { if (index === 1) run.abort(); return { ok: true, value: { claims } }; };
    expect(await analyzeBlocks(extraction, all, 1, run.signal)).toBeNull();
    expect(asked.filter((a) => a.type === 'analysis/part')).toHaveLength(1);
  });
});
