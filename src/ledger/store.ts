// The ledger in IndexedDB, through idb (a ~1 KB promise wrapper over the standard API). One object per context;
// every failure is caught here: a database that cannot be opened (corrupt, from a newer build, storage off) is
// deleted and started anew, and when even that fails the ledger is "unavailable" and every call is a quiet no-op.
// What happened is reported once through `onNotice`, for the ledger page to say.
import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { relationOf, newestFirst } from './match';
import { shingleHashes } from './shingles';
import { articleOfClaim, claimKey, claimRange, CLAIM_SLOTS, LEDGER_DB, LEDGER_VERSION, upgradeLedger, type LedgerSchema } from './schema';
import type { ArticleRecord, ClaimRecord, ClaimRow, LedgerEntry, LedgerMatch } from './types';

export type LedgerState = 'ok' | 'migrated' | 'reset' | 'full' | 'unavailable';

/** Something the reader should hear about: a ledger started anew, migrated, full, or not available at all. */
export interface LedgerNotice {
  state: Exclude<LedgerState, 'ok'>;
  message: string;
  at: number;
}

export interface LedgerOptions {
  name?: string;
  onNotice?: (notice: LedgerNotice) => void;
  now?: () => number;
}

/** Matches kept per claim: the card shows a few, newest first. */
const MAX_MATCHES = 12;
/**
 * Candidates read per match key, newest first. A subject followed for months ("troops in Russia") may hold
 * thousands of figures; the card wants the latest few, and every record read costs a copy out of the database
 * (measured: reading 13 records per key costs ten times reading one). Six per key, over the several keys of a
 * figure (one per entity) or a quotation (its shingle prefix), bounds a lookup's work whatever the ledger holds.
 * The price: a quotation whose prefix shingle is shared by many newer non-matching texts may miss an older match.
 */
const CANDIDATES_PER_KEY = 6;
/** Share of the oldest articles dropped when the disk is full, before one more try. */
const FULL_PRUNE_SHARE = 0.2;

type Db = IDBPDatabase<LedgerSchema>;
type WriteTx = IDBPTransaction<LedgerSchema, Array<'articles' | 'claims'>, 'readwrite'>;

/** Deletes the articles read within `range` of read times, and their claims; returns how many articles went. */
async function deleteReadBefore(tx: WriteTx, range: IDBKeyRange): Promise<number> {
  const ops: Array<Promise<unknown>> = [tx.done];
  let gone = 0;
  try {
    const ids = await tx.objectStore('articles').index('readAt').getAllKeys(range);
    for (const id of ids) {
      gone++;
      ops.push(tx.objectStore('articles').delete(id), tx.objectStore('claims').delete(claimRange(id)));
    }
  } finally {
    await settleAll(ops);
  }
  return gone;
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'QuotaExceededError';
}

/** Awaits every promise (none left unhandled) and rethrows the first failure. */
async function settleAll(ops: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(ops);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export class Ledger {
  private db: Db | null = null;
  private opening: Promise<Db | null> | null = null;
  private state: LedgerState = 'ok';
  private readonly name: string;
  private readonly now: () => number;

  constructor(private readonly options: LedgerOptions = {}) {
    this.name = options.name ?? LEDGER_DB;
    this.now = options.now ?? Date.now;
  }

  get status(): LedgerState {
    return this.state;
  }

  private notify(state: Exclude<LedgerState, 'ok'>, message: string): void {
    this.state = state;
    try { this.options.onNotice?.({ state, message, at: this.now() }); } catch { /* a notice is best effort */ }
  }

  private async openOnce(): Promise<Db> {
    let outcome: ReturnType<typeof upgradeLedger> | null = null;
    const db = await openDB<LedgerSchema>(this.name, LEDGER_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => { outcome = upgradeLedger(database, oldVersion, tx); },
      // Another context (a newer build, or deleteDB) needs the database: let go of it; the next call reopens.
      blocking: () => { db.close(); if (this.db === db) this.db = null; },
      terminated: () => { if (this.db === db) this.db = null; },
    });
    if (outcome === 'migrated') this.notify('migrated', 'Your reading ledger was kept through an upgrade of Sourcemark.');
    if (outcome === 'reset') this.notify('reset', 'Your reading ledger came from an older version of Sourcemark that this one cannot read: it was started anew, empty.');
    return db;
  }

  /** The open database, opening (or starting anew) when needed; null when IndexedDB cannot be used at all. */
  private database(): Promise<Db | null> {
    if (this.db) return Promise.resolve(this.db);
    if (this.state === 'unavailable') return Promise.resolve(null);
    this.opening ??= (async () => {
      try {
        this.db = await this.openOnce();
      } catch (first) {
        try {
          await deleteDB(this.name);
          this.db = await this.openOnce();
          this.notify('reset', `Your reading ledger could not be opened (${describe(first)}): it was started anew, empty.`);
        } catch (second) {
          this.db = null;
          this.notify('unavailable', `Your reading ledger is not available in this browser profile (${describe(second)}): nothing is recorded.`);
        }
      }
      this.opening = null;
      return this.db;
    })();
    return this.opening;
  }

  /** Runs `work` on the database; any failure is a quiet `fallback` (the extension goes on without the ledger). */
  private async use<T>(fallback: T, work: (db: Db) => Promise<T>): Promise<T> {
    const db = await this.database();
    if (!db) return fallback;
    try {
      return await work(db);
    } catch {
      return fallback;
    }
  }

  /** Records one article's claims, replacing what an earlier read of the same URL recorded. */
  async record(article: ArticleRecord, entries: readonly LedgerEntry[]): Promise<boolean> {
    const db = await this.database();
    if (!db) return false;
    try {
      await this.write(db, article, entries);
      return true;
    } catch (error) {
      if (!isQuotaError(error)) return false;
      // The disk is full: make room by dropping the oldest articles, then try once more.
      try {
        await this.dropOldest(db, FULL_PRUNE_SHARE);
        await this.write(db, article, entries);
        this.notify('full', 'Your disk was full: the oldest articles in your reading ledger were removed to make room.');
        return true;
      } catch (again) {
        this.notify('full', `Your disk is full: this article was not added to your reading ledger (${describe(again)}).`);
        return false;
      }
    }
  }

  private async write(db: Db, article: ArticleRecord, entries: readonly LedgerEntry[]): Promise<void> {
    const tx = db.transaction(['articles', 'claims'], 'readwrite');
    const articles = tx.objectStore('articles');
    const claims = tx.objectStore('claims');
    const ops: Array<Promise<unknown>> = [tx.done];
    try {
      const old = await articles.index('url').getKey(article.url);
      if (old !== undefined) ops.push(claims.delete(claimRange(old)));
      const { id: _ignored, ...fields } = article;
      const kept = entries.slice(0, CLAIM_SLOTS);
      const record: ArticleRecord = { ...fields, n: kept.length };
      const id = old !== undefined ? await articles.put({ ...record, id: old }) : await articles.add(record);
      kept.forEach((entry, i) => ops.push(claims.put({ ...entry, id: claimKey(id, i) })));
    } catch (error) {
      // Nothing half-written: the article and its claims go in together or not at all.
      try { tx.abort(); } catch { /* already finished */ }
      await Promise.allSettled(ops);
      throw error;
    }
    // Every request's promise is awaited (a failed one aborts the transaction and rejects tx.done too).
    await settleAll(ops);
  }

  /** Adds imported articles (an article already in the ledger is replaced by the imported one). */
  async importArticles(list: ReadonlyArray<{ article: ArticleRecord; entries: readonly LedgerEntry[] }>): Promise<number> {
    let added = 0;
    for (const { article, entries } of list) if (await this.record(article, entries)) added++;
    return added;
  }

  /**
   * Matches in other articles for each entry, newest first. One read-only transaction; the requests for every
   * key of every entry go out together (IndexedDB answers them in order without a round trip each).
   */
  async lookup(url: string, entries: readonly LedgerEntry[]): Promise<Record<string, LedgerMatch[]>> {
    return this.use({}, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readonly');
      const byKey = tx.objectStore('claims').index('k');
      const articles = tx.objectStore('articles');
      const self = articles.index('url').getKey(url);
      const keys = [...new Set(entries.flatMap((e) => e.k))];
      // Keys only first (numbers, cheap to copy), one more than the cap: the article itself may be among the
      // newest. A quotation finds the same few texts under several of its keys: each is then read once.
      const found = await Promise.all(keys.map((k) => byKey.getAllKeys(k, CANDIDATES_PER_KEY + 1)));
      const selfId = await self;
      const perKey = keys.map((_, i) => found[i].filter((id) => articleOfClaim(id) !== selfId).slice(0, CANDIDATES_PER_KEY));
      const distinct = [...new Set(perKey.flat())];
      const claimsStore = tx.objectStore('claims');
      const records = await Promise.all(distinct.map((id) => claimsStore.get(id)));
      const byId = new Map(distinct.map((id, i) => [id, records[i]]));
      const candidates = new Map<number, ClaimRecord[]>();
      keys.forEach((k, i) => candidates.set(k, perKey[i].map((id) => byId.get(id)).filter((r): r is ClaimRecord => r !== undefined)));
      const hits: Array<{ claim: string; other: ClaimRecord; relation: NonNullable<ReturnType<typeof relationOf>> }> = [];
      // Each text's shingles computed once, however many claims it is compared with.
      const shingled = new Map<LedgerEntry, number[]>();
      const shingles = (e: LedgerEntry) => { let h = shingled.get(e); if (!h) shingled.set(e, h = shingleHashes(e.w)); return h; };
      for (const entry of entries) {
        const seen = new Set<number>();
        for (const k of entry.k) {
          for (const other of candidates.get(k) ?? []) {
            if (seen.has(other.id!)) continue;
            seen.add(other.id!);
            const relation = relationOf(entry, other, shingles);
            if (relation) hits.push({ claim: entry.c, other, relation });
          }
        }
      }
      const ids = [...new Set(hits.map((h) => articleOfClaim(h.other.id!)))];
      const metas = await Promise.all(ids.map((id) => articles.get(id)));
      const meta = new Map(ids.map((id, i) => [id, metas[i]]));
      const out: Record<string, LedgerMatch[]> = {};
      for (const { claim, other, relation } of hits) {
        const article = meta.get(articleOfClaim(other.id!));
        if (!article) continue;
        const list = (out[claim] ??= []);
        // The same wording from the same article and source once (an article may repeat a figure).
        if (list.some((m) => m.url === article.url && m.wording === other.w && m.source?.name === other.src?.name)) continue;
        list.push({
          relation, form: other.form, wording: other.w, source: other.src, url: article.url, title: article.title,
          site: article.site, published: article.published, readAt: article.readAt,
        });
      }
      for (const list of Object.values(out)) list.sort(newestFirst).splice(MAX_MATCHES);
      return out;
    });
  }

  /** Removes articles (and their claims) last read before `before`. Returns how many articles went. */
  async prune(before: number): Promise<number> {
    return this.use(0, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readwrite');
      const gone = await deleteReadBefore(tx, IDBKeyRange.upperBound(before, true));
      return gone;
    });
  }

  private async dropOldest(db: Db, share: number): Promise<void> {
    const count = await db.count('articles');
    const drop = Math.max(1, Math.ceil(count * share));
    let cursor = await db.transaction('articles').store.index('readAt').openCursor();
    let threshold = 0;
    for (let i = 0; cursor && i < drop; i++, cursor = await cursor.continue()) threshold = cursor.value.readAt;
    await deleteReadBefore(db.transaction(['articles', 'claims'], 'readwrite'), IDBKeyRange.upperBound(threshold));
  }

  /** Everything, for the ledger page and export: articles newest first, and every claim. */
  async snapshot(): Promise<{ articles: ArticleRecord[]; claims: ClaimRow[] }> {
    return this.use({ articles: [], claims: [] }, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readonly');
      const [articles, claims] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('claims').getAll()]);
      articles.sort((a, b) => b.readAt - a.readAt);
      return { articles, claims: claims.map((c) => ({ ...c, a: articleOfClaim(c.id!) })) };
    });
  }

  async count(): Promise<{ articles: number; claims: number }> {
    return this.use({ articles: 0, claims: 0 }, async (db) => ({ articles: await db.count('articles'), claims: await db.count('claims') }));
  }

  /** Deletes one article and its claims. */
  async deleteArticle(id: number): Promise<boolean> {
    return this.use(false, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readwrite');
      await settleAll([tx.done, tx.objectStore('articles').delete(id), tx.objectStore('claims').delete(claimRange(id))]);
      return true;
    });
  }

  /** Deletes one claim (the article stays, one claim fewer). */
  async deleteClaim(id: number): Promise<boolean> {
    return this.use(false, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readwrite');
      const claim = await tx.objectStore('claims').get(id);
      if (!claim) return false;
      const ops: Array<Promise<unknown>> = [tx.done, tx.objectStore('claims').delete(id)];
      const article = await tx.objectStore('articles').get(articleOfClaim(id));
      if (article) ops.push(tx.objectStore('articles').put({ ...article, n: Math.max(0, (article.n ?? 1) - 1) }));
      await settleAll(ops);
      return true;
    });
  }

  async clear(): Promise<boolean> {
    return this.use(false, async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readwrite');
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('claims').clear(), tx.done]);
      return true;
    });
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
