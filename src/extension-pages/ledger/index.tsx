// The ledger page's entry: reads the ledger (IndexedDB, the extension's own origin, as the background does), the
// settings and the last notice, renders LedgerApp, and does the work behind its actions.
import { render } from 'preact';
import { Ledger, type LedgerNotice } from '../../ledger/store';
import { exportLedger, parseLedgerExport } from '../../ledger/transfer';
import { clearLedgerNotice, loadLedgerNotice, saveLedgerNotice } from '../../ledger-notice';
import { loadSettings, onSettingsChanged, saveSettings } from '../../settings-store';
import { downloadFile } from '../../ui/download';
import { LedgerApp, type LedgerPageActions, type LedgerPageState } from '../../ui/ledger/LedgerApp';
import { installLedgerStyles } from './ledger-styles';
import { localizeDocument } from '../../ui/i18n-document';
import { t, tn, type MessageKey } from '../../ui/i18n';

const root = document.getElementById('app')!;
installLedgerStyles(document);
localizeDocument(document);

/** The import's refusals (src/ledger/transfer.ts throws them in English) in the reader's language. */
const IMPORT_ERRORS: Record<string, MessageKey> = {
  'This file is not JSON.': 'ledgerImportNotJson',
  'This file is not a Sourcemark ledger export.': 'ledgerImportNotLedger',
  'This ledger export comes from a newer version of Sourcemark.': 'ledgerImportNewer',
};

let fresh: LedgerNotice | null = null;
const ledger = new Ledger({ onNotice: (n) => { fresh = n; void saveLedgerNotice(n); } });
let state: LedgerPageState = {
  loading: true, status: 'ok', notice: null, articles: [], claims: [], settings: { ledger: true, ledgerDays: 90 },
};

function draw(): void {
  render(<LedgerApp state={state} actions={actions} />, root);
}

async function reload(message?: string): Promise<void> {
  const { articles, claims } = await ledger.snapshot();
  state = { ...state, loading: false, articles, claims, status: ledger.status, notice: fresh ?? await loadLedgerNotice(), message };
  draw();
}

const actions: LedgerPageActions = {
  onDeleteArticle(id) { void ledger.deleteArticle(id).then(() => reload(t('ledgerDeleted'))); },
  onDeleteClaim(id) { void ledger.deleteClaim(id).then(() => reload(t('ledgerDeleted'))); },
  onClearAll() { void ledger.clear().then((ok) => reload(ok ? t('ledgerCleared') : t('ledgerClearFailed'))); },
  onExport() {
    const data = exportLedger(state.articles, state.claims);
    downloadFile({ filename: `sourcemark-ledger-${new Date().toISOString().slice(0, 10)}.json`, mimeType: 'application/json', content: JSON.stringify(data, null, 1) });
  },
  onImport(file) {
    void file.text().then(async (text) => {
      try {
        const { articles, skipped } = parseLedgerExport(text);
        const added = await ledger.importArticles(articles);
        await reload(skipped ? tn('ledgerImportedSkipped', skipped, added, articles.length) : tn('ledgerImported', articles.length, added));
      } catch (error) {
        await reload(t(IMPORT_ERRORS[error instanceof Error ? error.message : ''] ?? 'ledgerImportFailed'));
      }
    });
  },
  onSettings(next) {
    void loadSettings().then((s) => saveSettings({ ...s, ...next }));
    state = { ...state, settings: next };
    draw();
  },
  onDismissNotice() {
    fresh = null;
    void clearLedgerNotice();
    state = { ...state, notice: null };
    draw();
  },
};

async function main(): Promise<void> {
  const s = await loadSettings();
  state = { ...state, settings: { ledger: s.ledger, ledgerDays: s.ledgerDays } };
  draw();
  onSettingsChanged((next) => { state = { ...state, settings: { ledger: next.ledger, ledgerDays: next.ledgerDays } }; draw(); });
  await reload();
}

void main();
