import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { articleOf, storedEntry } from '../../../src/ledger/entries';
import { Ledger } from '../../../src/ledger/store';
import { exportLedger, parseLedgerExport } from '../../../src/ledger/transfer';
import { entriesOf, page } from './pairs';

const TEXT = [
  'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
  'Officials said more than 300 people were killed in Kursk.',
  '"We will never surrender to this aggression, whatever it costs us," President Zelensky said on Friday.',
].join('\n');

describe('export and import', () => {
  it('round-trips through JSON into another ledger, with match keys recomputed', async () => {
    globalThis.indexedDB = new IDBFactory();
    const one = new Ledger({ name: 'one' });
    const entries = entriesOf(TEXT, 'Troops', 'https://courier.example/a').map(storedEntry);
    await one.record(articleOf(page('https://courier.example/a', 'Troops', { publisher: 'Northern Courier', published: '2026-03-03' }), 1000), entries);
    const { articles, claims } = await one.snapshot();
    const json = JSON.stringify(exportLedger(articles, claims, 5000));
    expect(json).toContain('"hi":null'); // "more than 300": an open bound, written as null

    const parsed = parseLedgerExport(json);
    expect(parsed.skipped).toBe(0);
    const two = new Ledger({ name: 'two' });
    expect(await two.importArticles(parsed.articles)).toBe(1);
    const copy = await two.snapshot();
    expect(copy.articles.map(({ id: _, ...a }) => a)).toEqual(articles.map(({ id: _, ...a }) => a));
    expect(copy.claims.map(({ id: _, a: __, ...c }) => c)).toEqual(claims.map(({ id: _, a: __, ...c }) => c));
    one.close();
    two.close();
  });

  it('says clearly what is wrong with a file that is not an export', () => {
    expect(() => parseLedgerExport('not json')).toThrow('not JSON');
    expect(() => parseLedgerExport('{"format":"other","articles":[]}')).toThrow('not a Sourcemark ledger export');
    expect(() => parseLedgerExport('{"format":"sourcemark-ledger","version":99,"articles":[]}')).toThrow('newer version');
  });

  it('skips and counts malformed items, keeps the rest', () => {
    const good = { id: 'c1', form: 'quote', wording: 'We will never surrender to this aggression', source: { name: 'Zelensky', kind: 'person' } };
    const json = JSON.stringify({ format: 'sourcemark-ledger', version: 1, articles: [
      { url: 'javascript:alert(1)', readAt: '2026-03-03T00:00:00Z', claims: [] },
      { url: 'https://a.example/x', readAt: 'not a date', claims: [] },
      { url: 'https://a.example/y', site: 'A', title: 'Y', published: null, readAt: '2026-03-03T00:00:00Z', claims: [
        good,
        { ...good, form: 'figure' },                          // a figure without its facts
        { ...good, source: { name: 'X', kind: 'wizard' } },   // an unknown source kind
        { ...good, wording: 'too short' },                    // nothing to match on
        { ...good, figure: { topic: 'troops', lemma: 'troop', lo: 5, hi: 1, entities: [] }, form: 'figure' }, // lo > hi
      ] },
    ] });
    const { articles, skipped } = parseLedgerExport(json);
    expect(skipped).toBe(6);
    expect(articles).toHaveLength(1);
    expect(articles[0].entries.map((e) => e.c)).toEqual(['c1']);
    expect(articles[0].entries[0].k.length).toBeGreaterThan(0);
  });
});
