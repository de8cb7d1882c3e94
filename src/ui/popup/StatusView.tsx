// Honest states: what happened on this page, in plain words, with the one action that helps (if any).
import type { ComponentChildren } from 'preact';
import type { PopupActions, PopupState } from './types';

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
  const where = site ?? 'this site';
  switch (state.status) {
    case 'loading':
      return (
        <State title="Reading the article…" busy>
          <div class="sm-spinner" aria-hidden="true" />
          {explain('Sourcemark is looking for figures, quotations and reported statements.')}
        </State>
      );
    case 'no-article':
      return (
        <State title="No article on this page">
          {explain('Sourcemark only reads news articles, and this page does not look like one, so nothing is highlighted.')}
          <button type="button" class="sm-btn" onClick={() => actions.onRead(true)}>Read this page anyway</button>
        </State>
      );
    case 'nothing-found':
      return (
        <State title="No claims found">
          {explain('Sourcemark read the article and found no figures, quotations or reported statements to check.')}
        </State>
      );
    case 'failed':
      return (
        <State title="Sourcemark could not finish reading this page">
          {explain('Something went wrong while reading the article, so nothing is highlighted. The page itself was not changed.')}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onRead(false)}>Try again</button>
        </State>
      );
    case 'paused':
      return (
        <State title="Sourcemark is paused">
          {explain(state.settings.paused ? 'Highlighting is paused on every site.' : `Sourcemark is switched off for ${where}.`)}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onSettingsChange(
            state.settings.paused ? { ...state.settings, paused: false } : { ...state.settings, siteEnabled: true })}>
            {state.settings.paused ? 'Resume everywhere' : `Turn on for ${where}`}
          </button>
        </State>
      );
    case 'needs-permission':
      return (
        <State title={`Allow Sourcemark on ${where}?`}>
          {explain('Your browser lets you choose which sites an extension may read. Sourcemark needs to read this page to '
            + 'find its claims. It works on your computer and sends nothing anywhere.')}
          <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onGrantPermission()}>Allow on {where}</button>
        </State>
      );
    case 'unreadable':
      return (
        <State title="Sourcemark can’t read this page">
          {explain(state.canReload
            ? 'This page was probably open before Sourcemark was installed or updated. Reloading it lets Sourcemark in.'
            : 'Browsers keep extensions out of their own pages, the add-on stores and built-in viewers such as the PDF viewer.')}
          {state.canReload && (
            <button type="button" class="sm-btn sm-btn-primary" onClick={() => actions.onReload()}>Reload the page</button>
          )}
        </State>
      );
    case 'ready':
      return null;
  }
}
