// The content script reports a long result in parts, one per task. The turns between parts must not be timers:
// in a tab opened in the background Chromium runs a chain of timers once a second, and a 2,000-claim report took
// 20 s to reach the popup (seen in e2e). Here the clock is frozen once the report has started, so only turns that
// are not timers can carry it to the end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import type { TabResults } from '../../../src/messages';
import { CLAIMS_PER_PART } from '../../../src/report/parts';
import { Reporter } from '../../../content-scripts/reporter';

const sent: Array<{ results: TabResults; part?: { index: number; count: number } }> = [];
vi.mock('../../../src/messages', () => ({
  async sendToBackground(_type: string, payload: (typeof sent)[number]) { sent.push(payload); return { ok: true, value: { ok: true } }; },
}));

function results(claims: number, label = 'x'): TabResults {
  const list = Array.from({ length: claims }, (_, i) => ({ id: `${label}${i}`, start: i, end: i + 1, text: label } as unknown as Claim));
  return { status: 'ready', page: null, claims: list, capped: false, text: label.repeat(claims) };
}

/** Lets message-channel turns (not timers) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 60; i++) await new Promise<void>((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); resolve(); }; c.port2.postMessage(null); });
}

describe('the reporter', () => {
  beforeEach(() => { sent.length = 0; vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); });
  afterEach(() => vi.useRealTimers());

  it('sends every part of a long report without waiting on a timer between them', async () => {
    const reporter = new Reporter(() => true, new AbortController().signal);
    reporter.report(() => results(CLAIMS_PER_PART * 4 + 3), true);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(0);
    await settle();
    expect(sent.map((p) => p.part?.index)).toEqual([0, 1, 2, 3, 4]);
    expect(sent.flatMap((p) => p.results.claims)).toHaveLength(CLAIMS_PER_PART * 4 + 3);
  });

  it('gathers a long report in one task and sends its first part in the next', async () => {
    const reporter = new Reporter(() => true, new AbortController().signal);
    let gathered = 0;
    reporter.report(() => { gathered++; return results(CLAIMS_PER_PART * 2); }, true);
    vi.advanceTimersByTime(0);
    await Promise.resolve(); // the timer's task, microtasks included
    await Promise.resolve();
    expect(gathered).toBe(1);
    expect(sent).toHaveLength(0);
    await settle();
    expect(sent.map((p) => p.part?.index)).toEqual([0, 1]);
  });

  it('sends a short report whole, once', async () => {
    const reporter = new Reporter(() => true, new AbortController().signal);
    reporter.report(() => results(3), true);
    vi.advanceTimersByTime(0);
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0].part).toBeUndefined();
    expect(sent[0].results.claims).toHaveLength(3);
  });

  it('stops sending an older report once a newer one starts, and after the page is left', async () => {
    let alive = true;
    const reporter = new Reporter(() => alive, new AbortController().signal);
    reporter.report(() => results(CLAIMS_PER_PART * 4, 'a'), true);
    vi.advanceTimersByTime(0);
    reporter.report(() => results(2, 'b'), true);
    vi.advanceTimersByTime(0);
    await settle();
    expect(sent.filter((p) => p.results.claims[0]?.text === 'a').length).toBeLessThan(4);
    expect(sent.at(-1)!.results.claims.map((c) => c.id)).toEqual(['b0', 'b1']);
    sent.length = 0;
    reporter.report(() => results(CLAIMS_PER_PART * 4, 'c'), true);
    vi.advanceTimersByTime(0);
    alive = false;
    await settle();
    expect(sent.length).toBeLessThanOrEqual(1);
  });
});
