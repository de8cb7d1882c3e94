// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { PopupState } from '../../src/ui/popup/types';
import { SETTINGS, readyState, spyActions } from './popup-fixtures';
import { byText, click, mount, unmountAll } from './render';
import { useLocale } from '../support/i18n-setup';

afterEach(unmountAll);

const state = (patch: Partial<PopupState>): PopupState => ({ claims: [], settings: SETTINGS, status: 'loading', ...patch });
const heading = (root: HTMLElement) => root.querySelector('.sm-state h2')!.textContent;
const buttons = (root: HTMLElement) => [...root.querySelectorAll('.sm-state button')].map((b) => b.textContent);

describe('honest states', () => {
  it('loading: a busy status, no actions', () => {
    const root = mount(<PopupApp state={state({ status: 'loading' })} actions={spyActions()} />);
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(heading(root)).toBe('Reading the article…');
    expect(buttons(root)).toEqual([]);
    expect(root.querySelector('[role="tablist"]')).toBeNull();
  });

  it('no article, nothing found: say so, with the reason when there is one', () => {
    const actions = spyActions();
    let root = mount(<PopupApp state={state({ status: 'no-article', page: { url: 'https://shop.example/', title: 'Shop', publisher: null, author: null, published: null } })} actions={actions} />);
    expect(heading(root)).toBe('No article on this page');
    expect(root.querySelector('h1')!.textContent).toBe('Shop');
    click(byText(root, 'button', 'Read this page anyway'));
    expect(actions.onRead).toHaveBeenCalledWith(true);
    unmountAll();
    root = mount(<PopupApp state={state({ status: 'nothing-found', reason: 'The article is 40 words long.' })} actions={spyActions()} />);
    expect(heading(root)).toBe('No claims found');
    expect(root.textContent).toContain('The article is 40 words long.');
    expect(root.textContent).not.toContain('found no figures'); // the entry's reason replaces the general words
    expect(buttons(root)).toEqual([]);
  });

  it('failed: says the reading failed (not "nothing found") and offers to try again', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={state({ status: 'failed' })} actions={actions} />);
    expect(heading(root)).toBe('Sourcemark could not finish reading this page');
    expect(root.textContent).not.toMatch(/No claims found/);
    click(byText(root, 'button', 'Try again'));
    expect(actions.onRead).toHaveBeenCalledWith(false);
  });

  it('ready, read only through a click on the button (Firefox): one button allows the site', () => {
    const actions = spyActions();
    let root = mount(<PopupApp state={readyState({ allowSite: 'news.example.com' })} actions={actions} />);
    const banner = root.querySelector('.sm-allow-site')!;
    expect(banner.textContent).toContain('news.example.com');
    expect([...banner.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Allow on news.example.com']);
    click(byText(root, 'button', 'Allow on news.example.com'));
    expect(actions.onGrantPermission).toHaveBeenCalledTimes(1);
    unmountAll();
    root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    expect(root.querySelector('.sm-allow-site')).toBeNull();
  });

  it('unreadable: offers a reload only where it helps', () => {
    const actions = spyActions();
    let root = mount(<PopupApp state={state({ status: 'unreadable', canReload: true, site: 'news.example.com' })} actions={actions} />);
    expect(heading(root)).toBe('Sourcemark can’t read this page');
    expect(root.textContent).toContain('open before Sourcemark was installed');
    click(byText(root, 'button', 'Reload the page'));
    expect(actions.onReload).toHaveBeenCalledTimes(1);
    unmountAll();
    root = mount(<PopupApp state={state({ status: 'unreadable', reason: 'This is the browser’s PDF viewer.' })} actions={actions} />);
    expect(buttons(root)).toEqual([]);
    expect(root.textContent).toContain('PDF viewer');
  });

  it('needs permission: explains and offers the grant', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={state({ status: 'needs-permission', page: { url: 'https://www.example.org/a', title: 'A', publisher: null, author: null, published: null } })} actions={actions} />);
    expect(heading(root)).toBe('Allow Sourcemark on www.example.org?');
    expect(root.textContent).toContain('sends nothing anywhere');
    click(byText(root, 'button', 'Allow on www.example.org'));
    expect(actions.onGrantPermission).toHaveBeenCalledTimes(1);
  });

  it('paused: offers to resume, everywhere or for this site', () => {
    const actions = spyActions();
    let root = mount(<PopupApp state={state({ status: 'paused', settings: { ...SETTINGS, paused: true } })} actions={actions} />);
    click(byText(root, '.sm-state button', 'Resume everywhere'));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, paused: false });
    unmountAll();
    root = mount(<PopupApp state={state({ status: 'paused', site: 'news.example.com', settings: { ...SETTINGS, siteEnabled: false } })} actions={actions} />);
    expect(root.textContent).toContain('switched off for news.example.com');
    click(byText(root, '.sm-state button', 'Turn on for news.example.com'));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, siteEnabled: true });
  });

  it('keeps settings within reach when there are no results', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={state({ status: 'no-article', site: 'shop.example' })} actions={actions} />);
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Settings');
    click(byText(details, 'label', 'On for shop.example').querySelector('input'));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, siteEnabled: false });
  });

  it('reminds the reader when highlighting is off but results are listed', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={readyState({ settings: { ...SETTINGS, siteEnabled: false } })} actions={actions} />);
    expect(root.querySelector('.sm-banner')!.textContent).toContain('Off for news.example.com. Nothing is highlighted.');
    click(byText(root, '.sm-banner button', 'Turn on'));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, siteEnabled: true });
  });
});

describe('settings', () => {
  function openSettings(actions = spyActions(), settings = SETTINGS) {
    const root = mount(<PopupApp state={readyState({ settings })} actions={actions} />);
    click(byText(root, '[role="tab"]', 'Settings'));
    return { root, actions };
  }
  const input = (root: HTMLElement, label: RegExp) => byText<HTMLLabelElement>(root, 'label', label).querySelector('input')!;

  it('switches the site and the global pause', () => {
    const { root, actions } = openSettings();
    const site = input(root, /^On for news\.example\.com$/);
    expect(site.getAttribute('role')).toBe('switch');
    expect(site.checked).toBe(true);
    click(site);
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, siteEnabled: false });
    click(input(root, /^Pause on every site$/));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, paused: true });
  });

  it('chooses levels and forms to highlight, keeping their order', () => {
    const { root, actions } = openSettings(spyActions(), { ...SETTINGS, levels: ['high', 'none'], forms: ['quote'] });
    const levels = byText(root, 'fieldset', /^Highlight claims with/);
    expect([...levels.querySelectorAll('input')].map((i) => i.checked)).toEqual([true, false, false, true]);
    click(input(levels, /Medium confidence/));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, levels: ['high', 'medium', 'none'], forms: ['quote'] });
    click(input(levels, /High confidence/));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, levels: ['none'], forms: ['quote'] });
    click(input(byText(root, 'fieldset', /^Highlight these forms/), /^Figure/));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, levels: ['high', 'none'], forms: ['figure', 'quote'] });
  });

  it('turns on the high-contrast palette, which the popup shows too', () => {
    const { root, actions } = openSettings();
    click(input(root, /High-contrast/));
    expect(actions.onSettingsChange).toHaveBeenLastCalledWith({ ...SETTINGS, highContrast: true });
    unmountAll();
    const hc = mount(<PopupApp state={readyState({ settings: { ...SETTINGS, highContrast: true } })} actions={spyActions()} />);
    expect(hc.querySelector('.sm-popup')!.classList.contains('sm-hc')).toBe(true);
  });
});

describe('a page in a language Sourcemark reads only for figures', () => {
  const note = (root: HTMLElement) => root.querySelector('.sm-figures-only')?.textContent ?? null;

  it('says so once, above the list, in the reader\'s language, naming the page\'s language', () => {
    let root = mount(<PopupApp state={readyState({ language: { code: 'pt', support: 'figures' } })} actions={spyActions()} />);
    expect(note(root)).toBe('Page language: Portuguese. In this language Sourcemark finds figures only, not quotes or sources.');
    expect(root.querySelectorAll('.sm-figures-only')).toHaveLength(1);
    const tabs = root.querySelector('[role="tablist"]')!;
    expect(root.querySelector('.sm-figures-only')!.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmountAll();
    useLocale('de');
    root = mount(<PopupApp state={readyState({ language: { code: 'cs', support: 'figures' } })} actions={spyActions()} />);
    expect(note(root)).toBe('Sprache der Seite: Tschechisch. In dieser Sprache findet Sourcemark nur Zahlen, keine Zitate und Quellen.');
    useLocale('en');
  });

  it('is said when nothing was found too, and not for a language read fully or an unknown one', () => {
    let root = mount(<PopupApp state={state({ status: 'nothing-found', language: { code: 'pt', support: 'figures' } })} actions={spyActions()} />);
    expect(note(root)).toContain('Portuguese');
    unmountAll();
    for (const code of ['de', 'ru', 'en', 'und']) {
      root = mount(<PopupApp state={readyState({ language: { code, support: 'full' } })} actions={spyActions()} />);
      expect(note(root)).toBeNull();
      unmountAll();
    }
    root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    expect(note(root)).toBeNull();
  });
});
