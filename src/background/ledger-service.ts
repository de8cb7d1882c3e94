// The reading ledger as the background runs it: each page's report is matched against the ledger and recorded
// (unless the reader is in a private window, the site is paused or switched off, or the ledger setting is off);
// the matches wait per tab for the card and the popup to ask. All of it here, none of it on the page's thread.
import type { Runtime } from '../browser';
import { articleOf, entriesFor, storedEntry } from '../ledger/entries';
import { inArticleConflicts } from '../ledger/match';
import type { Ledger, MatchRefs } from '../ledger/store';
import type { ClaimMatches, LedgerEntry, PageMatches } from '../ledger/types';
import type { TabResults } from '../messages';
import { isActiveOn, type Settings } from '../settings';

const DAY = 86_400_000;
/** Retention is applied at most this often (and once when the background starts). */
const PRUNE_EVERY = 60 * 60 * 1000;

export interface LedgerServiceDeps {
  ledger: Ledger;
  settings: () => Promise<Settings>;
  /** The tab's stored results: after the background restarted (an idle service worker), matches are found again. */
  results?: (tabId: number) => Promise<TabResults | null>;
  now?: () => number;
}

/**
 * What the background keeps for a page: each claim's matches as stored claim keys (found for the whole article
 * when it is read), and the claims' entries, so that a card that opens reads the details of its own matches.
 */
interface PageState {
  entries: Map<string, LedgerEntry>;
  refs: Record<string, MatchRefs>;
  inArticle: PageMatches['inArticle'];
}

const EMPTY: PageState = { entries: new Map(), refs: {}, inArticle: {} };

function hostnameOf(url: string): string {
  try { return new URL(url).hostname; } catch { return ''; }
}

export function createLedgerService({ ledger, settings, results: storedResults, now = Date.now }: LedgerServiceDeps) {
  const pages = new Map<number, Promise<PageState>>();
  let lastPrune = 0;

  async function prune(days: number): Promise<void> {
    if (now() - lastPrune < PRUNE_EVERY) return;
    lastPrune = now();
    await ledger.prune(now() - days * DAY);
  }

  async function read(results: TabResults, incognito: boolean, record = true): Promise<PageState> {
    const page = results.page;
    if (results.status !== 'ready' || !page) return EMPTY;
    const entries = entriesFor(page, results.claims, results.text);
    const inArticle = inArticleConflicts(entries);
    const s = await settings();
    // Private windows, paused or switched-off sites, the setting off: the ledger is neither read nor written.
    if (incognito || !s.ledger || !isActiveOn(s, hostnameOf(page.url))) return { ...EMPTY, inArticle };
    const stored = entries.map(storedEntry);
    const article = articleOf(page, now());
    const refs = await ledger.matchKeys(article.url, stored);
    if (record) {
      await ledger.record(article, stored);
      await prune(s.ledgerDays);
    }
    return { entries: new Map(stored.map((e) => [e.c, e])), refs, inArticle };
  }

  return {
    /** A tab reported its results: match and record them (chained after the tab's previous report). */
    onReport(tabId: number, results: TabResults, sender: Runtime.MessageSender): Promise<void> {
      const previous = pages.get(tabId) ?? Promise.resolve(EMPTY);
      const next = previous.catch(() => EMPTY).then(() => read(results, sender.tab?.incognito === true)).catch(() => EMPTY);
      pages.set(tabId, next);
      return next.then(() => undefined);
    },
    async claim(tabId: number, claimId: string, incognito: boolean): Promise<ClaimMatches> {
      if (!pages.has(tabId) && storedResults) {
        // Nothing in memory (the background was restarted since the report): look up again, without recording.
        pages.set(tabId, storedResults(tabId).then((r) => (r ? read(r, incognito, false) : EMPTY)).catch(() => EMPTY));
      }
      const page = (await pages.get(tabId)) ?? EMPTY;
      const entry = page.entries.get(claimId);
      const refs = page.refs[claimId];
      const matches = entry && refs ? await ledger.details(entry, refs.keys) : [];
      return { matches, inArticle: page.inArticle[claimId] ?? [] };
    },
    async counts(tabId: number): Promise<Record<string, { elsewhere: number; conflicts: number }>> {
      const page = (await pages.get(tabId)) ?? EMPTY;
      const out: Record<string, { elsewhere: number; conflicts: number }> = {};
      for (const [id, refs] of Object.entries(page.refs)) out[id] = { elsewhere: refs.keys.length, conflicts: refs.conflicts };
      for (const [id, list] of Object.entries(page.inArticle)) {
        const entry = (out[id] ??= { elsewhere: 0, conflicts: 0 });
        entry.conflicts += list.length;
      }
      return out;
    },
    forget(tabId: number): void {
      pages.delete(tabId);
    },
    /** Applies retention now (at start). */
    async start(): Promise<void> {
      const s = await settings();
      await prune(s.ledgerDays);
    },
  };
}
