// The background: runs the engine for every tab, fairly (background/analysis-jobs.ts), keeps each tab's results
// (so the popup opens instantly), sets the toolbar badge,
// clears results on navigation and tab close, and turns keyboard commands into messages to the tab.
import { browser } from './browser';
import { broadcast, handleMessages, sendToTab, type TabResults } from './messages';
import { createAnalysisJobs } from './background/analysis-jobs';
import { createCorrections } from './background/corrections';
import { createTabStore } from './background/tab-store';
import { ReportAssembler } from './background/report-assembler';
import { createLinkChecks } from './background/linkcheck';
import { createLedgerService } from './background/ledger-service';
import { Ledger } from './ledger/store';
import { saveLedgerNotice } from './ledger-notice';
import { loadSettings, onSettingsChanged } from './settings-store';
import { createPageAccess } from './background/page-access';
import { createPageStyles } from './background/page-styles';
import { openWelcomeOnInstall } from './background/welcome';

openWelcomeOnInstall(); // first, in the background's first turn (see background/welcome.ts)
const store = createTabStore();
const pageStyles = createPageStyles();
// The read mode: the content script registered for every page, or injected on the reader's click.
const access = createPageAccess();
void loadSettings().then((settings) => access.sync(settings.readMode));
onSettingsChanged((settings) => void access.sync(settings.readMode));
const analyses = createAnalysisJobs();
const reports = new ReportAssembler();
const linkChecks = createLinkChecks();
const corrections = createCorrections(store, (tabId) => void broadcast('results/changed', { tabId }));
const ledger = createLedgerService({ ledger: new Ledger({ onNotice: (n) => void saveLedgerNotice(n) }), settings: loadSettings, results: (tabId) => store.get(tabId) });
void ledger.start();

function badgeText(results: TabResults | null): string {
  if (!results || results.status !== 'ready') return '';
  const n = results.claims.length;
  return n > 999 ? '999+' : String(n);
}

async function showBadge(tabId: number, results: TabResults | null): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1e5aaa' });
    await browser.action.setBadgeText({ tabId, text: badgeText(results) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

handleMessages({
  ...linkChecks.handlers,
  'analysis/run': {
    from: ['content'],
    handle: (request, sender) => analyses.run(request, sender),
  },
  'analysis/part': {
    from: ['content'],
    handle: async (request, sender) => analyses.part(request, sender),
  },
  'results/report': {
    from: ['content'],
    handle: async ({ results: part, part: info }, sender) => {
      const tabId = sender.tab!.id!;
      const reported = info ? reports.add(tabId, part, info) : part;
      if (!reported) return { ok: true }; // more parts to come
      const results = await corrections.applyTo(reported); // the reader's corrections, for every reader of the store
      await store.set(tabId, results);
      void broadcast('results/changed', { tabId });
      await showBadge(tabId, results);
      void ledger.onReport(tabId, results, sender);
      return { ok: true };
    },
  },
  'correction/set': {
    from: ['content', 'extension-page'],
    handle: async ({ url, key, record }) => {
      await corrections.save(url, key, record);
      return { ok: true };
    },
  },
  'ledger/matches': { from: ['content'], handle: ({ claimId }, sender) => ledger.claim(sender.tab!.id!, claimId, sender.tab!.incognito === true) },
  'ledger/page': { from: ['extension-page'], handle: async ({ tabId }) => ({ counts: await ledger.counts(tabId) }) },
  'page/style': {
    from: ['content'],
    handle: async ({ names }, sender) => ({ inserted: await pageStyles.insert(names, { tabId: sender.tab!.id!, frameId: sender.frameId ?? 0 }) }),
  },
  'page/read': { from: ['extension-page'], handle: async ({ tabId }) => ({ read: await access.readTab(tabId) }) },
  'results/get': {
    from: ['extension-page'],
    handle: async ({ tabId }) => ({ results: await store.get(tabId) }),
  },
});

browser.tabs.onRemoved.addListener((tabId) => {
  analyses.forget(tabId);
  reports.forget(tabId);
  ledger.forget(tabId);
  pageStyles.forget(tabId);
  void store.delete(tabId);
  void linkChecks.forget(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading in the tab: its old results no longer describe it. (Without the `tabs` permission
  // the new URL is often hidden, so any load clears; the content script reports again when it has read the page.)
  if (change.status === 'loading') {
    void store.delete(tabId).then(() => broadcast('results/changed', { tabId }));
    void linkChecks.forget(tabId);
    ledger.forget(tabId);
    reports.forget(tabId);
    pageStyles.forget(tabId);
    void showBadge(tabId, null);
  }
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  let sent: { ok: boolean } = { ok: true };
  if (command === 'next-claim' || command === 'previous-claim') {
    sent = await sendToTab(tab.id, 'claim/step', { direction: command === 'next-claim' ? 'next' : 'previous' });
  } else if (command === 'toggle-highlights') {
    sent = await sendToTab(tab.id, 'highlights/toggle', {});
  }
  // Nothing in the tab to answer: the page was not read ("only when I click"). A shortcut grants activeTab: read it.
  if (!sent.ok) await access.readTab(tab.id);
});
