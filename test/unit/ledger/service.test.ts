// The background's ledger service on fake-indexeddb: records what was read, answers the card and the popup, and
// records nothing in private windows, on paused or switched-off sites, or with the setting off.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/browser', () => ({ browser: {} }));

import { analyze } from '../../../src/analysis/index';
import { createLedgerService } from '../../../src/background/ledger-service';
import { Ledger } from '../../../src/ledger/store';
import type { TabResults } from '../../../src/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings';
import type { Runtime } from '../../../src/browser';

const A = 'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.';
const B = 'The Pentagon said 12,000 North Korean troops are in Russia.';

function report(url: string, text: string, status: TabResults['status'] = 'ready'): TabResults {
  return { status, page: { url, title: 'Troops', publisher: null, author: null, published: null }, claims: status === 'ready' ? analyze(text) : [], capped: false, text };
}
const tab = (incognito = false) => ({ tab: { id: 1, incognito } }) as unknown as Runtime.MessageSender;

let ledger: Ledger;
let settings: Settings;
let service: ReturnType<typeof createLedgerService>;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  ledger = new Ledger();
  settings = { ...DEFAULT_SETTINGS };
  service = createLedgerService({ ledger, settings: async () => settings, now: () => Date.UTC(2026, 2, 5) });
});

async function figureIdOf(results: TabResults): Promise<string> {
  return results.claims.find((c) => c.form === 'figure')!.id;
}

describe('ledger service', () => {
  it('records, then answers the card and the popup with the other article’s figure', async () => {
    await service.onReport(1, report('https://a.example/1', A), tab());
    const b = report('https://b.example/2', B);
    await service.onReport(2, b, tab());
    const id = await figureIdOf(b);
    const { matches } = await service.claim(2, id, false);
    expect(matches.map((m) => [m.relation, m.wording, m.site])).toEqual([['conflicts', 'Some 10,000', 'a.example']]);
    expect(await service.counts(2)).toEqual({ [id]: { elsewhere: 1, conflicts: 1 } });
    expect(await ledger.count()).toMatchObject({ articles: 2 });
  });

  it.each([
    ['a private window', () => ({ sender: tab(true) })],
    ['the ledger setting off', () => { settings = { ...settings, ledger: false }; return {}; }],
    ['a switched-off site', () => { settings = { ...settings, disabledSites: ['b.example'] }; return {}; }],
    ['global pause', () => { settings = { ...settings, paused: true }; return {}; }],
  ])('records and shows nothing in %s', async (_what, setup) => {
    await service.onReport(1, report('https://a.example/1', A), tab());
    const { sender } = setup() as { sender?: Runtime.MessageSender };
    const b = report('https://b.example/2', B);
    await service.onReport(2, b, sender ?? tab());
    expect(await service.claim(2, await figureIdOf(b), sender !== undefined)).toEqual({ matches: [], inArticle: [] });
    expect((await ledger.snapshot()).articles.map((a) => a.url)).toEqual(['https://a.example/1']); // only the first article
  });

  it('a paused page (no claims) records nothing', async () => {
    await service.onReport(1, report('https://a.example/1', A, 'paused'), tab());
    expect(await ledger.count()).toEqual({ articles: 0, claims: 0 });
  });

  it('flags figures that disagree within one article even when the ledger is off', async () => {
    settings = { ...settings, ledger: false };
    const r = report('https://a.example/1', `${A}\nLater the Pentagon said about 12,000 North Korean troops were in Russia.`);
    await service.onReport(1, r, tab());
    const figures = r.claims.filter((c) => c.form === 'figure').map((c) => c.id);
    expect((await service.claim(1, figures[0], false)).inArticle.map((c) => c.claimId)).toEqual([figures[1]]);
    expect(await ledger.count()).toEqual({ articles: 0, claims: 0 });
  });

  it('after the background restarted, the card still gets its matches (looked up again, not recorded twice)', async () => {
    await service.onReport(1, report('https://a.example/1', A), tab());
    const b = report('https://b.example/2', B);
    await service.onReport(2, b, tab());
    const restarted = createLedgerService({ ledger, settings: async () => settings, results: async (tabId) => (tabId === 2 ? b : null) });
    const { matches } = await restarted.claim(2, await figureIdOf(b), false);
    expect(matches.map((m) => m.wording)).toEqual(['Some 10,000']);
    expect((await ledger.count()).articles).toBe(2);
  });

  it('applies retention: articles last read before the period are pruned', async () => {
    let now = Date.UTC(2026, 0, 1);
    const timed = createLedgerService({ ledger, settings: async () => ({ ...settings, ledgerDays: 30 }), now: () => now });
    await timed.onReport(1, report('https://a.example/1', A), tab());
    now += 31 * 86_400_000;
    await timed.onReport(2, report('https://b.example/2', B), tab());
    const { articles } = await ledger.snapshot();
    expect(articles.map((a) => a.url)).toEqual(['https://b.example/2']);
  });
});
