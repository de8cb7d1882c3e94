// The reading ledger's page: what is kept (articles, their claims), figures tracked by subject with a small
// chart, search, delete an item, clear all, export and import, the ledger's settings, and any notice about the
// database (started anew, migrated, full, unavailable). Pure: props in, markup out.
import { useState } from 'preact/hooks';
import type { LedgerNotice, LedgerState } from '../../ledger/store';
import type { ArticleRecord, ClaimRow } from '../../ledger/types';
import { search, subjects } from '../../ledger/view';
import { FORM_WORDS, formatNumber, isHttpUrl, plural, shorten } from '../format';
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

function Notice({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  if (state.status === 'unavailable' && !state.notice) {
    return <p class="sm-banner" role="alert">Your reading ledger is not available in this browser profile: nothing is recorded.</p>;
  }
  if (!state.notice) return null;
  return (
    <div class="sm-banner" role="alert">
      <span>{state.notice.message}</span>{' '}
      <button type="button" class="sm-btn sm-btn-quiet" onClick={actions.onDismissNotice}>Dismiss</button>
    </div>
  );
}

function Subjects({ state }: { state: LedgerPageState }) {
  const tracked = subjects(state.articles, state.claims).slice(0, 12);
  return (
    <section class="sm-section" aria-labelledby="sm-subjects-h">
      <h2 id="sm-subjects-h" class="sm-h2">Figures tracked by subject</h2>
      {tracked.length === 0
        ? <p class="sm-muted">A subject appears here once two articles you read give a figure for it.</p>
        : tracked.map((s) => (
          <figure key={s.key} class="sm-subject">
            <figcaption><strong>{s.lemma || s.topic}</strong>{s.entity ? ` · ${s.entity}` : ''} <span class="sm-muted">({plural(s.points.length, 'figure')})</span></figcaption>
            <FigureChart subject={s} />
            <ol class="sm-points">
              {s.points.map((p) => (
                <li key={p.claimId}>{p.wording} ({p.lo === p.hi ? formatNumber(p.lo) : `${formatNumber(p.lo)}–${Number.isFinite(p.hi) ? formatNumber(p.hi) : '…'}`}), {p.source ?? 'no source named'}, {p.site}, {shortDate(new Date(p.time).toISOString(), p.time)}</li>
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
      <h2 id="sm-articles-h" class="sm-h2">Articles read</h2>
      <label class="sm-search">Search <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="a figure, words, a source, a site" /></label>
      <p class="sm-muted" aria-live="polite">{plural(found.length, 'article')}{query ? ` match “${query}”` : ''}</p>
      <ul class="sm-articles">
        {found.slice(0, SHOWN_ARTICLES).map(({ article, claims }) => (
          <li key={article.id} class="sm-article">
            <div class="sm-article-head">
              {isHttpUrl(article.url) ? <a href={article.url} target="_blank" rel="noopener noreferrer">{article.title ?? article.url}</a> : article.title ?? article.url}
              {' '}<span class="sm-muted">{article.site}, {shortDate(article.published, article.readAt)}</span>{' '}
              <button type="button" class="sm-btn sm-btn-quiet" aria-label={`Delete ${article.title ?? article.url} from the ledger`} onClick={() => actions.onDeleteArticle(article.id!)}>Delete</button>
            </div>
            {claims.length > 0 && (
              <ul class="sm-claims">
                {claims.map((c) => (
                  <li key={c.id}>
                    <span class="sm-kind">{FORM_WORDS[c.form]}</span> {shorten(matchWording({ form: c.form, wording: c.w }), 160)}, {sourceWords(c.src)}{' '}
                    <button type="button" class="sm-linkish" aria-label={`Delete this ${FORM_WORDS[c.form].toLowerCase()}`} onClick={() => actions.onDeleteClaim(c.id!)}>delete</button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {found.length > SHOWN_ARTICLES && <p class="sm-muted">The first {SHOWN_ARTICLES} are shown: search to find others.</p>}
    </section>
  );
}

function Controls({ state, actions }: { state: LedgerPageState; actions: LedgerPageActions }) {
  const [confirming, setConfirming] = useState(false);
  const { settings } = state;
  return (
    <section class="sm-section" aria-labelledby="sm-controls-h">
      <h2 id="sm-controls-h" class="sm-h2">Your ledger</h2>
      <label class="sm-check"><input type="checkbox" checked={settings.ledger} onChange={(e) => actions.onSettings({ ...settings, ledger: (e.target as HTMLInputElement).checked })} /> Remember the claims of the articles I read</label>
      <label class="sm-days">Keep articles for{' '}
        <select value={String(settings.ledgerDays)} onChange={(e) => actions.onSettings({ ...settings, ledgerDays: Number((e.target as HTMLSelectElement).value) })}>
          {[...new Set([7, 30, 90, 180, 365, settings.ledgerDays])].sort((a, b) => a - b).map((d) => <option key={d} value={String(d)}>{plural(d, 'day')}</option>)}
        </select>{' '}after I last read them</label>
      <p class="sm-muted">Kept only in this browser profile, never sent anywhere; nothing is recorded in private windows or on sites where Sourcemark is paused or off.</p>
      <div class="sm-actions">
        <button type="button" class="sm-btn" onClick={actions.onExport}>Export (JSON)</button>
        <label class="sm-btn">Import (JSON)<input type="file" accept="application/json,.json" class="sm-visually-hidden" onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) actions.onImport(file);
          (e.target as HTMLInputElement).value = '';
        }} /></label>
        {confirming
          ? <>
            <button type="button" class="sm-btn sm-btn-primary" onClick={() => { setConfirming(false); actions.onClearAll(); }}>Yes, clear everything</button>
            <button type="button" class="sm-btn sm-btn-quiet" onClick={() => setConfirming(false)}>Keep it</button>
          </>
          : <button type="button" class="sm-btn" onClick={() => setConfirming(true)}>Clear all…</button>}
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
        <h1 class="sm-title">Your reading ledger</h1>
        <p class="sm-meta" aria-live="polite">
          {state.loading ? 'Loading…' : `${plural(state.articles.length, 'article')}, ${plural(state.claims.length, 'claim')} kept`}
        </p>
      </header>
      <Notice state={state} actions={actions} />
      <Controls state={state} actions={actions} />
      {!state.loading && <Subjects state={state} />}
      {!state.loading && <Articles state={state} actions={actions} />}
    </div>
  );
}
