// @vitest-environment jsdom
// The interface in each language: the popup's three views, its states, the card and the options page render with
// no English label left (page text aside), and the same check finds the English when the interface is English.
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis/types';
import { ClaimCard } from '../../src/ui/ClaimCard';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { OptionsApp } from '../../src/ui/popup/OptionsApp';
import type { PopupState } from '../../src/ui/popup/types';
import { englishLeft, shownText } from '../support/english-left';
import { localeMessages, useLocale } from '../support/i18n-setup';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { byText, click, mount, unmountAll } from './render';
import { readyState, spyActions } from './popup-fixtures';

afterEach(() => {
  unmountAll();
  useLocale('en');
});

const en = localeMessages('en');

/** The factory's claims carry made-up reasons: give them reasons as the engine writes them (translated by reason-words.ts). */
const ENGINE_REASONS = ['the same sentence says who said it: “said”', 'it is a direct quotation', 'the source is a named person'];
function engineState(patch: Partial<PopupState> = {}): PopupState {
  const state = readyState(patch);
  return { ...state, claims: state.claims.map((c) => ({ ...c, reasons: c.source ? ENGINE_REASONS : ['the article does not say who this comes from'] })) };
}

function pageStrings(state: PopupState): string[] {
  const claims: Claim[] = state.claims;
  return [state.page?.title ?? '', state.page?.publisher ?? '', state.page?.author ?? '',
    ...claims.flatMap((c) => [c.text, c.source?.name ?? '', c.source?.via?.name ?? '', c.cue?.text ?? '', c.quantity?.text ?? '', ...c.hedges])];
}

/** Everything the popup can show with this state: the three tabs, a row opened to its card. */
function popupText(state: PopupState): string[] {
  const root = mount(<PopupApp state={state} actions={spyActions()} />);
  const seen = shownText(root);
  for (const name of [1, 2]) {
    click(root.querySelectorAll<HTMLButtonElement>('[role="tab"]')[name]);
    if (name === 1) click(root.querySelector('.sm-row-toggle'));
    seen.push(...shownText(root));
  }
  return seen;
}

const STATES: PopupState['status'][] = ['loading', 'no-article', 'nothing-found', 'paused', 'needs-permission', 'unreadable'];

describe.each(['de', 'fr', 'es', 'uk', 'ru'])('the interface in %s', (locale) => {
  const other = localeMessages(locale);

  it('the popup has no English label left, in every view and state', () => {
    useLocale(locale);
    const state = engineState({ capped: true, correctionCount: 2, shortcuts: [{ name: '_execute_action', description: '', shortcut: 'Alt+Shift+S' }] });
    const shown = popupText(state);
    for (const status of STATES) shown.push(...shownText(mount(<PopupApp state={{ ...state, status, site: 'example.com' }} actions={spyActions()} />)));
    expect(englishLeft(shown, en, other, pageStrings(state))).toEqual([]);
    expect(shown.join(' ')).toContain(other.claimsHeading.message);
  });

  it('the card has no English label left', () => {
    useLocale(locale);
    const state = engineState();
    const shown = state.claims.flatMap((claim) => shownText(mount(<ClaimCard claim={claim} onClose={() => {}} />)));
    expect(englishLeft(shown, en, other, pageStrings(state))).toEqual([]);
  });

  it('the options page has no English label left', () => {
    useLocale(locale);
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    const shortcuts = [{ name: 'next-claim', description: 'Go to the next claim', shortcut: 'Alt+Shift+J' }, { name: 'toggle-highlights', description: '', shortcut: '' }];
    const shown = shownText(mount(<OptionsApp settings={settings} shortcuts={shortcuts} onChange={() => {}} />));
    expect(englishLeft(shown, en, other, ['example.com'])).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds the English of an English interface', () => {
    useLocale('en');
    const state = readyState();
    const left = englishLeft(popupText(state), en, localeMessages('de'), pageStrings(state));
    expect(left.length).toBeGreaterThan(10);
    expect(left.join('\n')).toContain('Show in page');
  });

  it('writes numbers and counts in the reader’s language', () => {
    useLocale('de');
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    expect(root.querySelector('#sm-levels-h')!.textContent).toBe('10 Aussagen nach Sicherheit');
    expect(root.querySelector('.sm-meta')!.textContent).toContain('10.02.2025');
    click(byText(root, '[role="tab"]', /^Aussagen/));
    expect(root.querySelector('.sm-showing')!.textContent).toBe('Alle 10 Aussagen werden gezeigt');
  });
});
