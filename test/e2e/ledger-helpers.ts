// Reading the reading ledger's real IndexedDB from an extension page (same origin as the background).
import type { ExtensionBrowser } from './browsers';

/** Articles and claims in the ledger; zeros when the database does not exist yet (it is not created here). */
export async function ledgerCounts(ext: ExtensionBrowser): Promise<{ articles: number; claims: number; titles: string[] }> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    const json = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase | null>((resolve) => {
        const request = indexedDB.open('sourcemark-ledger');
        // Not there yet: do not create it (that would look like an old database to the extension).
        request.onupgradeneeded = () => request.transaction!.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
      });
      if (!db) return JSON.stringify({ articles: 0, claims: 0, titles: [] });
      const tx = db.transaction(['articles', 'claims']);
      const all = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const articles = await all(tx.objectStore('articles').getAll()) as Array<{ title: string | null }>;
      const claims = await all(tx.objectStore('claims').count());
      db.close();
      return JSON.stringify({ articles: articles.length, claims, titles: articles.map((a) => a.title ?? '') });
    });
    return JSON.parse(json);
  } finally {
    await page.close();
  }
}

/** Polls until the ledger holds `n` articles (recording happens in the background after the page reported). */
export async function waitForLedgerArticles(ext: ExtensionBrowser, n: number, timeout = 15_000): Promise<{ articles: number; claims: number; titles: string[] }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const counts = await ledgerCounts(ext);
    if (counts.articles === n) return counts;
    if (Date.now() > deadline) throw new Error(`the ledger holds ${counts.articles} articles, not ${n}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
