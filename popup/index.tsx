// The popup entry: finds the tab, loads its results and the settings, renders PopupApp and does the work
// behind its actions (messages to the tab, storage, permission request, downloads).
import { render } from 'preact';
import { browser, openSidePanel, sidePanelAvailable } from '../src/browser';
import { sendToBackground, sendToTab } from '../src/messages';
import type { Settings } from '../src/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../src/settings-store';
import { downloadFile } from '../src/ui/download';
import { exportClaims } from '../src/ui/export';
import { hostnameOf } from '../src/ui/format';
import { loadShortcuts } from '../src/shortcuts-store';
import type { Shortcut } from '../src/ui/shortcuts';
import { PopupApp, type PopupActions, type PopupSettings, type PopupState } from '../src/ui/popup/PopupApp';
import { installPopupStyles } from '../src/ui/popup/popup-styles';
import { LinkChecksContext } from '../src/ui/popup/LinkCheckRowVerdict';
import type { LinkCheckRecord } from '../src/linkcheck/state';
import { loadTabState, requestHostAccess, siteNotAllowed, tabHostname, type TabState } from './load-state';
import { loadCorrections, onCorrectionsChanged } from '../src/corrections-store';
import { toJsonLines } from '../src/corrections/labelled-examples';
import type { CorrectionsByPage } from '../src/corrections/model';
import { currentSurface, followTab, pinnedTab } from './surface';
import { targetTabId } from './tab';
import { t } from '../src/ui/i18n';
import { localizeDocument } from '../src/ui/i18n-document';

const root = document.getElementById('app')!;
installPopupStyles(document);
localizeDocument(document);

let settings: Settings;
let tabState: TabState = { kind: 'loading' };
let tabId: number | null = null;
const surface = currentSurface(document);
/** Side panel: the claim whose card the reader opened in the page (or whose row was shown in the page). */
let selectedClaimId: string | null = null;
/** The reader's corrections on every page (the tab's results come with theirs applied by the background). */
let corrections: CorrectionsByPage = {};
/** Claims of the tab with matches in the reading ledger (asked of the background once the tab's results are in). */
let ledgerCounts: PopupState['ledger'];
/** The tab's site, remembered: a paused tab reports no page, and the switch that turns it back on needs its site. */
let site: string | undefined;
let shortcuts: Shortcut[] = [];
/** Firefox: the site pattern to offer ("Allow on …") when the tab was read only through the click on our button. */
let allowPattern: string | null = null;

function siteOf(state: TabState): string | undefined {
  if (state.kind === 'needs-permission') return hostnameOf(state.origin.replace(/\/\*$/, ''));
  if (state.kind === 'click-to-read' && state.origin) return hostnameOf(state.origin.replace(/\/\*$/, ''));
  if (state.kind !== 'results' || !state.results.page?.url) return undefined;
  return hostnameOf(state.results.page.url);
}

function popupSettings(): PopupSettings {
  return {
    siteEnabled: !site || !settings.disabledSites.includes(site),
    paused: settings.paused, levels: settings.levels, forms: settings.forms, highContrast: settings.highContrast,
  };
}

function viewState(): PopupState {
  const base = { site, settings: popupSettings(), claims: [], surface, selectedClaimId, canOpenSidePanel: surface === 'popup' && sidePanelAvailable(), shortcuts,
    correctionCount: Object.values(corrections).reduce((n, page) => n + Object.keys(page).length, 0) };
  switch (tabState.kind) {
    case 'loading': return { ...base, status: 'loading' };
    case 'needs-permission': return { ...base, status: 'needs-permission' };
    case 'unreadable': return { ...base, status: 'unreadable', reason: tabState.reason, canReload: tabState.canReload };
    case 'click-to-read': return { ...base, status: 'click-to-read' };
    case 'results': {
      const { results } = tabState;
      const allowSite = allowPattern ? hostnameOf(allowPattern.replace(/\/\*$/, '')) : undefined;
      return { ...base, status: results.status, page: results.page, claims: results.claims, capped: results.capped, text: results.text ?? null, ledger: ledgerCounts, allowSite, language: results.language };
    }
  }
}

const actions: PopupActions = {
  onJump(claimId) {
    if (tabId === null) return;
    if (surface === 'panel') { selectedClaimId = claimId; draw(); }
    void sendToTab(tabId, 'claim/show', { claimId });
  },
  onExportCorrections() {
    const day = new Date().toISOString().slice(0, 10);
    downloadFile({ filename: `sourcemark-corrections-${day}.jsonl`, mimeType: 'application/jsonl;charset=utf-8', content: toJsonLines(corrections) });
  },
  onOpenSidePanel() {
    // Inside the click (a user gesture is required); the popup has done its job once the panel is open.
    if (tabId !== null) void openSidePanel(tabId).then((opened) => { if (opened) window.close(); });
  },
  onSettingsChange(next) {
    const disabled = settings.disabledSites.filter((s) => s !== site);
    if (site && !next.siteEnabled) disabled.push(site);
    settings = { ...settings, paused: next.paused, disabledSites: disabled, levels: next.levels, forms: next.forms, highContrast: next.highContrast };
    draw();
    void saveSettings(settings);
  },
  onGrantPermission() {
    if (tabId === null) return;
    const id = tabId;
    // Read already (through the click on our button): allowing the site keeps it read from now on, no reload needed.
    if (tabState.kind === 'results' && allowPattern) {
      void requestHostAccess(allowPattern).then((granted) => { if (granted) { allowPattern = null; draw(); } });
      return;
    }
    if (tabState.kind !== 'needs-permission') return;
    // Called inside the click: permissions.request needs the user gesture. A grant does not bring the content script
    // into a page already open (Firefox ESR 153, measured): the page is reloaded, and read as it loads. The popup has
    // done its job then; the side panel stays and follows the tab's new results.
    void requestHostAccess(tabState.origin).then((granted) => {
      if (!granted) return;
      tabState = { kind: 'loading' };
      draw();
      void browser.tabs.reload(id).then(() => { if (surface === 'popup') window.close(); else void follow(); });
    });
  },
  onRead(anyway) {
    if (tabId === null) return;
    const id = tabId;
    const run = ++following; // a read under way is overtaken
    tabState = { kind: 'loading' };
    draw();
    void sendToTab(id, 'content/read', { anyway }).then((reply) => {
      if (run !== following) return;
      if (reply.ok) tabState = { kind: 'results', results: reply.value.results };
      else tabState = { kind: 'unreadable', reason: t('reasonUnreachable'), canReload: true };
      draw();
    });
  },
  onReload() {
    if (tabId !== null) void browser.tabs.reload(tabId).then(() => window.close());
  },
  onOpenOptions() {
    // The popup closes as a popup does once the options tab takes over; the side panel stays.
    void browser.runtime.openOptionsPage().then(() => { if (surface === 'popup') window.close(); });
  },
  onOpenLedger() {
    void browser.tabs.create({ url: browser.runtime.getURL('ledger.html') }).then(() => { if (surface === 'popup') window.close(); });
  },
  onExport(format) {
    if (tabState.kind !== 'results') return;
    const { page, claims, text } = tabState.results;
    downloadFile(exportClaims(format, { page, claims, text: text ?? null }));
  },
};

/** The tab's linked-source checks, shown in the claim rows. */
let linkChecks: LinkCheckRecord[] = [];

function draw(): void {
  render(<LinkChecksContext.Provider value={linkChecks}><PopupApp state={viewState()} actions={actions} /></LinkChecksContext.Provider>, root);
}

/** Reads the tab once; a read that a newer `follow` overtook while it was under way is dropped. */
async function refresh(run: number): Promise<void> {
  if (tabId === null) {
    tabState = { kind: 'unreadable', reason: t('reasonNoTab'), canReload: false };
  } else {
    const next = await loadTabState(tabId, settings.readMode);
    const checks = await sendToBackground('linkcheck/results', { tabId });
    if (checks.ok) linkChecks = checks.value.checks;
    const nextSite = siteOf(next) ?? site ?? await tabHostname(tabId);
    const nextAllow = next.kind === 'results' ? await siteNotAllowed(tabId) : null;
    if (run !== following) return;
    allowPattern = nextAllow;
    tabState = next;
    site = nextSite;
    if (next.kind === 'results' && next.results.status === 'ready') {
      const counts = await sendToBackground('ledger/page', { tabId });
      if (run !== following) return;
      ledgerCounts = counts.ok ? counts.value.counts : undefined;
    }
  }
  draw();
}

/** Whether the tab's report agrees with the settings: the content script reports 'paused' exactly when it is off. */
function settled(): boolean {
  if (tabState.kind === 'loading') return false;
  if (tabState.kind !== 'results') return true;
  const on = !settings.paused && !(site && settings.disabledSites.includes(site));
  return (tabState.results.status === 'paused') !== on;
}

let following = 0;
/**
 * Reads the tab until its report is settled: a long page still being read, or the content script restarting
 * after a switch (off clears its results, on reads the page again). A newer call takes over from an older one.
 */
async function follow(): Promise<void> {
  const run = ++following;
  for (let tries = 0; tries < 40 && run === following; tries++) {
    await refresh(run);
    if (settled()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main(): Promise<void> {
  settings = await loadSettings();
  corrections = await loadCorrections();
  onCorrectionsChanged((next) => { corrections = next; draw(); });
  tabId = await targetTabId(location.search);
  shortcuts = await loadShortcuts();
  draw();
  onSettingsChanged((next) => { settings = next; void follow(); });
  await followTab({
    tabId: () => tabId,
    onTabActivated(id) { tabId = id; site = undefined; selectedClaimId = null; tabState = { kind: 'loading' }; draw(); void follow(); },
    onResultsChanged() { void follow(); },
    onClaimOpened(claimId) { selectedClaimId = claimId; draw(); },
  }, { pinned: pinnedTab(location.search), panel: surface === 'panel' });
  await follow();
}

void main().catch(() => {
  tabState = { kind: 'unreadable', reason: t('reasonLoadFailed'), canReload: false };
  if (settings) draw();
});
