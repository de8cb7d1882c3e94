// @vitest-environment jsdom
// The options page's read-mode choice: both modes offered with a sentence each, the stored one checked, a pick
// reported, and an honest line when the every-page mode lacks the browser's access or the reader refused it.
import { afterEach, describe, expect, it } from 'vitest';
import { ReadModeSection, type ReadModeView } from '../../src/ui/ReadModeSection';
import type { ReadMode } from '../../src/settings';
import { axeViolations, click, mount, unmountAll } from './render';

afterEach(unmountAll);

function setup(view: ReadModeView) {
  const picked: ReadMode[] = [];
  const root = mount(<ReadModeSection view={view} onChoose={(m) => picked.push(m)} />, 'main');
  const radio = (value: ReadMode) => root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
  return { root, picked, radio };
}

describe('ReadModeSection', () => {
  it('offers both modes, each explained, with the stored one checked', () => {
    const { root, radio } = setup({ mode: 'click', allSitesGranted: false, refused: false });
    expect(radio('click').checked).toBe(true);
    expect(radio('all-sites').checked).toBe(false);
    const text = root.textContent!;
    expect(text).toContain('Every article I open');
    expect(text).toContain('Only when I click');
    expect(text).toContain('only when you click its toolbar button or press its shortcut');
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it('reports the pick', () => {
    const { picked, radio } = setup({ mode: 'all-sites', allSitesGranted: true, refused: false });
    click(radio('click'));
    expect(picked).toEqual(['click']);
  });

  it('says when every page is chosen but the browser has not given access, and offers to ask again', () => {
    const { root, picked } = setup({ mode: 'all-sites', allSitesGranted: false, refused: false });
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('has not let Sourcemark read all sites yet');
    click(status.querySelector('button'));
    expect(picked).toEqual(['all-sites']);
  });

  it('says so when the browser refused', () => {
    const { root } = setup({ mode: 'click', allSitesGranted: false, refused: true });
    expect(root.querySelector('[role="status"]')!.textContent).toContain('did not allow');
  });

  it('has no axe-core violations', async () => {
    const { root } = setup({ mode: 'all-sites', allSitesGranted: false, refused: false });
    expect(await axeViolations(root)).toEqual([]);
  });
});
