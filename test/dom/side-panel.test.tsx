// @vitest-environment jsdom
// The popup's components as the side panel shows them (surface "panel"): the list first, the claim opened in the
// page marked as current and scrolled to, filters that hid it dropped; and the popup's way into the panel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { PopupState } from '../../src/ui/popup/types';
import { axeViolations, byText, click, mount, unmountAll } from './render';
import { readyState, spyActions } from './popup-fixtures';

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout and no scrollIntoView: record which element asked to be shown.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) { scrolled.push(this); });
});
afterEach(unmountAll);

const current = (root: HTMLElement) => [...root.querySelectorAll('[aria-current]')].map((el) => [el.getAttribute('data-claim-id'), el.getAttribute('aria-current')]);
const panelState = (patch: Partial<PopupState> = {}) => readyState({ surface: 'panel', ...patch });

describe('the side panel', () => {
  it('opens on the claim list, with nothing selected', () => {
    const root = mount(<PopupApp state={panelState()} actions={spyActions()} />, 'main');
    expect(byText(root, '[role="tab"]', /^Claims/).getAttribute('aria-selected')).toBe('true');
    expect(root.querySelectorAll('.sm-row').length).toBe(readyState().claims.length);
    expect(current(root)).toEqual([]);
  });

  it('marks the claim opened in the page as current, only that row, and scrolls it into view', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={panelState()} actions={actions} />, 'main');
    const [first, , third] = readyState().claims;
    act(() => render(<PopupApp state={panelState({ selectedClaimId: third.id })} actions={actions} />, root));
    expect(current(root)).toEqual([[third.id, 'true']]);
    expect(scrolled.map((el) => el.getAttribute('data-claim-id'))).toContain(third.id);
    act(() => render(<PopupApp state={panelState({ selectedClaimId: first.id })} actions={actions} />, root));
    expect(current(root)).toEqual([[first.id, 'true']]);
    expect(root.querySelector('.sm-row-selected')!.getAttribute('data-claim-id')).toBe(first.id);
  });

  it('comes back to the list, with the filters cleared, when the selected claim was out of view', () => {
    const actions = spyActions();
    const claims = readyState().claims;
    const root = mount(<PopupApp state={panelState()} actions={actions} />, 'main');
    // Filter to one source, then go to the glance view.
    const unsourced = claims.find((c) => !c.source)!;
    const sourced = claims.find((c) => c.source)!;
    const select = root.querySelector<HTMLSelectElement>('select#sm-filter-source')!;
    act(() => { select.value = select.options[1].value; select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(root.querySelectorAll('.sm-row').length).toBeLessThan(claims.length);
    click(byText(root, '[role="tab"]', 'At a glance'));
    const hidden = [unsourced, sourced].find((c) => !root.querySelector(`[data-claim-id="${c.id}"]`))!;
    act(() => render(<PopupApp state={panelState({ selectedClaimId: hidden.id })} actions={actions} />, root));
    expect(byText(root, '[role="tab"]', /^Claims/).getAttribute('aria-selected')).toBe('true');
    expect(root.querySelectorAll('.sm-row').length).toBe(claims.length);
    expect(current(root)).toEqual([[hidden.id, 'true']]);
  });

  it('has no axe violations with a row selected', async () => {
    const root = mount(<PopupApp state={panelState({ selectedClaimId: readyState().claims[1].id })} actions={spyActions()} />, 'main');
    expect(await axeViolations(root)).toEqual([]);
  }, 30_000); // axe's first run in a file is slow on a busy machine

  it('offers no "Open side panel" inside the panel itself', () => {
    const root = mount(<PopupApp state={panelState({ canOpenSidePanel: false })} actions={spyActions()} />, 'main');
    expect(root.querySelector('.sm-open-panel')).toBeNull();
  });
});

describe('the popup\'s way into the side panel', () => {
  it('shows "Open side panel" when the browser has one, and asks for it on click', () => {
    const actions = { ...spyActions(), onOpenSidePanel: vi.fn<() => void>() };
    const root = mount(<PopupApp state={readyState({ canOpenSidePanel: true })} actions={actions} />, 'main');
    click(byText(root, 'button', 'Open side panel'));
    expect(actions.onOpenSidePanel).toHaveBeenCalledTimes(1);
  });

  it('hides it when the browser has none', () => {
    const root = mount(<PopupApp state={readyState({ canOpenSidePanel: false })} actions={{ ...spyActions(), onOpenSidePanel: vi.fn() }} />, 'main');
    expect(root.querySelector('.sm-open-panel')).toBeNull();
  });
});
