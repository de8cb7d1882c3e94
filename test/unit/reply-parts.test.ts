// An analysis's reply in parts (src/background/reply-parts.ts): the first part with the reply, the others on
// request, one set per frame, dropped by the frame's next analysis, its tab closing, or time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../src/analysis/types';
import { createReplyParts } from '../../src/background/reply-parts';
import { CLAIMS_PER_PART } from '../../src/report/parts';

const claims = (n: number, tag = 'c') => Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}` }) as Claim);

describe('reply parts', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('sends a short reply whole, with nothing held', () => {
    const parts = createReplyParts();
    const reply = parts.split(1, 0, claims(CLAIMS_PER_PART));
    expect(reply.claims).toHaveLength(CLAIMS_PER_PART);
    expect(reply.more).toBeUndefined();
  });

  it('gives every claim exactly once, in order, over the parts, then holds nothing', () => {
    const parts = createReplyParts();
    const all = claims(2 * CLAIMS_PER_PART + 7);
    const reply = parts.split(1, 0, all);
    expect(reply.more?.parts).toBe(3);
    const got = [...reply.claims];
    for (let i = 1; i < reply.more!.parts; i++) got.push(...parts.take(1, 0, reply.more!.ticket, i)!);
    expect(got.map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(parts.take(1, 0, reply.more!.ticket, 1)).toBeNull();
  });

  it('refuses a ticket of another frame or tab, an index out of range, and a ticket a newer analysis replaced', () => {
    const parts = createReplyParts();
    const first = parts.split(1, 0, claims(CLAIMS_PER_PART * 2, 'a')).more!;
    const frame = parts.split(1, 3, claims(CLAIMS_PER_PART * 2, 'f')).more!;
    expect(parts.take(2, 0, first.ticket, 1)).toBeNull();
    expect(parts.take(1, 3, first.ticket, 1)).toBeNull();
    expect(parts.take(1, 0, first.ticket, 0)).toBeNull();
    expect(parts.take(1, 0, first.ticket, 2)).toBeNull();
    const newer = parts.split(1, 0, claims(CLAIMS_PER_PART * 2, 'b')).more!;
    expect(parts.take(1, 0, first.ticket, 1)).toBeNull();
    expect(parts.take(1, 0, newer.ticket, 1)![0].id).toBe(`b${CLAIMS_PER_PART}`);
    expect(parts.take(1, 3, frame.ticket, 1)![0].id).toBe(`f${CLAIMS_PER_PART}`); // the other frame's set was not touched
  });

  it('drops a closed tab\'s parts, and parts nobody asked for in time', () => {
    vi.useFakeTimers();
    const parts = createReplyParts(1000);
    const closed = parts.split(1, 0, claims(CLAIMS_PER_PART * 2)).more!;
    const other = parts.split(12, 0, claims(CLAIMS_PER_PART * 2)).more!;
    parts.forget(1);
    expect(parts.take(1, 0, closed.ticket, 1)).toBeNull();
    vi.advanceTimersByTime(1001);
    expect(parts.take(12, 0, other.ticket, 1)).toBeNull();
  });
});
