// The ledger's store on fake-indexeddb (the browser end-to-end tests use the real IndexedDB): recording,
// lookups across articles, retention, deletion, and what happens with old, broken or full databases.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleOf, storedEntry } from '../../../src/ledger/entries';
import { claimKey, LEDGER_DB, LEDGER_VERSION, upgradeLedger, type LedgerSchema } from '../../../src/ledger/schema';
import { Ledger, type LedgerNotice } from '../../../src/ledger/store';
import { entriesOf, page } from './pairs';

const DAY = 86_400_000;
const A_URL = 'https://courier.example/troops';
const B_URL = 'https://herald.example/troops?utm_source=x#top';
const A_TEXT = [
  'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
  '"We will never surrender to this aggression, whatever it costs us," President Zelensky said on Friday.',
].join('\n');
const B_TEXT = [
  'The Pentagon said 9,500 North Korean troops are in Russia.',
  'Foreign Minister Kuleba said: "We will never surrender to this aggression, whatever it costs us."',
].join('\n');

function read(url: string, text: string, readAt: number, title = 'Troops') {
  const meta = page(url, title, { publisher: url.includes('courier') ? 'Northern Courier' : null, published: null });
  return { article: articleOf(meta, readAt), entries: entriesOf(text, title, url).map(storedEntry) };
}

let notices: LedgerNotice[];
let ledger: Ledger;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  notices = [];
  ledger = new Ledger({ onNotice: (n) => notices.push(n) });
});
afterEach(() => {
  ledger.close();
  vi.restoreAllMocks();
});

describe('recording and lookups', () => {
  it('finds the first article’s figure and quotation from the second, and the second’s from the first', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    const b = read(B_URL, B_TEXT, 2000);
    expect(await ledger.record(a.article, a.entries)).toBe(true);
    expect(await ledger.record(b.article, b.entries)).toBe(true);

    const fromB = await ledger.lookup(b.article.url, b.entries);
    const bFigure = b.entries.find((e) => e.form === 'figure')!;
    const bQuote = b.entries.find((e) => e.form === 'quote')!;
    expect(fromB[bFigure.c]).toEqual([expect.objectContaining({
      relation: 'conflicts', wording: 'Some 10,000', site: 'Northern Courier', url: A_URL, source: { name: 'the defence ministry', kind: 'government' },
    })]);
    expect(fromB[bQuote.c]).toEqual([expect.objectContaining({ relation: 'other-speaker', source: expect.objectContaining({ name: 'Zelensky' }) })]);

    const fromA = await ledger.lookup(a.article.url, a.entries);
    const aFigure = a.entries.find((e) => e.form === 'figure')!;
    expect(fromA[aFigure.c]).toEqual([expect.objectContaining({ relation: 'conflicts', wording: '9,500', site: 'herald.example', url: 'https://herald.example/troops' })]);
  });

  it('never matches an article with itself, and reading it again replaces its claims', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    await ledger.record(a.article, a.entries);
    await ledger.record({ ...a.article, readAt: 5000 }, a.entries);
    expect(await ledger.count()).toEqual({ articles: 1, claims: a.entries.length });
    expect(await ledger.lookup(a.article.url, a.entries)).toEqual({});
  });

  it('lists matches newest first', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    await ledger.record(a.article, a.entries);
    const later = read('https://later.example/x', 'The Pentagon said 11,000 North Korean troops are in Russia.', 3000);
    await ledger.record(later.article, later.entries);
    const b = read(B_URL, B_TEXT, 5000);
    const figure = b.entries.find((e) => e.form === 'figure')!;
    const found = (await ledger.lookup(b.article.url, b.entries))[figure.c];
    expect(found.map((m) => m.wording)).toEqual(['11,000', 'Some 10,000']);
  });

  it('a subject followed for long finds every match, and the card shows the newest twelve', async () => {
    for (let i = 0; i < 60; i++) {
      const x = read(`https://site${i}.example/a`, `The Pentagon said ${(9000 + i * 10).toLocaleString('en')} North Korean troops are in Russia.`, 1000 + i);
      await ledger.record(x.article, x.entries);
    }
    const b = read(B_URL, B_TEXT, 9000);
    const figure = b.entries.find((e) => e.form === 'figure')!;
    const refs = (await ledger.matchKeys(b.article.url, b.entries))[figure.c];
    // 9,500 against 9,000 ... 9,590: it agrees with 9,500 only, and conflicts with the other 59.
    expect(refs.keys).toHaveLength(60);
    expect(refs.conflicts).toBe(59);
    const found = (await ledger.lookup(b.article.url, b.entries))[figure.c];
    expect(found).toHaveLength(12);
    expect(found[0].wording).toBe('9,590');
    expect(found.map((m) => m.wording)).toEqual(Array.from({ length: 12 }, (_, i) => (9590 - i * 10).toLocaleString('en')));
    expect(found.map((m) => m.relation)).toEqual(found.map((m) => (m.wording === '9,500' ? 'agrees' : 'conflicts')));
  });

  it('finds an older quotation however many newer texts share its words in part', async () => {
    const old = read('https://old.example/a', '"We will never surrender to this aggression, whatever it costs us," President Zelensky said.', 1000);
    await ledger.record(old.article, old.entries);
    const b = read(B_URL, B_TEXT, 9000);
    const quote = b.entries.find((e) => e.form === 'quote')!;
    // Newer quotations that share an index key with it (a 3-gram of its prefix) and have about its length, but
    // go on otherwise: each must be read and compared, and none matches.
    const words = 'We will never surrender to this aggression, whatever it costs us'.split(' ');
    const WORDS = ['grain', 'ports', 'winter', 'rivers', 'bridges', 'schools'];
    let sharing = 0;
    for (let p = 0; p < words.length && sharing < 40; p++) {
      for (let q = p + 2; q < words.length && sharing < 40; q++) {
        const variant = words.map((w, i) => (i === p ? WORDS[q % 6] : i === q ? WORDS[p % 6] : w)).join(' ');
        const x = read(`https://n${p}-${q}.example/a`, `"${variant}," Kuleba said.`, 2000 + sharing);
        const k = x.entries.find((e) => e.form === 'quote')?.k ?? [];
        if (!k.some((key) => quote.k.includes(key))) continue;
        sharing++;
        await ledger.record(x.article, x.entries);
      }
    }
    expect(sharing).toBeGreaterThanOrEqual(20);
    const found = (await ledger.lookup(b.article.url, b.entries))[quote.c];
    expect(found.map((m) => m.url)).toEqual(['https://old.example/a']);
  });

  it('matches a statement retold in other words, and not one that says something else', async () => {
    const a = read(A_URL, 'The ministry said that 40 people had been evacuated from the town of Izium on Friday.', 1000);
    const other = read('https://other.example/x', 'The ministry said that 40 people had been arrested in the town of Izium on Friday.', 1500);
    await ledger.record(a.article, a.entries);
    await ledger.record(other.article, other.entries);
    const b = read(B_URL, '40 people were evacuated from the town of Izium on Friday, the ministry says.', 2000);
    const statement = b.entries.find((e) => e.form === 'statement');
    expect(statement).toBeDefined();
    const found = (await ledger.lookup(b.article.url, b.entries))[statement!.c];
    expect(found).toEqual([expect.objectContaining({ relation: 'same-words', url: A_URL })]);
  });

  it('finds what another context recorded after this one built its key cache (the ledger page imports)', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    const b = read(B_URL, B_TEXT, 2000);
    const figure = b.entries.find((e) => e.form === 'figure')!;
    expect(await ledger.lookup(b.article.url, b.entries)).toEqual({});
    const page = new Ledger();
    expect(await page.importArticles([a])).toBe(1);
    page.close();
    expect((await ledger.lookup(b.article.url, b.entries))[figure.c]).toHaveLength(1);
    // Cleared elsewhere, then recorded again: the generation never goes back, so the cache is rebuilt again.
    const other = new Ledger();
    await other.clear();
    await other.record(a.article, a.entries);
    other.close();
    expect((await ledger.lookup(b.article.url, b.entries))[figure.c]).toHaveLength(1);
  });

  it('prunes articles read before the retention limit, with their claims', async () => {
    const old = read(A_URL, A_TEXT, 1 * DAY);
    const recent = read(B_URL, B_TEXT, 100 * DAY);
    await ledger.record(old.article, old.entries);
    await ledger.record(recent.article, recent.entries);
    expect(await ledger.prune(100 * DAY - 90 * DAY)).toBe(1);
    const { articles, claims } = await ledger.snapshot();
    expect(articles.map((a) => a.url)).toEqual(['https://herald.example/troops']);
    expect(claims.every((c) => c.a === articles[0].id)).toBe(true);
  });

  it('deletes one article, one claim, or everything', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    const b = read(B_URL, B_TEXT, 2000);
    await ledger.record(a.article, a.entries);
    await ledger.record(b.article, b.entries);
    const { articles, claims } = await ledger.snapshot();
    const bId = articles.find((x) => x.url.startsWith('https://herald'))!.id!;
    expect(await ledger.deleteClaim(claims.find((c) => c.a === bId)!.id!)).toBe(true);
    expect((await ledger.snapshot()).articles.find((x) => x.id === bId)!.n).toBe(b.entries.length - 1);
    expect(await ledger.deleteArticle(bId)).toBe(true);
    expect(await ledger.count()).toEqual({ articles: 1, claims: a.entries.length });
    expect(await ledger.clear()).toBe(true);
    expect(await ledger.count()).toEqual({ articles: 0, claims: 0 });
    expect(notices).toEqual([]);
  });
});

describe('old, broken and full databases', () => {
  it('an older database of another layout starts empty and says so', async () => {
    const old = await openDB(LEDGER_DB, 1, { upgrade(db) { db.createObjectStore('claims', { keyPath: 'url' }).put({ url: 'x', value: 1 }); } });
    old.close();
    const a = read(A_URL, A_TEXT, 1000);
    expect(await ledger.record(a.article, a.entries)).toBe(true);
    expect(notices.map((n) => n.state)).toEqual(['reset']);
    expect(notices[0].message).toMatch(/older version/);
    expect(await ledger.count()).toEqual({ articles: 1, claims: a.entries.length });
    expect(ledger.status).toBe('reset');
  });

  it('an older database with the current layout is kept (migrated) and says so', async () => {
    const old = await openDB<LedgerSchema>(LEDGER_DB, 1, { upgrade: (db, v, _n, tx) => { upgradeLedger(db, v, tx); } });
    await old.add('articles', { url: A_URL, title: 'Kept', site: 'Northern Courier', published: null, readAt: 1, n: 0 });
    old.close();
    expect((await ledger.snapshot()).articles.map((a) => a.title)).toEqual(['Kept']);
    expect(notices.map((n) => n.state)).toEqual(['migrated']);
    const check = await openDB(LEDGER_DB);
    expect(check.version).toBe(LEDGER_VERSION);
    check.close();
  });

  it('a version 3 database (claims with an index of keys) is migrated: its claims kept and found again', async () => {
    const a = read(A_URL, A_TEXT, 1000);
    const v3 = await openDB(LEDGER_DB, 3, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
        articles.createIndex('url', 'url', { unique: true });
        articles.createIndex('readAt', 'readAt');
        db.createObjectStore('claims', { keyPath: 'id' }).createIndex('k', 'k', { multiEntry: true });
      },
    });
    const id = await v3.add('articles', { ...a.article, n: a.entries.length }) as number;
    // Version 3 stored each claim with its keys (32-bit then); the migration recomputes them.
    for (const [i, e] of a.entries.entries()) await v3.put('claims', { ...e, k: [i + 1], id: claimKey(id, i) });
    v3.close();

    const b = read(B_URL, B_TEXT, 2000);
    const figure = b.entries.find((e) => e.form === 'figure')!;
    expect((await ledger.lookup(b.article.url, b.entries))[figure.c]).toEqual([expect.objectContaining({ relation: 'conflicts', url: A_URL })]);
    expect(notices.map((n) => n.state)).toEqual(['migrated']);
    const { claims } = await ledger.snapshot();
    expect(claims).toHaveLength(a.entries.length);
    expect(claims.some((c) => 'k' in c)).toBe(false);
  });

  it('a database from a newer build (VersionError) is started anew', async () => {
    (await openDB(LEDGER_DB, LEDGER_VERSION + 5)).close();
    expect(await ledger.count()).toEqual({ articles: 0, claims: 0 });
    expect(notices.map((n) => n.state)).toEqual(['reset']);
    expect(notices[0].message).toMatch(/VersionError/);
  });

  it('an open that fails (corrupt database) deletes it and starts anew', async () => {
    const realOpen = indexedDB.open.bind(indexedDB);
    let calls = 0;
    vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
      if (calls++ === 0) throw new DOMException('Internal error opening backing store', 'UnknownError');
      return realOpen(name, version);
    });
    const a = read(A_URL, A_TEXT, 1000);
    expect(await ledger.record(a.article, a.entries)).toBe(true);
    expect(notices.map((n) => n.state)).toEqual(['reset']);
    expect(notices[0].message).toMatch(/UnknownError/);
  });

  it('when IndexedDB cannot be used at all, every call is a quiet no-op', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => { throw new DOMException('The operation failed', 'InvalidStateError'); });
    const a = read(A_URL, A_TEXT, 1000);
    expect(await ledger.record(a.article, a.entries)).toBe(false);
    expect(await ledger.lookup(a.article.url, a.entries)).toEqual({});
    expect(await ledger.snapshot()).toEqual({ articles: [], claims: [] });
    expect(await ledger.clear()).toBe(false);
    expect(ledger.status).toBe('unavailable');
    expect(notices.map((n) => n.state)).toEqual(['unavailable']);
  });

  it('a full disk drops the oldest articles, records the new one and says so', async () => {
    for (let i = 0; i < 5; i++) {
      const x = read(`https://site${i}.example/a`, A_TEXT, 1000 + i);
      await ledger.record(x.article, x.entries);
    }
    const { IDBObjectStore } = await import('fake-indexeddb');
    const realAdd = IDBObjectStore.prototype.add;
    let failures = 1;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (failures-- > 0) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const b = read(B_URL, B_TEXT, 9000);
    expect(await ledger.record(b.article, b.entries)).toBe(true);
    expect(notices.map((n) => n.state)).toEqual(['full']);
    const { articles } = await ledger.snapshot();
    expect(articles[0].url).toBe('https://herald.example/troops');
    expect(articles.map((a) => a.url)).not.toContain('https://site0.example/a');
  });

  it('a full disk that stays full skips the article, says so, and leaves nothing half-written', async () => {
    const { IDBObjectStore } = await import('fake-indexeddb');
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); });
    const b = read(B_URL, B_TEXT, 9000);
    expect(await ledger.record(b.article, b.entries)).toBe(false);
    expect(notices.map((n) => n.state)).toEqual(['full']);
    vi.restoreAllMocks();
    expect(await ledger.count()).toEqual({ articles: 0, claims: 0 });
  });
});
