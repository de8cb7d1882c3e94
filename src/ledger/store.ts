// The ledger in IndexedDB, through idb (a ~1 KB promise wrapper over the standard API). One object per context;
// every failure is caught here: a database that cannot be opened (corrupt, from a newer build, storage off) is
// deleted and started anew, and when even that fails the ledger is "unavailable" and every call is a quiet no-op.
// What happened is reported once through `onNotice`, for the ledger page to say.
import { deleteDB, openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { comparedSet } from './entries';
import { relationOf, newestFirst } from './match';
import { aspectCode, fingerprint, formCode, merge, STRIDE, type Posting } from './postings';
import { GENERATION_KEY, KeyCache } from './key-cache';
import { jaccard, MATCH_JACCARD } from './shingles';
import { STATEMENT_JACCARD } from './statements';
import { articleOfClaim, claimKey, claimRange, CLAIM_SLOTS, LEDGER_DB, LEDGER_VERSION, postingsOf, upgradeLedger, type LedgerSchema } from './schema';
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

/** Matches the card shows per claim, newest first. */
const MAX_MATCHES = 12;
/** Candidates read at once when words must be compared (texts that are similar, not the same). */
const VERIFY_BATCH = 16;
/** Share of the oldest articles dropped when the disk is full, before one more try. */
const FULL_PRUNE_SHARE = 0.2;

type Db = IDBPDatabase<LedgerSchema>;
type WriteTx = IDBPTransaction<LedgerSchema, Array<'articles' | 'claims' | 'postings'>, 'readwrite'>;
type ReadTx = IDBPTransaction<LedgerSchema, Array<'articles' | 'claims' | 'postings'>, 'readonly'>;
const STORES = ['articles', 'claims', 'postings'] as const;

/** One claim's matches in other articles as the lookup finds them: stored claim keys, newest first. */
export interface MatchRefs {
  keys: number[];
  /** How many of them are figures that disagree. */
  conflicts: number;
}

/** Keys a write added postings under, and the write generation it moved on from (see key-cache.ts). */
interface Written { from: number; keys: number[] }

/** The write generation stored with the postings (0 before the first write). */
async function generationOf(store: { get(key: number): Promise<Float64Array | undefined> }): Promise<number> {
  const value = await store.get(GENERATION_KEY);
  return value && Number.isFinite(value[0]) ? value[0] : 0;
}

/**
 * Rewrites the postings of every key touched: the claims in `removed` (stored claims about to go) come out,
 * those in `added` go in. Every key is read once and written once, all requests together. A write that adds
 * postings moves the generation on, so that another context's key cache knows to rebuild.
 */
async function updatePostings(tx: WriteTx, removed: ReadonlyArray<[number, Omit<ClaimRecord, 'id'>]>, added: ReadonlyArray<[number, Omit<ClaimRecord, 'id'>]>): Promise<Written> {
  const out = new Map<number, Set<number>>();
  const into = new Map<number, Posting[]>();
  for (const [key, claim] of removed) for (const [k] of postingsOf(key, claim)) out.set(k, (out.get(k) ?? new Set()).add(key));
  for (const [key, claim] of added) for (const [k, p] of postingsOf(key, claim)) into.set(k, [...(into.get(k) ?? []), p]);
  const keys = [...new Set([...out.keys(), ...into.keys()])];
  const store = tx.objectStore('postings');
  const [from, current] = await Promise.all([generationOf(store), Promise.all(keys.map((k) => store.get(k)))]);
  await Promise.all([
    ...keys.map((k, i) => {
      const next = merge(current[i], out.get(k) ?? new Set(), into.get(k) ?? []);
      return next ? store.put(next, k) : store.delete(k);
    }),
    ...(into.size ? [store.put(Float64Array.of(from + 1), GENERATION_KEY)] : []),
  ]);
  return { from, keys: [...into.keys()] };
}

/** Deletes articles and their claims, and takes their claims out of the postings. */
async function deleteArticles(tx: WriteTx, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  const claims = tx.objectStore('claims');
  const records = (await Promise.all(ids.map((id) => claims.getAll(claimRange(id))))).flat();
  const removed = records.map((c) => [c.id!, c] as [number, ClaimRecord]);
  await updatePostings(tx, removed, []);
  await Promise.all(ids.flatMap((id) => [tx.objectStore('articles').delete(id), claims.delete(claimRange(id))]));
}

/** Deletes the articles read within `range` of read times, and their claims; returns how many articles went. */
async function deleteReadBefore(tx: WriteTx, range: IDBKeyRange): Promise<number> {
  const ops: Array<Promise<unknown>> = [tx.done];
  let gone = 0;
  try {
    const ids = await tx.objectStore('articles').index('readAt').getAllKeys(range);
    gone = ids.length;
    ops.push(deleteArticles(tx, ids));
  } finally {
    await settleAll(ops);
  }
  return gone;
}

/** A figure's matches from the postings of its keys: every figure filed under them, agreeing or conflicting. */
function figureMatches(entry: LedgerEntry, packed: ReadonlyMap<number, Float64Array | undefined>, selfId: number | undefined): MatchRefs {
  const f = entry.f!;
  const mine = aspectCode(f.aspect);
  const keys: number[] = [];
  let conflicts = 0;
  // A figure with several entities finds a figure sharing two of them under both keys: counted once.
  const seen = entry.k.length > 1 ? new Set<number>() : null;
  for (const k of entry.k) {
    const list = packed.get(k);
    if (!list) continue;
    // Read in place (a followed subject's key may hold thousands of postings): [claim key, lo, hi, aspect].
    for (let i = 0; i + STRIDE <= list.length; i += STRIDE) {
      const key = list[i];
      const aspect = list[i + 3];
      if (aspect < 0 || (mine !== 0 && aspect !== 0 && aspect !== mine) || articleOfClaim(key) === selfId) continue;
      if (seen) { if (seen.has(key)) continue; seen.add(key); }
      keys.push(key);
      if (!(f.lo <= list[i + 2] && list[i + 1] <= f.hi)) conflicts++;
    }
  }
  if (seen) keys.sort((x, y) => x - y);
  return { keys, conflicts };
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
  /** The match keys the ledger holds, built by the first lookup (key-cache.ts). */
  private keyCache: KeyCache | null = null;
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
    let migration: Promise<void> = Promise.resolve();
    const db = await openDB<LedgerSchema>(this.name, LEDGER_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => { outcome = upgradeLedger(database, oldVersion, tx, (work) => { migration = work; }); },
      // Another context (a newer build, or deleteDB) needs the database: let go of it; the next call reopens.
      blocking: () => { db.close(); if (this.db === db) this.db = null; },
      terminated: () => { if (this.db === db) this.db = null; },
    });
    // A migration that failed aborted the upgrade, and the open failed with it: this only rethrows its cause.
    await migration;
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
    const tx = db.transaction([...STORES], 'readwrite');
    const articles = tx.objectStore('articles');
    const claims = tx.objectStore('claims');
    const ops: Array<Promise<unknown>> = [tx.done];
    let written: Written | null = null;
    try {
      const old = await articles.index('url').getKey(article.url);
      const before = old !== undefined ? await claims.getAll(claimRange(old)) : [];
      if (old !== undefined) ops.push(claims.delete(claimRange(old)));
      const { id: _ignored, ...fields } = article;
      const kept = entries.slice(0, CLAIM_SLOTS);
      const record: ArticleRecord = { ...fields, n: kept.length };
      const id = old !== undefined ? await articles.put({ ...record, id: old }) : await articles.add(record);
      // Stored without their keys (a function of the claim, recomputed when it is deleted).
      const stored = kept.map(({ k: _keys, s: _set, ...entry }, i) => [claimKey(id, i), entry] as [number, Omit<ClaimRecord, 'id'>]);
      for (const [key, entry] of stored) ops.push(claims.put({ ...entry, id: key }));
      ops.push(updatePostings(tx, before.map((c) => [c.id!, c]), stored).then((w) => { written = w; }));
    } catch (error) {
      // Nothing half-written: the article and its claims go in together or not at all.
      try { tx.abort(); } catch { /* already finished */ }
      await Promise.allSettled(ops);
      throw error;
    }
    // Every request's promise is awaited (a failed one aborts the transaction and rejects tx.done too).
    await settleAll(ops);
    const w = written as Written | null;
    if (w) this.keyCache?.wrote(w.from, w.keys);
  }

  /** Adds imported articles (an article already in the ledger is replaced by the imported one). */
  async importArticles(list: ReadonlyArray<{ article: ArticleRecord; entries: readonly LedgerEntry[] }>): Promise<number> {
    let added = 0;
    for (const { article, entries } of list) if (await this.record(article, entries)) added++;
    return added;
  }

  /**
   * The matches of each entry in other articles, as stored claim keys, newest first: every claim filed under the
   * entry's keys is considered (no cap). One read-only transaction; one request per distinct key of the whole
   * article, all sent together; figures are decided from the postings alone; quotations and statements that are
   * the same text too; only similar texts are read and compared, newest first, until the card has enough.
   */
  async matchKeys(url: string, entries: readonly LedgerEntry[]): Promise<Record<string, MatchRefs>> {
    return this.use({}, async (db) => {
      const tx = db.transaction([...STORES], 'readonly');
      const self = tx.objectStore('articles').index('url').getKey(url);
      const postings = tx.objectStore('postings');
      const cache = await this.keysHeld(postings);
      // Only the keys the ledger holds: most keys of a page have no postings (claims read for the first time).
      const keys = [...new Set(entries.flatMap((e) => e.k))].filter((k) => cache.has(k));
      const packed = new Map<number, Float64Array | undefined>();
      const lists = await Promise.all(keys.map((k) => postings.get(k)));
      keys.forEach((k, i) => packed.set(k, lists[i]));
      const selfId = await self;
      const out: Record<string, MatchRefs> = {};
      await Promise.all(entries.map(async (entry) => {
        const found = entry.f ? figureMatches(entry, packed, selfId) : await this.wordMatches(tx, entry, packed, selfId);
        if (found.keys.length) out[entry.c] = found;
      }));
      return out;
    });
  }

  /** The key cache, rebuilt when another context (or none yet) wrote since it was built. */
  private async keysHeld(postings: { get(key: number): Promise<Float64Array | undefined>; getAllKeys(): Promise<number[]> }): Promise<KeyCache> {
    const generation = await generationOf(postings);
    if (this.keyCache?.generation !== generation) this.keyCache = KeyCache.build(await postings.getAllKeys(), generation);
    return this.keyCache;
  }

  /** What the key cache holds and costs, for the bench. */
  get keyCacheSize(): { keys: number; bytes: number } {
    return { keys: this.keyCache?.size ?? 0, bytes: this.keyCache?.bytes ?? 0 };
  }

  private async wordMatches(tx: ReadTx, entry: LedgerEntry, packed: ReadonlyMap<number, Float64Array | undefined>, selfId: number | undefined): Promise<MatchRefs> {
    const set = entry.s ?? comparedSet(entry.form, entry.w);
    const t = entry.form === 'statement' ? STATEMENT_JACCARD : MATCH_JACCARD;
    const mine = fingerprint(set);
    const same: number[] = [];
    const similar: number[] = [];
    const seen = new Set<number>();
    const form = formCode(entry.form);
    for (const k of entry.k) {
      const list = packed.get(k);
      if (!list) continue;
      // [claim key, set size, fingerprint, form], read in place.
      for (let i = 0; i + STRIDE <= list.length; i += STRIDE) {
        const key = list[i];
        const size = list[i + 1];
        if (list[i + 3] !== form || seen.has(key) || articleOfClaim(key) === selfId) continue;
        seen.add(key);
        // Jaccard >= t needs the sizes within a factor t of each other.
        if (size < t * set.length || set.length < t * size) continue;
        (size === set.length && list[i + 2] === mine ? same : similar).push(key);
      }
    }
    similar.sort((x, y) => x - y);
    const verified: number[] = [];
    const claims = tx.objectStore('claims');
    // Read only until the card has its matches: a few of the newest similar texts, compared word for word.
    for (let i = 0; i < similar.length && verified.length + same.filter((key) => key < similar[i]).length < MAX_MATCHES; i += VERIFY_BATCH) {
      const batch = similar.slice(i, i + VERIFY_BATCH);
      const records = await Promise.all(batch.map((key) => claims.get(key)));
      records.forEach((r, j) => { if (r && jaccard(set, comparedSet(r.form, r.w)) >= t) verified.push(batch[j]); });
    }
    return { keys: [...same, ...verified].sort((x, y) => x - y), conflicts: 0 };
  }

  /**
   * What the card shows for one claim: its newest matches (up to MAX_MATCHES) with their wording, source and
   * article, each checked again against the stored claim (its relation to `entry`, the speaker included).
   */
  async details(entry: LedgerEntry, refs: readonly number[]): Promise<LedgerMatch[]> {
    return this.use([], async (db) => {
      const tx = db.transaction(['articles', 'claims'], 'readonly');
      const claims = tx.objectStore('claims');
      const articles = tx.objectStore('articles');
      const set = entry.f ? [] : entry.s ?? comparedSet(entry.form, entry.w);
      const out: LedgerMatch[] = [];
      for (let i = 0; i < refs.length && out.length < MAX_MATCHES; i += MAX_MATCHES) {
        const batch = refs.slice(i, i + MAX_MATCHES);
        const records = await Promise.all(batch.map((key) => claims.get(key)));
        const ids = [...new Set(batch.map(articleOfClaim))];
        const metas = new Map(ids.map((id, j) => [id, j] as const));
        const found = await Promise.all(ids.map((id) => articles.get(id)));
        records.forEach((other, j) => {
          const article = found[metas.get(articleOfClaim(batch[j]))!];
          if (!other || !article || out.length >= MAX_MATCHES) return;
          const relation = relationOf(entry, other, (e) => (e === entry ? set : comparedSet(e.form, e.w)));
          if (!relation) return;
          // The same wording from the same article and source once (an article may repeat a figure).
          if (out.some((m) => m.url === article.url && m.wording === other.w && m.source?.name === other.src?.name)) return;
          out.push({
            relation, form: other.form, wording: other.w, source: other.src, url: article.url, title: article.title,
            site: article.site, published: article.published, readAt: article.readAt,
          });
        });
      }
      return out.sort(newestFirst);
    });
  }

  /** Matches in other articles for each entry, with what the card shows (matchKeys, then details for each). */
  async lookup(url: string, entries: readonly LedgerEntry[]): Promise<Record<string, LedgerMatch[]>> {
    const refs = await this.matchKeys(url, entries);
    const out: Record<string, LedgerMatch[]> = {};
    await Promise.all(entries.map(async (entry) => {
      if (!refs[entry.c]) return;
      const list = await this.details(entry, refs[entry.c].keys);
      if (list.length) out[entry.c] = list;
    }));
    return out;
  }

  /** Removes articles (and their claims) last read before `before`. Returns how many articles went. */
  async prune(before: number): Promise<number> {
    return this.use(0, async (db) => {
      const tx = db.transaction([...STORES], 'readwrite');
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
    await deleteReadBefore(db.transaction([...STORES], 'readwrite'), IDBKeyRange.upperBound(threshold));
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
      const tx = db.transaction([...STORES], 'readwrite');
      await settleAll([tx.done, deleteArticles(tx, [id])]);
      return true;
    });
  }

  /** Deletes one claim (the article stays, one claim fewer). */
  async deleteClaim(id: number): Promise<boolean> {
    return this.use(false, async (db) => {
      const tx = db.transaction([...STORES], 'readwrite');
      const claim = await tx.objectStore('claims').get(id);
      if (!claim) return false;
      const ops: Array<Promise<unknown>> = [tx.done, tx.objectStore('claims').delete(id), updatePostings(tx, [[id, claim]], [])];
      const article = await tx.objectStore('articles').get(articleOfClaim(id));
      if (article) ops.push(tx.objectStore('articles').put({ ...article, n: Math.max(0, (article.n ?? 1) - 1) }));
      await settleAll(ops);
      return true;
    });
  }

  async clear(): Promise<boolean> {
    return this.use(false, async (db) => {
      const tx = db.transaction([...STORES], 'readwrite');
      const postings = tx.objectStore('postings');
      const from = await generationOf(postings);
      // The generation goes on (never back to 0): a cache built before must not take the empty ledger for itself.
      await Promise.all([...STORES.map((name) => tx.objectStore(name).clear()), postings.put(Float64Array.of(from + 1), GENERATION_KEY), tx.done]);
      return true;
    });
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
