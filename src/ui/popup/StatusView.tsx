// Honest states: what happened on this page, in plain words, with the one action that helps (if any).
import type { ComponentChildren } from 'preact';
import type { PopupActions, PopupState } from './types';
import { t } from '../i18n';

function State({ title, children, busy = false }: { title: string; children?: ComponentChildren; busy?: boolean }) {
  return (
    <section class="sm-state" role="status" aria-busy={busy || undefined} aria-labelledby="sm-state-h">
      <h2 id="sm-state-h" class="sm-h2">{title}</h2>
      {children}
    </section>
  );
}

export function StatusView({ state, actions, site }: { state: PopupState; actions: PopupActions; site?: string }) {
  // The entry's reason is the more specific explanation ("PDF documents can't be read"): it replaces ours.
  const explain = (fallback: string) => <p>{state.reason ?? fallback}</p>;
  const where = site ?? t('thisSite');
  switch (state.status) {
    case 'loading':
      return (
        <State title={t('stateLoadingTitle')} busy>
          <div class="sm-spinner" aria-hidden="true" />
          {explain(t('stateLoadingText'))}
        </State>
      );
    case 'no-article':
      return (
        <State title={t('stateNoArticleTitle')}>
          {explain(t('stateNoArticleText'))}
          <button type="button" class="sm-btn" onClick={() => actions.onRead(true)}>{t('readAnyway')}</button>
        </State>
      );
    case 'nothing-found':
      return (
        <State title={t('stateNothingTitle')}>
          {explain(t('stateNothingText'))}
        </State>
      );
    case 'failed':
      return (
        <State title={t('stateFailedTitle')}>
          {explain(t('stateFailedText'))}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onRead(false)}>{t('tryAgain')}</button>
        </State>
      );
    case 'paused':
      return (
        <State title={t('statePausedTitle')}>
          {explain(state.settings.paused ? t('statePausedAll') : t('stateOffForSite', where))}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onSettingsChange(
            state.settings.paused ? { ...state.settings, paused: false } : { ...state.settings, siteEnabled: true })}>
            {state.settings.paused ? t('resumeEverywhere') : t('turnOnFor', where)}
          </button>
        </State>
      );
    case 'needs-permission':
      return (
        <State title={t('statePermissionTitle', where)}>
          {explain(t('statePermissionText'))}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onGrantPermission()}>{t('allowOn', where)}</button>
        </State>
      );
    case 'click-to-read': {
      const keys = state.shortcuts?.find((s) => s.name === '_execute_action')?.shortcut;
      return (
        <State title={t('stateClickToReadTitle')}>
          {explain(keys ? t('stateClickToReadKeys', keys) : t('stateClickToRead'))}
        </State>
      );
    }
    case 'unreadable':
      return (
        <State title={t('stateUnreadableTitle')}>
          {explain(state.canReload ? t('stateUnreadableReload') : t('stateUnreadableText'))}
          {state.canReload && (
            <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onReload()}>{t('reloadPage')}</button>
          )}
        </State>
      );
    case 'ready':
      return null;
  }
}
