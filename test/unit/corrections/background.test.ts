// The background's side of corrections: applied to results as they are reported, saved in one place, and
// re-applied at once to every tab showing the corrected page (and to no other).
import { describe, expect, it, vi } from 'vitest';
import type { TabResults } from '../../../src/messages';
import { CORRECTIONS_KEY, claimKey, correctionRecord, type CorrectionsByPage } from '../../../src/corrections/model';
import { PAGE, articleClaims } from '../../dom/claim-factory';

// storage.local as a plain object, with the change event the real one fires.
const local: Record<string, unknown> = {};
const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
vi.mock('../../../src/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => ({ [key]: local[key] }),
        set: async (items: Record<string, unknown>) => {
          Object.assign(local, structuredClone(items));
          for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
        },
      },
      onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: () => undefined },
    },
  },
}));

const { createCorrections } = await import('../../../src/background/corrections');

function fakeStore(entries: Array<[number, TabResults]>) {
  const tabs = new Map(entries);
  return { tabs, set: async (id: number, r: TabResults) => { tabs.set(id, r); }, entries: async () => [...tabs] };
}

const claims = articleClaims();
const quote = claims.find((c) => c.id === 'kim-quote-hegemony')!;
const results = (url: string): TabResults => ({ status: 'ready', page: { ...PAGE, url }, claims, capped: false, text: null });

describe('background corrections', () => {
  it('saves one correction, applies it to every tab of that page (hash or not) and tells which tabs changed', async () => {
    const store = fakeStore([[1, results('https://news.example/a#top')], [2, results('https://news.example/a')], [3, results('https://news.example/b')]]);
    const changed: number[] = [];
    const corrections = createCorrections(store, (id) => changed.push(id));
    const record = correctionRecord(quote, undefined, { kind: 'source', name: 'KCNA', sourceKind: 'outlet' });
    await corrections.save('https://news.example/a', claimKey(quote), record);

    expect((local[CORRECTIONS_KEY] as CorrectionsByPage)['https://news.example/a'][claimKey(quote)]).toEqual(record);
    expect(changed.sort()).toEqual([1, 2]);
    for (const id of [1, 2]) expect(store.tabs.get(id)!.claims.find((c) => c.id === quote.id)!.source!.name).toBe('KCNA');
    expect(store.tabs.get(3)!.claims).toEqual(claims);

    // A new report of the page (a reload) comes back corrected; another page's does not.
    const reported = await corrections.applyTo(results('https://news.example/a'));
    expect(reported.claims.find((c) => c.id === quote.id)!.correction?.verdict).toBe('source');
    expect((await corrections.applyTo(results('https://news.example/b'))).claims).toEqual(claims);

    // Undo: the engine's claims again, everywhere.
    await corrections.save('https://news.example/a', claimKey(quote), null);
    expect(store.tabs.get(1)!.claims).toEqual(claims);
    expect(local[CORRECTIONS_KEY]).toEqual({});
  });

  it('saves corrections one after another: two at once both stay', async () => {
    const corrections = createCorrections(fakeStore([]), () => undefined);
    const other = claims.find((c) => c.id === 'kim-blamed')!;
    await Promise.all([
      corrections.save('https://news.example/c', claimKey(quote), correctionRecord(quote, undefined, { kind: 'not-a-claim' })),
      corrections.save('https://news.example/c', claimKey(other), correctionRecord(other, undefined, { kind: 'not-a-claim' })),
    ]);
    expect(Object.keys((local[CORRECTIONS_KEY] as CorrectionsByPage)['https://news.example/c'])).toHaveLength(2);
  });

  it('leaves results of pages with no address or no claims as they are', async () => {
    const corrections = createCorrections(fakeStore([]), () => undefined);
    const paused: TabResults = { status: 'paused', page: null, claims: [], capped: false };
    expect(await corrections.applyTo(paused)).toBe(paused);
  });
});
