// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { byText, click, key, mount, type, unmountAll } from './render';
import { readyState, spyActions } from './popup-fixtures';

afterEach(unmountAll);

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.sm-row')];
const rowIds = (root: HTMLElement) => rows(root).map((r) => r.dataset.claimId);
const tab = (root: HTMLElement, name: RegExp) => byText<HTMLButtonElement>(root, '[role="tab"]', name);
const showing = (root: HTMLElement) => root.querySelector('.sm-showing')!.textContent;

function openClaims(root: HTMLElement) {
  click(tab(root, /^Claims/));
}

describe('the page at a glance', () => {
  it('names the page: title, publisher and date', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    expect(root.querySelector('h1')!.textContent).toBe('Kim Jong Un Blames US For Prolonging Russia-Ukraine War');
    expect(root.querySelector('.sm-meta')!.textContent).toBe('Example News · Jane Doe · Feb 10, 2025');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-10');
  });

  it('counts claims by level, in words and numbers', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    const tiles = [...root.querySelectorAll('.sm-tile')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tiles).toEqual(['2 High', '4 Medium', '3 Low', '1 No source']);
    // The short words are what fits a tile; the buttons' names say the whole phrase.
    expect([...root.querySelectorAll('.sm-tile')].map((t) => t.getAttribute('aria-label')))
      .toEqual(['2 High confidence', '4 Medium confidence', '3 Low confidence', '1 No source given']);
    expect(root.querySelector('#sm-levels-h')!.textContent).toBe('10 claims by confidence');
  });

  it('gives the shares on record, anonymous, vague and unsourced', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    const legend = [...root.querySelectorAll('.sm-legend-item')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).toEqual(['On record 60% (6)', 'Anonymous 10% (1)', 'Vague 20% (2)', 'Unsourced 10% (1)']);
  });

  it('lists sources with kind and count, named first, then anonymous, then vague', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    const groups = [...root.querySelectorAll('.sm-source-group')].map((g) => ({
      title: g.querySelector('h3')!.textContent,
      items: [...g.querySelectorAll('.sm-source-btn')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
    }));
    expect(groups).toEqual([
      { title: 'Named, on record', items: ['Kim Jong Un Person 2 claims', 'Ukraine Government 2 claims', 'Foreign Policy News outlet 1 claim', 'KCNA News outlet 1 claim'] },
      { title: 'Anonymous', items: ['defense officials Anonymous source 1 claim'] },
      { title: 'Vague', items: ['reports Vague attribution 2 claims'] },
    ]);
  });

  it('jumps from a source to its claims', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    click(byText(root, '.sm-source-btn', /^reports/));
    expect(tab(root, /^Claims/).getAttribute('aria-selected')).toBe('true');
    expect(rowIds(root)).toEqual(['fig-troops', 'reports-confined']);
    expect((root.querySelector('select#sm-filter-source') as HTMLSelectElement).value).toBe('vague:reports');
    expect(document.activeElement).toBe(root.querySelector('#sm-tab-claims-panel')); // focus is not lost with the button
  });

  it('jumps from a level to its claims', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    click(root.querySelector('.sm-tile[aria-label$="High confidence"]')!);
    expect(rowIds(root)).toEqual(['kcna-quote', 'fp-embed']);
    expect(showing(root)).toBe('Showing 2 of 10 claims');
  });

  it('exports in each format through the action', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={readyState()} actions={actions} />);
    expect(root.querySelector('#sm-export-h')!.textContent).toBe('Export all 10 claims');
    for (const [label, format] of [['Markdown', 'markdown'], ['CSV', 'csv'], ['Web Annotation (JSON-LD)', 'jsonld']]) {
      click(byText(root, '.sm-export button', label));
      expect(actions.onExport).toHaveBeenLastCalledWith(format);
    }
    expect(actions.onExport).toHaveBeenCalledTimes(3);
  });

  it('says when the page was capped', () => {
    const root = mount(<PopupApp state={readyState({ capped: true })} actions={spyActions()} />);
    expect(root.textContent).toContain('stopped at the first 10 claims');
  });
});

describe('tabs', () => {
  it('moves with the arrow keys, Home and End, focus following', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    const overview = tab(root, /At a glance/);
    expect(overview.getAttribute('aria-selected')).toBe('true');
    expect(overview.tabIndex).toBe(0);
    expect(tab(root, /^Claims/).tabIndex).toBe(-1);
    overview.focus();
    key(overview, 'ArrowRight');
    expect(tab(root, /^Claims/).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab(root, /^Claims/));
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(tab(root, /Settings/));
    key(document.activeElement!, 'ArrowRight');
    expect(document.activeElement).toBe(tab(root, /At a glance/));
    key(document.activeElement!, 'ArrowLeft');
    expect(tab(root, /Settings/).getAttribute('aria-selected')).toBe('true');
    const panel = document.getElementById(tab(root, /Settings/).getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('h2')!.textContent).toBe('Settings');
  });
});

describe('the claim list', () => {
  it('shows each claim shortened, with form, topic, source, strength and a confidence meter', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    openClaims(root);
    expect(rows(root)).toHaveLength(10);
    expect(showing(root)).toBe('Showing all 10 claims');
    const kcna = rows(root).find((r) => r.dataset.claimId === 'kcna-quote')!;
    expect(kcna.querySelector('.sm-row-text')!.textContent).toMatch(/^"He expressed serious concern .*…"$/);
    expect(kcna.querySelector('.sm-row-meta')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Quote · Other · KCNA, citing Kim Jong Un · On record');
    expect(kcna.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).toBe('86');
    expect(kcna.textContent).toContain('High confidence');
    const aid = rows(root).find((r) => r.dataset.claimId === 'fig-aid')!;
    expect(aid.querySelector('.sm-row-meta')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Figure · Money · No source · Unsourced');
  });

  it('expands a row to the claim card with its sentence, and collapses it again', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    openClaims(root);
    const row = rows(root).find((r) => r.dataset.claimId === 'fig-casualties')!;
    const toggle = row.querySelector<HTMLButtonElement>('.sm-row-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.sm-card')).not.toBeNull();
    expect(panel.querySelector('mark')!.textContent).toBe('possibly hundreds of casualties');
    expect(panel.textContent).toContain('at least 200');
    expect(panel.textContent).toContain('possibly');
    click(toggle);
    expect(panel.hidden).toBe(true);
    expect(panel.querySelector('.sm-card')).toBeNull();
  });

  it('asks the page to show a claim', () => {
    const actions = spyActions();
    const root = mount(<PopupApp state={readyState()} actions={actions} />);
    openClaims(root);
    const row = rows(root).find((r) => r.dataset.claimId === 'fig-drones')!;
    const jump = byText(row, 'button', 'Show in page');
    expect(document.getElementById(jump.getAttribute('aria-describedby')!)!.textContent).toBe('at least 42 drones were shot down overnight');
    click(jump);
    expect(actions.onJump).toHaveBeenCalledWith('fig-drones');
  });
});

describe('filters', () => {
  const check = (root: HTMLElement, legend: string, label: RegExp) => {
    const fieldset = byText(root, 'fieldset', new RegExp(`^${legend}`));
    return byText<HTMLLabelElement>(fieldset, 'label', label).querySelector('input')!;
  };

  it('narrows by level and form, with counts that follow', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    openClaims(root);
    click(check(root, 'Form', /^Figure/));
    expect(rowIds(root)).toEqual(['fig-troops', 'fig-casualties', 'fig-drones', 'fig-aid']);
    expect(showing(root)).toBe('Showing 4 of 10 claims');
    // Level counts now count figures only.
    expect(byText(root, 'label', /^High/).textContent!.trim()).toBe('High (0)');
    expect(byText(root, 'label', /^Low/).textContent!.trim()).toBe('Low (2)');
    click(check(root, 'Confidence', /^Low/));
    expect(rowIds(root)).toEqual(['fig-troops', 'fig-casualties']);
    expect(byText(root, 'label', /^Figure/).textContent!.trim()).toBe('Figure (2)');
    expect(byText(root, 'label', /^Statement/).textContent!.trim()).toBe('Statement (1)');
  });

  it('narrows by topic and source from their menus', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    openClaims(root);
    const topic = root.querySelector<HTMLSelectElement>('#sm-filter-topic')!;
    expect([...topic.options].map((o) => o.textContent)).toContain('Troops (2)');
    type(topic, 'troops', 'change');
    expect(rowIds(root)).toEqual(['fig-troops', 'reports-confined']);
    const source = root.querySelector<HTMLSelectElement>('#sm-filter-source')!;
    expect([...source.options].map((o) => o.textContent)).toContain('reports · Vague attribution (2)');
    expect([...source.options].map((o) => o.textContent)).toContain('Kim Jong Un · Person (0)');
    type(topic, '', 'change');
    type(source, 'none', 'change');
    expect(rowIds(root)).toEqual(['fig-aid']);
  });

  it('searches, says when nothing matches, and clears', () => {
    const root = mount(<PopupApp state={readyState()} actions={spyActions()} />);
    openClaims(root);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${search.id}"]`)!.textContent).toBe('Search claims');
    type(search, 'kursk');
    expect(rowIds(root)).toEqual(['reports-confined', 'ukraine-withdrew']);
    type(search, 'kim jong un');
    expect(rowIds(root)).toEqual(['kim-blamed', 'kim-quote-hegemony', 'kcna-quote']);
    type(search, 'zzzz');
    expect(rows(root)).toHaveLength(0);
    expect(root.textContent).toContain('No claim matches these filters.');
    expect(showing(root)).toBe('Showing 0 of 10 claims');
    click(byText(root, 'button', 'Clear filters'));
    expect(rows(root)).toHaveLength(10);
    expect(search.value).toBe('');
    expect(document.activeElement).toBe(search);
  });

  it('keeps a long list quick: a hundred rows at a time', () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ ...readyState().claims[i % 10], id: `m${i}` }));
    const root = mount(<PopupApp state={readyState({ claims: many })} actions={spyActions()} />);
    openClaims(root);
    expect(rows(root)).toHaveLength(100);
    click(byText(root, 'button', /^Show 100 more/));
    expect(rows(root)).toHaveLength(200);
    click(byText(root, 'button', 'Show 30 more (30 left)'));
    expect(rows(root)).toHaveLength(230);
  });
});

describe('page text is data', () => {
  it('renders markup in titles, claims and sources as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const state = readyState();
    state.page = { ...state.page!, title: markup, publisher: `<script>alert(1)</script>` };
    state.claims[0] = { ...state.claims[0], text: markup, source: { name: markup, kind: 'person', mention: null } };
    const root = mount(<PopupApp state={state} actions={spyActions()} />);
    expect(root.querySelector('h1')!.textContent).toBe(markup);
    openClaims(root);
    click(rows(root)[0].querySelector('.sm-row-toggle'));
    expect(root.querySelector('img, script')).toBeNull();
    expect(rows(root)[0].textContent).toContain(markup);
  });
});
