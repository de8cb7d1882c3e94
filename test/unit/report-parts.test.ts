// Results sent in parts: split into parts that are each valid results, put back together whole, nothing before
// the last part, and a newer report drops an unfinished older one (whose later parts may still arrive).
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../src/analysis/types';
import type { TabResults } from '../../src/messages';

vi.mock('../../src/browser', () => ({ browser: {}, extensionId: () => 'our-id', extensionUrl: (p: string) => p }));

const { CLAIMS_PER_PART, TEXT_PER_PART, isPartInfo, splitResults } = await import('../../src/report/parts');
const { ReportAssembler } = await import('../../src/background/report-assembler');
const { isTabResults } = await import('../../src/messages');

function claim(i: number): Claim {
  return {
    id: `c${i}`, start: i, end: i + 1, text: 'x', form: 'figure', topic: 'other', quantity: null, hedges: [],
    source: null, cue: null, strength: 'none', confidence: 0, level: 'none', reasons: [],
  };
}

function results(claims: number, textLength: number | null): TabResults {
  return {
    status: 'ready', page: { url: 'https://news.example/a', title: 'A', publisher: null, author: null, published: null },
    claims: Array.from({ length: claims }, (_, i) => claim(i)), capped: false,
    text: textLength === null ? null : 'abcdefghij'.repeat(Math.ceil(textLength / 10)).slice(0, textLength),
  };
}

describe('splitResults', () => {
  it('sends small results as one part', () => {
    expect(splitResults(results(3, 100), 'r1')).toHaveLength(1);
  });

  it('cuts many claims and a long text into parts that are each valid results', () => {
    const whole = results(CLAIMS_PER_PART * 3 + 7, TEXT_PER_PART * 2 + 5);
    const parts = splitResults(whole, 'r1');
    expect(parts).toHaveLength(4);
    for (const p of parts) {
      expect(isTabResults(p.results)).toBe(true);
      expect(isPartInfo(p.part)).toBe(true);
      expect(p.results.claims.length).toBeLessThanOrEqual(CLAIMS_PER_PART);
    }
    expect(parts.map((p) => p.part.index)).toEqual([0, 1, 2, 3]);
  });
});

describe('ReportAssembler', () => {
  it('gives the whole results only with the last part; a part delivered twice counts once', () => {
    const whole = results(CLAIMS_PER_PART * 2 + 1, TEXT_PER_PART + 3);
    const parts = splitResults(whole, 'r1');
    const assembler = new ReportAssembler();
    const order = [0, 1, 1, 2];
    const got = order.map((i) => assembler.add(7, parts[i].results, parts[i].part));
    expect(got.slice(0, 3)).toEqual([null, null, null]);
    expect(got[3]).toEqual(whole);
  });

  it('ignores a part of a report whose first part it never had', () => {
    const parts = splitResults(results(CLAIMS_PER_PART + 1, 10), 'r1');
    expect(new ReportAssembler().add(7, parts[1].results, parts[1].part)).toBeNull();
  });

  it('keeps a null text null', () => {
    const whole = results(CLAIMS_PER_PART + 1, null);
    const assembler = new ReportAssembler();
    const out = splitResults(whole, 'r1').map((p) => assembler.add(1, p.results, p.part));
    expect(out.at(-1)).toEqual(whole);
  });

  it('drops an unfinished report when a newer one starts, and keeps tabs apart', () => {
    const older = splitResults(results(CLAIMS_PER_PART + 1, 10), 'old');
    const newer = splitResults(results(CLAIMS_PER_PART + 2, 10), 'new');
    const assembler = new ReportAssembler();
    expect(assembler.add(1, older[0].results, older[0].part)).toBeNull();
    expect(assembler.add(2, older[0].results, older[0].part)).toBeNull();
    expect(assembler.add(1, newer[0].results, newer[0].part)).toBeNull();
    expect(assembler.add(1, older[1].results, older[1].part)).toBeNull(); // the old report's last part: dropped
    expect(assembler.add(1, newer[1].results, newer[1].part)?.claims).toHaveLength(CLAIMS_PER_PART + 2);
    expect(assembler.add(2, older[1].results, older[1].part)?.claims).toHaveLength(CLAIMS_PER_PART + 1);
  });

  it('refuses malformed part descriptions', () => {
    expect(isPartInfo({ id: 'r', index: 2, count: 2 })).toBe(false);
    expect(isPartInfo({ id: '', index: 0, count: 1 })).toBe(false);
    expect(isPartInfo({ id: 'r', index: 0, count: 1000 })).toBe(false);
    expect(isPartInfo(null)).toBe(false);
  });
});
