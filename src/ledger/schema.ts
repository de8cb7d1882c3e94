// The ledger's IndexedDB layout, and what an upgrade from an older build does with what it finds.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { ArticleRecord, ClaimRecord } from './types';

export const LEDGER_DB = 'sourcemark-ledger';
/**
 * 3: articles (auto-increment id) by url and readAt; claims keyed by claimKey(article, n), newest article first,
 * with one multi-entry index of hashed match keys. An upgrade from an older layout (1 and 2 were this work's
 * first drafts, with an index per article and per read time) or anything else that differs starts empty and
 * says so; an older database with the current layout is kept.
 */
export const LEDGER_VERSION = 3;

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
  claims: { key: number; value: ClaimRecord; indexes: { k: number } };
}

/** Every store and index the code relies on, with its key path and options. */
const LAYOUT = {
  articles: { keyPath: 'id', autoIncrement: true, indexes: { url: ['url', true, false], readAt: ['readAt', false, false] } },
  claims: { keyPath: 'id', autoIncrement: false, indexes: { k: ['k', false, true] } },
} as const satisfies Record<string, { keyPath: string; autoIncrement: boolean; indexes: Record<string, readonly [string, boolean, boolean]> }>;

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
  const store = db.createObjectStore(name, { keyPath: 'id', autoIncrement: LAYOUT[name].autoIncrement });
  for (const [index, [keyPath, unique, multiEntry]] of Object.entries(LAYOUT[name].indexes)) {
    store.createIndex(index as never, keyPath, { unique, multiEntry });
  }
}

/**
 * Brings any database to the current layout. A new one is created; an older one whose stores already have the
 * current layout is kept as it is ('migrated'); anything else is dropped and created anew ('reset').
 */
export function upgradeLedger(db: IDBPDatabase<LedgerSchema>, oldVersion: number, tx: UpgradeTx): 'created' | 'migrated' | 'reset' {
  const names = Object.keys(LAYOUT) as StoreName[];
  if (oldVersion === 0) {
    for (const name of names) create(db, name);
    return 'created';
  }
  const existing = Array.from(db.objectStoreNames as DOMStringList);
  const keep = existing.length === names.length && names.every((n) => existing.includes(n) && matchesLayout(tx, n));
  if (keep) return 'migrated';
  for (const name of existing) db.deleteObjectStore(name as StoreName);
  for (const name of names) create(db, name);
  return 'reset';
}
