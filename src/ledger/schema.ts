// The ledger's IndexedDB layout, and what an upgrade from an older build does with what it finds.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { ArticleRecord, ClaimRecord } from './types';

export const LEDGER_DB = 'sourcemark-ledger';
/**
 * 2: articles by url and readAt; claims by article, read time and a multi-entry index of hashed match keys.
 * (1 was the first layout of this branch's work, with string match keys; an upgrade from it or from anything
 * else whose layout differs starts empty and says so.)
 */
export const LEDGER_VERSION = 2;

export interface LedgerSchema extends DBSchema {
  articles: { key: number; value: ArticleRecord; indexes: { url: string; readAt: number } };
  claims: { key: number; value: ClaimRecord; indexes: { a: number; t: number; k: number } };
}

/** Every store and index the code relies on, with its key path and options. */
const LAYOUT = {
  articles: { keyPath: 'id', indexes: { url: ['url', true, false], readAt: ['readAt', false, false] } },
  claims: { keyPath: 'id', indexes: { a: ['a', false, false], t: ['t', false, false], k: ['k', false, true] } },
} as const satisfies Record<string, { keyPath: string; indexes: Record<string, readonly [string, boolean, boolean]> }>;

type StoreName = keyof typeof LAYOUT;
type UpgradeTx = IDBPTransaction<LedgerSchema, StoreName[], 'versionchange'>;

/** Whether a store found in the database has exactly the layout the code expects. */
function matchesLayout(tx: UpgradeTx, name: StoreName): boolean {
  const store = tx.objectStore(name);
  const want = LAYOUT[name];
  if (store.keyPath !== want.keyPath || !store.autoIncrement) return false;
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
  const store = db.createObjectStore(name, { keyPath: 'id', autoIncrement: true });
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
