// The popup: the page at a glance, the claim list with filters, export and settings, or an honest state.
// Pure UI: the entry (popup/index.tsx) feeds `state` and does the work behind `actions`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Level } from '../../analysis/types';
import { formatDate, hostnameOf } from '../format';
import { EMPTY_FILTER, filterClaims, type ClaimFilter } from '../summary';
import { ClaimList } from './ClaimList';
import { CorrectionsExport } from './CorrectionsExport';
import { ExportBar } from './ExportBar';
import { AllowSiteBanner } from './AllowSiteBanner';
import { LedgerSummary } from './LedgerSummary';
import { Overview } from './Overview';
import { PopupFooter } from './PopupFooter';
import { SettingsPanel } from './SettingsPanel';
import { StatusView } from './StatusView';
import { Tabs } from './Tabs';
import type { PopupActions, PopupState } from './types';
import { localLanguageName, localNumber, t, tn } from '../i18n';

export type { PopupActions, PopupSettings, PopupState, PopupStatus } from './types';

type View = 'overview' | 'claims' | 'settings';


function PageHeader({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const page = state.page;
  // A staff byline often repeats the publisher ("The Daily Ledger · The Daily Ledger"): show it once.
  const meta = [...new Set([page?.publisher, page?.author].filter((s): s is string => Boolean(s)))];
  return (
    <header class="sm-head">
      <p class="sm-brand">Sourcemark</p>
      {state.canOpenSidePanel && actions.onOpenSidePanel && (
        <button type="button" class="sm-btn sm-btn-quiet sm-open-panel" onClick={() => actions.onOpenSidePanel!()}>
          {t('openSidePanel')}
        </button>
      )}
      <h1 class="sm-title" dir="auto">{page?.title?.trim() || hostnameOf(page?.url) || t('thisPage')}</h1>
      {(meta.length > 0 || page?.published) && (
        <p class="sm-meta">
          {meta.map((name, i) => <span key={name}>{i > 0 ? ' · ' : ''}<bdi>{name}</bdi></span>)}
          {meta.length > 0 && page?.published ? ' · ' : ''}
          {page?.published && <time dateTime={page.published}>{formatDate(page.published)}</time>}
        </p>
      )}
    </header>
  );
}

/** A reminder, shown above the results, that highlighting is off right now (results may still be listed). */
function OffBanner({ state, actions, site }: { state: PopupState; actions: PopupActions; site?: string }) {
  const { settings } = state;
  if (!settings.paused && settings.siteEnabled) return null;
  const paused = settings.paused;
  return (
    <div class="sm-banner" role="note">
      <span>{paused ? t('bannerPaused') : t('bannerOffFor', site ?? t('thisSite'))}</span>
      <button type="button" class="sm-btn sm-btn-quiet"
        onClick={() => actions.onSettingsChange(paused ? { ...settings, paused: false } : { ...settings, siteEnabled: true })}>
        {paused ? t('resume') : t('turnOn')}
      </button>
    </div>
  );
}

/** A page in a language the engine has no words for: said once, above the list, instead of silently crediting nobody. */
function FiguresOnlyNote({ state }: { state: PopupState }) {
  const language = state.language;
  if (language?.support !== 'figures' || (state.status !== 'ready' && state.status !== 'nothing-found')) return null;
  return <p class="sm-banner sm-figures-only" role="note">{t('figuresOnlyBanner', localLanguageName(language.code))}</p>;
}

export function PopupApp({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const panel = state.surface === 'panel';
  // The side panel is for reading along: it starts on the list.
  const [view, setView] = useState<View>(panel ? 'claims' : 'overview');
  const [filter, setFilter] = useState<ClaimFilter>(EMPTY_FILTER);
  const site = state.site ?? hostnameOf(state.page?.url);
  const ready = state.status === 'ready';
  const claims = state.claims;

  const rootRef = useRef<HTMLDivElement>(null);
  const [focusClaims, setFocusClaims] = useState(false);
  // The button that sent us to the list is gone with its panel: focus the list's panel so it is not lost.
  useEffect(() => {
    if (!focusClaims) return;
    rootRef.current?.querySelector<HTMLElement>('#sm-tab-claims-panel')?.focus();
    setFocusClaims(false);
  }, [focusClaims]);

  // A claim selected from the page: show the list, and drop filters that would hide its row.
  const selected = state.selectedClaimId ?? null;
  useEffect(() => {
    if (!selected || !claims.some((c) => c.id === selected)) return;
    setView('claims');
    if (!filterClaims(claims, filter).some((c) => c.id === selected)) setFilter(EMPTY_FILTER);
  }, [selected]); // only when the selection changes, not on every filter change

  const showClaims = (patch: Partial<ClaimFilter>) => {
    setFilter({ ...EMPTY_FILTER, ...patch });
    setView('claims');
    setFocusClaims(true);
  };

  return (
    <div ref={rootRef} class={`sm-theme sm-popup${state.settings.highContrast ? ' sm-hc' : ''}`}>
      <PageHeader state={state} actions={actions} />
      {state.status !== 'paused' && <OffBanner state={state} actions={actions} site={site} />}
      {state.status !== 'needs-permission' && <AllowSiteBanner site={state.allowSite} onAllow={actions.onGrantPermission} />}
      <FiguresOnlyNote state={state} />
      {ready ? (
        <>
          {state.capped && (
            <p class="sm-banner" role="note">{tn('cappedBanner', claims.length)}</p>
          )}
          <Tabs<View>
            label={t('viewsLabel')}
            selected={view}
            onSelect={setView}
            tabs={[
              {
                key: 'overview', label: t('tabOverview'),
                panel: () => (
                  <>
                    <Overview claims={claims} onPickLevel={(level: Level) => showClaims({ levels: [level] })}
                      onPickSource={(key) => showClaims({ sources: [key] })} />
                    <ExportBar count={claims.length} onExport={actions.onExport} />
                    <CorrectionsExport count={state.correctionCount ?? 0} onExport={() => actions.onExportCorrections?.()} />
                    <LedgerSummary claims={claims} counts={state.ledger} onJump={actions.onJump} onOpenLedger={actions.onOpenLedger} />
                  </>
                ),
              },
              {
                key: 'claims', label: <>{t('claimsHeading')} <span class="sm-tab-count">{localNumber(claims.length)}</span></>,
                panel: () => (
                  <ClaimList claims={claims} text={state.text} filter={filter} onFilterChange={setFilter} onJump={actions.onJump}
                    selectedId={selected} />
                ),
              },
              {
                key: 'settings', label: t('settingsTitle'),
                panel: () => <SettingsPanel settings={state.settings} site={site} onChange={actions.onSettingsChange} />,
              },
            ]}
          />
        </>
      ) : (
        <>
          <StatusView state={state} actions={actions} site={site} />
          {state.status !== 'loading' && (
            <details class="sm-more-settings">
              <summary>{t('settingsTitle')}</summary>
              <SettingsPanel settings={state.settings} site={site} onChange={actions.onSettingsChange} headingLevel={3} />
            </details>
          )}
        </>
      )}
      <PopupFooter shortcuts={state.shortcuts} onOpenOptions={actions.onOpenOptions} />
    </div>
  );
}
