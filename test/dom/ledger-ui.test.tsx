// @vitest-environment jsdom
// The card's "Elsewhere in your reading" section and the ledger page, rendered in jsdom.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../src/ui/ClaimCard';
import { LedgerApp, type LedgerPageState } from '../../src/ui/ledger/LedgerApp';
import type { ClaimMatches, LedgerMatch } from '../../src/ledger/types';
import { articleClaims } from './claim-factory';
import { axeViolations, click, mount, unmountAll } from './render';

afterEach(unmountAll);

const NOW = Date.UTC(2026, 2, 10);
const match = (over: Partial<LedgerMatch>): LedgerMatch => ({
  relation: 'conflicts', form: 'figure', wording: '9,500', source: { name: 'the defence ministry', kind: 'government' },
  url: 'https://courier.example/a', title: 'Troops', site: 'Northern Courier', published: '2026-03-03T08:00:00Z', readAt: NOW, ...over,
});

describe('Elsewhere in your reading', () => {
  const claim = articleClaims().find((c) => c.id === 'fig-troops')!;

  it('lists each match with value, source, site and date, conflicts said in words', () => {
    const data: ClaimMatches = {
      matches: [
        match({}),
        match({ relation: 'agrees', wording: 'about 10,000', source: null, site: 'Evening Herald', published: null, readAt: Date.UTC(2026, 2, 1), url: 'javascript:alert(1)' }),
        match({ relation: 'other-speaker', form: 'quote', wording: 'We will never surrender', source: { name: 'Dmytro Kuleba', kind: 'person' } }),
      ],
      inArticle: [{ claimId: 'c9', wording: '12,000', source: { name: 'Pentagon', kind: 'government' } }],
    };
    const root = mount(<ClaimCard claim={claim} elsewhere={data} />);
    const items = [...root.querySelectorAll('.sm-elsewhere-list li')].map((li) => li.textContent);
    expect(root.querySelector('.sm-elsewhere h3')?.textContent).toBe('Elsewhere in your reading');
    expect(items[0]).toBe('Conflicts: 9,500, according to the defence ministry, Northern Courier, Mar 3');
    expect(items[1]).toMatch(/^Agrees: about 10,000, no source named, Evening Herald, read Mar 1/);
    expect(items[2]).toMatch(/^Attributed to someone else: “We will never surrender”, attributed to Dmytro Kuleba, Northern Courier/);
    expect(root.textContent).toContain('Conflicts within this article: 12,000, according to Pentagon');
    // Only http(s) links: a javascript: URL is shown as text.
    expect([...root.querySelectorAll('.sm-elsewhere-list a')].map((a) => a.getAttribute('href'))).toEqual(['https://courier.example/a', 'https://courier.example/a']);
  });

  it('is absent when there is nothing to say, and page text stays text', () => {
    const root = mount(<ClaimCard claim={claim} elsewhere={{ matches: [], inArticle: [] }} />);
    expect(root.textContent).not.toContain('Elsewhere');
    const hostile = mount(<ClaimCard claim={claim} elsewhere={{ matches: [match({ wording: '<img src=x onerror=alert(1)>' })], inArticle: [] }} />);
    expect(hostile.querySelector('img')).toBeNull();
    expect(hostile.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('LedgerApp', () => {
  const base: LedgerPageState = {
    loading: false, status: 'ok', notice: null, settings: { ledger: true, ledgerDays: 90 },
    articles: [
      { id: 1, url: 'https://a.example/1', title: 'First', site: 'Northern Courier', published: '2026-03-03', readAt: NOW, n: 1 },
      { id: 2, url: 'https://b.example/2', title: 'Second', site: 'Evening Herald', published: '2026-03-05', readAt: NOW, n: 1 },
    ],
    claims: [
      { id: 10, a: 1, c: 'c1', form: 'figure', w: 'some 10,000', src: { name: 'the ministry', kind: 'government' }, f: { topic: 'troops', lemma: 'troop', lo: 9700, hi: 10300, entities: ['north korea'], aspect: '' } },
      { id: 11, a: 2, c: 'c1', form: 'figure', w: '12,000', src: { name: 'Pentagon', kind: 'government' }, f: { topic: 'troops', lemma: 'troop', lo: 12000, hi: 12000, entities: ['north korea'], aspect: '' } },
    ],
  };
  const actions = () => ({
    onDeleteArticle: vi.fn(), onDeleteClaim: vi.fn(), onClearAll: vi.fn(), onExport: vi.fn(), onImport: vi.fn(), onSettings: vi.fn(), onDismissNotice: vi.fn(),
  });

  it('tracks a subject with a chart, lists articles, deletes, and asks before clearing', async () => {
    const a = actions();
    const root = mount(<LedgerApp state={base} actions={a} />, 'main');
    expect(root.textContent).toContain('troop · north korea (2 figures)');
    expect(root.querySelectorAll('svg.sm-chart circle')).toHaveLength(2); // a dot per figure (the rounded one with its band)
    expect(root.querySelectorAll('svg.sm-chart line.sm-range')).toHaveLength(1);
    click(root.querySelector('button[aria-label="Delete Second from the ledger"]'));
    expect(a.onDeleteArticle).toHaveBeenCalledWith(2);
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear all…')!);
    expect(a.onClearAll).not.toHaveBeenCalled();
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Yes, clear everything')!);
    expect(a.onClearAll).toHaveBeenCalledOnce();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says when the ledger was started anew or is unavailable', () => {
    const notice = { state: 'reset' as const, message: 'Your reading ledger came from an older version of Sourcemark that this one cannot read: it was started anew, empty.', at: NOW };
    const root = mount(<LedgerApp state={{ ...base, notice, status: 'reset' }} actions={actions()} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('started anew, empty');
    const gone = mount(<LedgerApp state={{ ...base, status: 'unavailable', articles: [], claims: [] }} actions={actions()} />);
    expect(gone.querySelector('[role="alert"]')?.textContent).toContain('not available');
  });
});
