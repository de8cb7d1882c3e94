// The ledger's IndexedDB layout, and what an upgrade from an older build does with what it finds.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { comparedSet, keysOf } from './entries';
import { merge, postingOf, type Posting } from './postings';
import type { ArticleRecord, ClaimRecord } from './types';

export const LEDGER_DB = 'sourcemark-ledger';
/**
 * 4: articles (auto-increment id) by url and readAt; claims keyed by claimKey(article, n), newest article first,
 * without index; postings: for each match key, the packed postings of the claims filed under it (postings.ts).
 * 3 had a multi-entry index of match keys on the claims instead of postings, and no keys for statements: it is
 * migrated (its claims are kept and their postings built). Anything else that differs starts empty and says
 * so; an older database with the current layout is kept. (1 and 2 were this work's first drafts.)
 */
export const LEDGER_VERSION = 4;

/** Claims per article the key leaves room for (the engine's page cap is 2,000). */
export const CLAIM_SLOTS = 4096;
const ARTICLE_SLOTS = 2 ** 40;

/**
 * A claim's key: its article's id counted down, so that in key order (and so in an index's order for one key)
 * the claims of the most recently first-read articles come first, and `getAll(key, n)` gives the newest n.
 * The claims of one article are one key range, so deleting them is one request and needs no index.
 */
export function claimKey(articleId: number, n: number): number {
  return (ARTICLE_SLOTS - articleId) * CLAIM_SLOTS + n;
}

export function articleOfClaim(key: number): number {
  return ARTICLE_SLOTS - Math.floor(key / CLAIM_SLOTS);
}

export function claimRange(articleId: number): IDBKeyRange {
  return IDBKeyRange.bound(claimKey(articleId, 0), claimKey(articleId, CLAIM_SLOTS - 1));
}

export interface LedgerSchema extends DBSchema {
  articles: { key: number; value: ArticleRecord; indexes: { url: string; readAt: number } };
  claims: { key: number; value: ClaimRecord };
  postings: { key: number; value: Float64Array };
}

/** Every store and index the code relies on, with its key path and options. */
const LAYOUT = {
  articles: { keyPath: 'id', autoIncrement: true, indexes: { url: ['url', true, false], readAt: ['readAt', false, false] } },
  claims: { keyPath: 'id', autoIncrement: false, indexes: {} },
  postings: { keyPath: null, autoIncrement: false, indexes: {} },
} as const satisfies Record<string, { keyPath: string | null; autoIncrement: boolean; indexes: Record<string, readonly [string, boolean, boolean]> }>;

/** The match keys of a stored claim, each with the claim's posting: recomputed from the claim itself. */
export function postingsOf(key: number, claim: Omit<ClaimRecord, 'id'>): Array<[number, Posting]> {
  const set = claim.f ? [] : comparedSet(claim.form, claim.w);
  const posting = postingOf(key, claim, set);
  return [...new Set(keysOf(claim.f, claim.w, claim.form))].map((k) => [k, posting]);
}

type StoreName = keyof typeof LAYOUT;
type UpgradeTx = IDBPTransaction<LedgerSchema, StoreName[], 'versionchange'>;

/** Whether a store found in the database has exactly the layout the code expects. */
function matchesLayout(tx: UpgradeTx, name: StoreName): boolean {
  const store = tx.objectStore(name);
  const want = LAYOUT[name];
  if (store.keyPath !== want.keyPath || store.autoIncrement !== want.autoIncrement) return false;
  const names = Object.keys(want.indexes);
  if (store.indexNames.length !== names.length) return false;
  return names.every((n) => {
    if (!store.indexNames.contains(n as never)) return false;
    const index = store.index(n as never);
    const [keyPath, unique, multiEntry] = want.indexes[n as keyof typeof want.indexes] as readonly [string, boolean, boolean];
    return index.keyPath === keyPath && index.unique === unique && index.multiEntry === multiEntry;
  });
}

function create(db: IDBPDatabase<LedgerSchema>, name: StoreName): void {
  const { keyPath, autoIncrement } = LAYOUT[name];
  const store = db.createObjectStore(name, keyPath === null ? { autoIncrement } : { keyPath, autoIncrement });
  for (const [index, [keyPath, unique, multiEntry]] of Object.entries(LAYOUT[name].indexes)) {
    store.createIndex(index as never, keyPath, { unique, multiEntry });
  }
}

/** Whether the database is version 3's layout: articles as now, claims with one multi-entry index 'k', no postings. */
function isVersion3(db: IDBPDatabase<LedgerSchema>, tx: UpgradeTx): boolean {
  const names = Array.from(db.objectStoreNames as DOMStringList);
  if (names.length !== 2 || !names.includes('articles') || !names.includes('claims') || !matchesLayout(tx, 'articles')) return false;
  const claims = tx.objectStore('claims');
  if (claims.keyPath !== 'id' || claims.indexNames.length !== 1 || !claims.indexNames.contains('k' as never)) return false;
  const index = claims.index('k' as never) as unknown as IDBIndex;
  return index.keyPath === 'k' && index.multiEntry;
}

/**
 * Version 3 to 4: the claims' index goes, each claim loses its stored keys, and the postings are built from the
 * claims (statements gain keys). Runs inside the upgrade's transaction: all of it or none of it.
 */
async function migrateFrom3(db: IDBPDatabase<LedgerSchema>, tx: UpgradeTx): Promise<void> {
  const claims = tx.objectStore('claims');
  claims.deleteIndex('k' as never);
  create(db, 'postings');
  const byKey = new Map<number, Posting[]>();
  for (let cursor = await claims.openCursor(); cursor; cursor = await cursor.continue()) {
    const { k: _stored, ...claim } = cursor.value as ClaimRecord & { k?: number[] };
    void cursor.update(claim);
    for (const [k, posting] of postingsOf(cursor.primaryKey, claim)) byKey.set(k, [...(byKey.get(k) ?? []), posting]);
  }
  const postings = tx.objectStore('postings');
  for (const [k, list] of byKey) void postings.put(merge(undefined, new Set(), list)!, k);
}

/**
 * Brings any database to the current layout. A new one is created; version 3 is migrated; an older one whose
 * stores already have the current layout is kept as it is ('migrated'); anything else is dropped and created
 * anew ('reset'). `migrating` receives the migration's work (the upgrade transaction finishes after it).
 */
export function upgradeLedger(db: IDBPDatabase<LedgerSchema>, oldVersion: number, tx: UpgradeTx, migrating?: (work: Promise<void>) => void): 'created' | 'migrated' | 'reset' {
  const names = Object.keys(LAYOUT) as StoreName[];
  if (oldVersion === 0) {
    for (const name of names) create(db, name);
    return 'created';
  }
  if (oldVersion === 3 && isVersion3(db, tx)) {
    const work = migrateFrom3(db, tx);
    // A failure aborts the upgrade transaction, and the open fails: the store then starts anew and says so.
    work.catch(() => { try { tx.abort(); } catch { /* already finished */ } });
    migrating?.(work);
    return 'migrated';
  }
  const existing = Array.from(db.objectStoreNames as DOMStringList);
  const keep = existing.length === names.length && names.every((n) => existing.includes(n) && matchesLayout(tx, n));
  if (keep) return 'migrated';
  for (const name of existing) db.deleteObjectStore(name as StoreName);
  for (const name of names) create(db, name);
  return 'reset';
}
