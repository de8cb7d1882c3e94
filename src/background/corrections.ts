// The reader's corrections in the background: the one writer of storage.local's corrections, and the place they
// are applied to the results it keeps per tab, so the popup, the side panel, the exports and anything reading
// those results see the reader's sources rather than the engine's.
import { loadCorrections, onCorrectionsChanged, saveCorrections } from '../corrections-store';
import { applyCorrections, normalizePageUrl, withCorrection, type CorrectionRecord, type CorrectionsByPage } from '../corrections/model';
import type { TabResults } from '../messages';

interface TabStore {
  set(tabId: number, results: TabResults): Promise<void>;
  entries(): Promise<Array<[number, TabResults]>>;
}

export function createCorrections(store: TabStore, onTabChanged: (tabId: number) => void) {
  let cache: Promise<CorrectionsByPage> | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  const all = () => (cache ??= loadCorrections());
  // Another context cleared storage, or a second background instance wrote: follow storage.
  onCorrectionsChanged((next) => { cache = Promise.resolve(next); });

  async function applyTo(results: TabResults): Promise<TabResults> {
    const url = normalizePageUrl(results.page?.url);
    if (!url || results.claims.length === 0) return results;
    return { ...results, claims: applyCorrections(results.claims, (await all())[url]) };
  }

  /** Saves (record) or undoes (null) one correction, then re-applies it to every tab showing that page. */
  function save(url: string, key: string, record: CorrectionRecord | null): Promise<void> {
    const run = writes.then(async () => {
      const next = withCorrection(await all(), url, key, record);
      cache = Promise.resolve(next);
      await saveCorrections(next);
      for (const [tabId, results] of await store.entries()) {
        if (normalizePageUrl(results.page?.url) !== url) continue;
        await store.set(tabId, await applyTo(results));
        onTabChanged(tabId);
      }
    });
    writes = run.catch(() => undefined);
    return run;
  }

  return { applyTo, save };
}
