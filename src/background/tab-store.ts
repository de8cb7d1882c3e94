// Per-tab results. Kept in memory and mirrored to storage.session, because an MV3 service worker
// is stopped when idle and would otherwise forget every tab.
import { browser } from '../browser';
import { isTabResults, type TabResults } from '../messages';

const key = (tabId: number) => `tab:${tabId}`;

export function createTabStore() {
  const memory = new Map<number, TabResults>();
  const session = browser.storage.session;

  return {
    async set(tabId: number, results: TabResults): Promise<void> {
      memory.set(tabId, results);
      await session?.set({ [key(tabId)]: results }).catch(() => undefined);
    },
    async get(tabId: number): Promise<TabResults | null> {
      const cached = memory.get(tabId);
      if (cached) return cached;
      const stored = await session?.get(key(tabId)).catch(() => undefined);
      // Storage that does not hold valid results counts as none (it is only a cache of what the tab reported).
      const raw: unknown = stored?.[key(tabId)];
      const results = isTabResults(raw) ? raw : null;
      if (results) memory.set(tabId, results);
      return results;
    },
    /** Every tab's results (memory first; storage.session for tabs this worker has not seen since it woke). */
    async entries(): Promise<Array<[number, TabResults]>> {
      const stored: Record<string, unknown> = await session?.get(null).catch(() => ({})) ?? {};
      const out = new Map(memory);
      for (const [k, raw] of Object.entries(stored)) {
        const tabId = Number(k.slice(4));
        if (k.startsWith('tab:') && Number.isInteger(tabId) && !out.has(tabId) && isTabResults(raw)) out.set(tabId, raw);
      }
      return [...out];
    },
    async delete(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session?.remove(key(tabId)).catch(() => undefined);
    },
  };
}
