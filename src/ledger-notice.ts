// The ledger's last notice (started anew, migrated, full, unavailable), kept in storage.local so the ledger page
// can say what happened even when it happened in the background long before.
import { browser } from './browser';
import type { LedgerNotice } from './ledger/store';

export const LEDGER_NOTICE_KEY = 'sourcemark.ledger.notice';

export async function saveLedgerNotice(notice: LedgerNotice): Promise<void> {
  await browser.storage.local.set({ [LEDGER_NOTICE_KEY]: notice }).catch(() => undefined);
}

export async function loadLedgerNotice(): Promise<LedgerNotice | null> {
  try {
    const raw: unknown = (await browser.storage.local.get(LEDGER_NOTICE_KEY))[LEDGER_NOTICE_KEY];
    if (typeof raw !== 'object' || raw === null) return null;
    const { state, message, at } = raw as Record<string, unknown>;
    if (!['migrated', 'reset', 'full', 'unavailable'].includes(state as string) || typeof message !== 'string' || typeof at !== 'number') return null;
    return { state: state as LedgerNotice['state'], message: message.slice(0, 500), at };
  } catch {
    return null;
  }
}

export async function clearLedgerNotice(): Promise<void> {
  await browser.storage.local.remove(LEDGER_NOTICE_KEY).catch(() => undefined);
}
