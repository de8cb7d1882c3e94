// The message contract's gatekeeping: unknown types and other extensions' messages are ignored or refused,
// senders are checked per message, malformed payloads never reach a handler, and failures come back as values.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({
  browser: {},
  extensionId: () => 'our-id',
  extensionUrl: (path: string) => `chrome-extension://our-id/${path}`,
}));

const { isTabResults, routeMessage, senderKind } = await import('../../src/messages');

const content = { id: 'our-id', tab: { id: 7 }, url: 'https://news.example/story' } as never;
const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' } as never;
const stranger = { id: 'other-extension', tab: { id: 7 }, url: 'https://news.example/story' } as never;

function handlers() {
  const seen: unknown[] = [];
  return {
    seen,
    table: {
      'results/get': { from: ['extension-page' as const], handle: (p: { tabId: number }) => { seen.push(p); return { results: null }; } },
      'analysis/run': { from: ['content' as const], handle: () => { seen.push('run'); return { claims: [] }; } },
      'analysis/part': { from: ['content' as const], handle: () => { seen.push('part'); return { claims: [] }; } },
      'claim/show': { from: ['extension-page' as const], handle: () => { throw new Error('boom'); } },
    },
  };
}

describe('senderKind', () => {
  it('tells our content scripts from our pages and refuses everyone else', () => {
    expect(senderKind(content)).toBe('content');
    expect(senderKind(popup)).toBe('extension-page');
    expect(senderKind(stranger)).toBeNull();
    expect(senderKind({ id: 'our-id' } as never)).toBeNull();
  });
});

describe('routeMessage', () => {
  it('answers a valid message from an allowed sender', async () => {
    const { seen, table } = handlers();
    expect(await routeMessage(table, { type: 'results/get', payload: { tabId: 3 } }, popup)).toEqual({ ok: true, value: { results: null } });
    expect(seen).toEqual([{ tabId: 3 }]);
  });

  it('ignores what is not ours to answer', () => {
    const { table } = handlers();
    for (const message of [null, 'hello', 42, [], { type: 'nope', payload: {} }, { type: 'content/ping', payload: {} }]) {
      expect(routeMessage(table, message, popup)).toBeUndefined();
    }
  });

  it('refuses a sender the message is not meant for, before the handler runs', async () => {
    const { seen, table } = handlers();
    expect(await routeMessage(table, { type: 'results/get', payload: { tabId: 3 } }, content)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await routeMessage(table, { type: 'analysis/run', payload: { text: 'x', blocks: [] } }, stranger)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(seen).toEqual([]);
  });

  it('rejects malformed payloads', async () => {
    const { seen, table } = handlers();
    const bad = [
      { type: 'results/get', payload: { tabId: 'seven' } },
      { type: 'results/get', payload: null },
      { type: 'analysis/run', payload: { text: 'short', blocks: [{ start: 0, end: 99 }] } },
      { type: 'analysis/run', payload: { text: 'short', blocks: [{ start: 3, end: 1 }] } },
      { type: 'analysis/run', payload: { text: 42, blocks: [] } },
      { type: 'analysis/run', payload: { text: 'short', blocks: 'all' } },
      { type: 'analysis/run', payload: { text: 'short', blocks: [], lang: 7 } },
      { type: 'analysis/run', payload: { text: 'short', blocks: [], lang: 'x'.repeat(65) } },
      { type: 'analysis/part', payload: { ticket: 't', index: 0 } },
      { type: 'analysis/part', payload: { ticket: 't', index: 1.5 } },
      { type: 'analysis/part', payload: { ticket: 't', index: 999 } },
      { type: 'analysis/part', payload: { ticket: 'x'.repeat(64), index: 1 } },
      { type: 'analysis/part', payload: { index: 1 } },
    ];
    for (const message of bad) {
      const sender = message.type.startsWith('analysis/') ? content : popup;
      const reply = await routeMessage(table, message, sender) as { ok: boolean; error: string };
      expect(reply.ok, JSON.stringify(message)).toBe(false);
      expect(reply.error).toMatch(/^malformed/);
    }
    expect(seen).toEqual([]);
  });

  it('turns a handler failure into an error value', async () => {
    const { table } = handlers();
    expect(await routeMessage(table, { type: 'claim/show', payload: { claimId: 'c1' } }, popup)).toEqual({ ok: false, error: 'Error: boom' });
  });
});

describe('isTabResults', () => {
  const results = { status: 'ready', page: null, claims: [], capped: false };
  it('takes the page\'s language as the engine read it, and refuses a malformed one', () => {
    expect(isTabResults(results)).toBe(true);
    expect(isTabResults({ ...results, language: { code: 'pt', support: 'figures' } })).toBe(true);
    expect(isTabResults({ ...results, language: { code: 'pt', support: 'all' } })).toBe(false);
    expect(isTabResults({ ...results, language: 'pt' })).toBe(false);
  });
});
