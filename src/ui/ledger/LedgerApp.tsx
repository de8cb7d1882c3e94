// The reading ledger's page: what is kept (articles, their claims), figures tracked by subject with a small
// chart, search, delete an item, clear all, export and import, the ledger's settings, and any notice about the
// database (started anew, migrated, full, unavailable). Pure: props in, markup out.
import { useState } from 'preact/hooks';
import type { LedgerNotice, LedgerState } from '../../ledger/store';
import type { ArticleRecord, ClaimRow } from '../../ledger/types';
import { search, subjects } from '../../ledger/view';
import { FORM_WORDS, formatNumber, isHttpUrl, shorten } from '../format';
import { localized, t, tn } from '../i18n';
import { matchWording, shortDate, sourceWords } from '../ledger-format';
import { FigureChart } from './FigureChart';

export interface LedgerPageState {
  loading: boolean;
  status: LedgerState;
  notice: LedgerNotice | null;
  articles: ArticleRecord[];
  claims: ClaimRow[];
  settings: { ledger: boolean; ledgerDays: number };
  /** The outcome of the last import, export or clear, for the reader. */
  message?: string;
}

export interface LedgerPageActions {
  onDeleteArticle(id: number): void;
  onDeleteClaim(id: number): void;
  onClearAll(): void;
  onExport(): void;
  onImport(file: File): void;
  onSettings(settings: { ledger: boolean; ledgerDays: number }): void;
  onDismissNotice(): void;
}

const SHOWN_ARTICLES = 200;

/** What each notice of the ledger's database says (its stored English message is for logs). */
const NOTICE_WORDS = localized<LedgerNotice['state']>({
  migrated: 'ledgerNoticeMigrated', reset: 'ledgerNoticeReset', full: 'ledgerNoticeFull', unavailable: 'ledgerUnavailable',
});
const DELETE_CLAIM = { figure: 'ledgerDeleteFigure', quote: 'ledgerDeleteQuote', statement: 'ledgerDeleteStatement' } as const;

function Notice({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  if (state.status === 'unavailable' && !state.notice) {
    return <p class="sm-banner" role="alert">{t('ledgerUnavailable')}</p>;
  }
  if (!state.notice) return null;
  return (
    <div class="sm-banner" role="alert">
      <span>{NOTICE_WORDS[state.notice.state]}</span>{' '}
      <button type="button" class="sm-btn sm-btn-quiet" onClick={actions.onDismissNotice}>{t('dismiss')}</button>
    </div>
  );
}

function Subjects({ state }: { state: LedgerPageState }) {
  const tracked = subjects(state.articles, state.claims).slice(0, 12);
  return (
    <section class="sm-section" aria-labelledby="sm-subjects-h">
      <h2 id="sm-subjects-h" class="sm-h2">{t('ledgerSubjectsTitle')}</h2>
      {tracked.length === 0
        ? <p class="sm-muted">{t('ledgerSubjectsNone')}</p>
        : tracked.map((s) => (
          <figure key={s.key} class="sm-subject">
            <figcaption><strong>{s.lemma || s.topic}</strong>{s.entity ? ` · ${s.entity}` : ''} <span class="sm-muted">({tn('figureCount', s.points.length)})</span></figcaption>
            <FigureChart subject={s} />
            <ol class="sm-points">
              {s.points.map((p) => (
                <li key={p.claimId}>{p.wording} ({p.lo === p.hi ? formatNumber(p.lo) : `${formatNumber(p.lo)}–${Number.isFinite(p.hi) ? formatNumber(p.hi) : '…'}`}), {p.source ?? t('ledgerNoSourceNamed')}, {p.site}, {shortDate(new Date(p.time).toISOString(), p.time)}</li>
              ))}
            </ol>
          </figure>
        ))}
    </section>
  );
}

function Articles({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  const [query, setQuery] = useState('');
  const found = search(state.articles, state.claims, query);
  return (
    <section class="sm-section" aria-labelledby="sm-articles-h">
      <h2 id="sm-articles-h" class="sm-h2">{t('ledgerArticlesTitle')}</h2>
      <label class="sm-search">{t('ledgerSearch')} <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder={t('ledgerSearchPlaceholder')} /></label>
      <p class="sm-muted" aria-live="polite">{query ? tn('articlesMatch', found.length, query) : tn('articleCount', found.length)}</p>
      <ul class="sm-articles">
        {found.slice(0, SHOWN_ARTICLES).map(({ article, claims }) => (
          <li key={article.id} class="sm-article">
            <div class="sm-article-head">
              {isHttpUrl(article.url) ? <a href={article.url} target="_blank" rel="noopener noreferrer">{article.title ?? article.url}</a> : article.title ?? article.url}
              {' '}<span class="sm-muted">{article.site}, {shortDate(article.published, article.readAt)}</span>{' '}
              <button type="button" class="sm-btn sm-btn-quiet" aria-label={t('ledgerDeleteArticle', article.title ?? article.url)} onClick={() => actions.onDeleteArticle(article.id!)}>{t('delete')}</button>
            </div>
            {claims.length > 0 && (
              <ul class="sm-claims">
                {claims.map((c) => (
                  <li key={c.id}>
                    <span class="sm-kind">{FORM_WORDS[c.form]}</span> {shorten(matchWording({ form: c.form, wording: c.w }), 160)}, {sourceWords(c.src)}{' '}
                    <button type="button" class="sm-linkish" aria-label={t(DELETE_CLAIM[c.form])} onClick={() => actions.onDeleteClaim(c.id!)}>{t('deleteLower')}</button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {found.length > SHOWN_ARTICLES && <p class="sm-muted">{tn('ledgerFirstShown', SHOWN_ARTICLES)}</p>}
    </section>
  );
}

function Controls({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  const [confirming, setConfirming] = useState(false);
  const { settings } = state;
  return (
    <section class="sm-section" aria-labelledby="sm-controls-h">
      <h2 id="sm-controls-h" class="sm-h2">{t('ledgerControlsTitle')}</h2>
      <label class="sm-check"><input type="checkbox" checked={settings.ledger} onChange={(e) => actions.onSettings({ ...settings, ledger: (e.target as HTMLInputElement).checked })} /> {t('ledgerRemember')}</label>
      <label class="sm-days">{t('ledgerKeepFor')}{' '}
        <select value={String(settings.ledgerDays)} onChange={(e) => actions.onSettings({ ...settings, ledgerDays: Number((e.target as HTMLSelectElement).value) })}>
          {[...new Set([7, 30, 90, 180, 365, settings.ledgerDays])].sort((a, b) => a - b).map((d) => <option key={d} value={String(d)}>{tn('dayCount', d)}</option>)}
        </select>{' '}{t('ledgerKeepAfter')}</label>
      <p class="sm-muted">{t('ledgerKeptWhere')}</p>
      <div class="sm-actions">
        <button type="button" class="sm-btn" onClick={actions.onExport}>{t('ledgerExport')}</button>
        <label class="sm-btn">{t('ledgerImport')}<input type="file" accept="application/json,.json" class="sm-visually-hidden" onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) actions.onImport(file);
          (e.target as HTMLInputElement).value = '';
        }} /></label>
        {confirming
          ? <>
            <button type="button" class="sm-btn sm-btn-primary" onClick={() => { setConfirming(false); actions.onClearAll(); }}>{t('ledgerClearConfirm')}</button>
            <button type="button" class="sm-btn sm-btn-quiet" onClick={() => setConfirming(false)}>{t('ledgerKeepIt')}</button>
          </>
          : <button type="button" class="sm-btn" onClick={() => setConfirming(true)}>{t('ledgerClearAll')}</button>}
      </div>
      {state.message && <p role="status">{state.message}</p>}
    </section>
  );
}

export function LedgerApp({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  return (
    <div class="sm-theme sm-ledger-page">
      <header class="sm-head">
        <p class="sm-brand">Sourcemark</p>
        <h1 class="sm-title">{t('ledgerTitle')}</h1>
        <p class="sm-meta" aria-live="polite">
          {state.loading ? t('loading') : t('ledgerKept', tn('articleCount', state.articles.length), tn('claimCount', state.claims.length))}
        </p>
      </header>
      <Notice state={state} actions={actions} />
      <Controls state={state} actions={actions} />
      {!state.loading && <Subjects state={state} />}
      {!state.loading && <Articles state={state} actions={actions} />}
    </div>
  );
}
