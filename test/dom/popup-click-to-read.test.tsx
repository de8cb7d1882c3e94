// @vitest-environment jsdom
// The popup on a page not read yet in "only when I click" (a surface that could not read it by itself): it says
// what to do, with the reader's own shortcut when the browser reports one, and offers no button that cannot work.
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { PopupState } from '../../src/ui/popup/types';
import { SETTINGS, spyActions } from './popup-fixtures';
import { axeViolations, mount, unmountAll } from './render';

afterEach(unmountAll);

const state = (patch: Partial<PopupState>): PopupState => ({ claims: [], settings: SETTINGS, status: 'click-to-read', ...patch });

describe('click-to-read', () => {
  it('tells the reader to click the toolbar button or press the shortcut', async () => {
    const shortcuts = [{ name: '_execute_action', description: '', shortcut: 'Alt+Shift+S' }, { name: 'next-claim', description: 'Go to the next claim', shortcut: 'Alt+Shift+J' }];
    const root = mount(<PopupApp state={state({ site: 'news.example', shortcuts })} actions={spyActions()} />, 'main');
    expect(root.querySelector('.sm-state h2')!.textContent).toBe('Sourcemark reads this page when you ask');
    const text = root.querySelector('.sm-state')!.textContent!;
    expect(text).toContain('Click the Sourcemark button in the toolbar while on this page, or press Alt+Shift+S, to read it.');
    expect(root.querySelectorAll('.sm-state button')).toHaveLength(0);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('leaves the shortcut out when none is set', () => {
    const root = mount(<PopupApp state={state({ shortcuts: [{ name: '_execute_action', description: '', shortcut: '' }] })} actions={spyActions()} />, 'main');
    expect(root.querySelector('.sm-state')!.textContent).toContain('while on this page to read it.');
  });
});
