// A live update re-reads only what changed: the block diff over real extractions of a jsdom page, offsets of
// kept claims shifted, and the analysis of a stretch of blocks with context before it (stub engine behind the background).
import { describe, expect, it, vi } from 'vitest';
import type { Block, Claim } from '../../../src/analysis/types';
import { extractArticle } from '../../../src/page';
import { diffBlocks, shiftClaim } from '../../../content-scripts/block-diff';
import { analyzeBlocks } from '../../../content-scripts/analyze-blocks';
import { documentFromHtml } from '../load-page';

// The stub engine behind the background: one claim per number, and it remembers what it was sent (the
// stretch's own text, with the context blocks before it).
const seen: { blocks: number; text: string } = { blocks: 0, text: '' };
vi.mock('../../../src/messages', () => ({
  MAX_ANALYSIS_TEXT: 4_000_000,
  async sendToBackground(_type: string, { text, blocks }: { text: string; blocks: Block[] }) {
    seen.blocks = blocks.length;
    seen.text = text;
    const claims: Partial<Claim>[] = [];
    for (const b of blocks) {
      for (const m of text.slice(b.start, b.end).matchAll(/\d[\d,]*/g)) {
        const start = b.start + m.index;
        claims.push({ id: `c${start}`, start, end: start + m[0].length, text: m[0], cue: null, source: null });
      }
    }
    return { ok: true, value: { claims } };
  },
}));

const PARAS = [
  'Officials said 4,200 homes were without power on Tuesday, and crews expected to restore most lines by Friday.',
  'The ministry reported 310 people treated for minor injuries, according to a statement issued at noon.',
  'Aid groups said about 18,000 people had moved to shelters, and convoys with water kits were on their way.',
  'A spokesperson said that the last 12 villages would be reached by road before the weekend, weather allowing.',
];

function page(): Document {
  return documentFromHtml(`<!doctype html><html><head><meta property="og:type" content="article"><title>Floods</title></head>
    <body><article><h1>Floods in the delta</h1>${PARAS.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</article></body></html>`);
}

describe('diffBlocks', () => {
  it('finds exactly the paragraph that changed, and nothing when nothing did', () => {
    const doc = page();
    const before = extractArticle(doc);
    expect(diffBlocks(before, extractArticle(doc, { root: before.root }))).toEqual({ prefix: 5, suffix: 0 });
    doc.getElementById('p1')!.textContent = 'The ministry reported 325 people treated for minor injuries, and more were on their way.';
    const after = extractArticle(doc, { root: before.root });
    expect(diffBlocks(before, after)).toEqual({ prefix: 2, suffix: 2 });
  });

  it('treats a re-rendered paragraph with the same words as changed (its text nodes are new)', () => {
    const doc = page();
    const before = extractArticle(doc);
    const p = doc.getElementById('p2')!;
    p.replaceChildren(doc.createTextNode(p.textContent!));
    expect(diffBlocks(before, extractArticle(doc, { root: before.root }))).toEqual({ prefix: 3, suffix: 1 });
  });

  it('sees added and removed paragraphs', () => {
    const doc = page();
    const before = extractArticle(doc);
    const extra = doc.createElement('p');
    extra.textContent = 'Update: 40 more families were moved overnight from the northern district.';
    doc.getElementById('p3')!.after(extra);
    const grown = extractArticle(doc, { root: before.root });
    expect(diffBlocks(before, grown)).toEqual({ prefix: 5, suffix: 0 });
    doc.getElementById('p0')!.remove();
    const shrunk = extractArticle(doc, { root: before.root });
    expect(diffBlocks(grown, shrunk)).toEqual({ prefix: 1, suffix: 4 });
  });
});

describe('shiftClaim', () => {
  it('moves the claim, its cue and its source mention together', () => {
    const claim = {
      id: 'c1', start: 10, end: 20, text: 'x', form: 'quote', topic: 'other', quantity: null, hedges: [], strength: 'on-record',
      confidence: 0.8, level: 'high', reasons: [], cue: { start: 2, end: 6, text: 'said', kind: 'speech-verb' },
      source: { name: 'Jane Doe', kind: 'person', mention: { start: 0, end: 1, text: 'J' } },
    } satisfies Claim;
    const moved = shiftClaim(claim, 7);
    expect([moved.start, moved.end, moved.cue!.start, moved.cue!.end, moved.source!.mention!.start]).toEqual([17, 27, 9, 13, 7]);
    expect(claim.start).toBe(10);
  });
});

describe('analyzeBlocks', () => {
  it('returns the claims of the stretch only, renamed per pass, after reading the context blocks', async () => {
    const extraction = extractArticle(page());
    const byBlock = await analyzeBlocks(extraction, { from: 3, to: 4, contextFrom: 1 }, 7, new AbortController().signal);
    expect(seen.blocks).toBe(3);
    // Only the stretch travels: from the first context block to the end of the last wanted one.
    expect(seen.text).toBe(extraction.text.slice(extraction.blocks[1].start, extraction.blocks[3].end));
    expect(byBlock!.map((list) => list.length)).toEqual([0, 0, 0, 1, 0]);
    const [claim] = byBlock![3];
    expect(claim.text).toBe('18,000');
    expect(claim.id).toMatch(/^7\./);
    expect(extraction.text.slice(claim.start, claim.end)).toBe('18,000');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await analyzeBlocks(extractArticle(page()), { from: 0, to: 5, contextFrom: 0 }, 1, controller.signal)).toBeNull();
  });
});
