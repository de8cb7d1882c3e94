// @vitest-environment jsdom
// axe-core over the rendered popup in every view and state (colour contrast excepted: jsdom has no layout).
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { installPopupStyles, popupStylesheet } from '../../src/ui/popup/popup-styles';
import type { PopupStatus } from '../../src/ui/popup/types';
import { SETTINGS, readyState, spyActions } from './popup-fixtures';
import { axeViolations, byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

// As popup.html: a titled English document whose app root is <main>.
document.title = 'Sourcemark';
document.documentElement.lang = 'en';

// Three full axe runs over the popup take over vitest's default 5 s on a loaded 2-core machine; the test checks
// violations, not speed.
const AXE_TIMEOUT = 60_000;

describe('accessibility', () => {
  it('the axe helper does report violations (so an empty list means something)', async () => {
    const root = mount(<div><button type="button" /><img src="x.png" /></div>);
    const found = await axeViolations(root);
    expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  });

  it('has no violations at a glance, in the claim list (a row open, filters set) and in settings', async () => {
    const root = mount(<PopupApp state={readyState({ capped: true, settings: { ...SETTINGS, paused: true } })} actions={spyActions()} />, 'main');
    expect(await axeViolations(document.documentElement)).toEqual([]);
    click(byText(root, '[role="tab"]', /^Claims/));
    click(root.querySelector('.sm-row-toggle'));
    click(byText(root, 'label', /^Figure/).querySelector('input'));
    expect(await axeViolations(document.documentElement)).toEqual([]);
    click(byText(root, '[role="tab"]', 'Settings'));
    expect(await axeViolations(document.documentElement)).toEqual([]);
  }, AXE_TIMEOUT);

  it('has no violations in any state', async () => {
    const statuses: PopupStatus[] = ['loading', 'no-article', 'nothing-found', 'failed', 'unreadable', 'needs-permission', 'paused'];
    for (const status of statuses) {
      mount(<PopupApp state={{ status, claims: [], canReload: true, reason: 'Because.', settings: { ...SETTINGS, paused: status === 'paused' }, site: 'news.example.com' }} actions={spyActions()} />, 'main');
      expect([status, ...(await axeViolations(document.documentElement))]).toEqual([status]);
      unmountAll();
    }
  }, AXE_TIMEOUT);

  it('gives every control a visible focus style and follows the system theme', () => {
    expect(popupStylesheet).toContain(':focus-visible { outline: 3px solid var(--sm-focus)');
    expect(popupStylesheet).toContain('@media (prefers-color-scheme: dark)');
    installPopupStyles(document);
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('')
      + [...(document.adoptedStyleSheets ?? [])].map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
    expect(css).toContain('.sm-popup');
  });
});
