import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER, NO_SOURCE_KEY, attributionShares, countByLevel, facetCounts, filterClaims, isFilterActive,
  matchesQuery, sourceKey, sourcesCited,
} from '../../../src/ui/summary';
import { articleClaims, claimAt } from '../../dom/claim-factory';

const claims = articleClaims();
const byId = (id: string) => claims.find((c) => c.id === id)!;

describe('countByLevel', () => {
  it('counts every level, zero included', () => {
    expect(countByLevel(claims)).toEqual({ high: 2, medium: 4, low: 3, none: 1 });
    expect(countByLevel([])).toEqual({ high: 0, medium: 0, low: 0, none: 0 });
  });
});

describe('sourcesCited', () => {
  const sources = sourcesCited(claims);
  it('groups by canonical name and kind with counts', () => {
    const counts = Object.fromEntries(sources.map((s) => [s.name, s.count]));
    expect(counts).toEqual({ 'Kim Jong Un': 2, Ukraine: 2, KCNA: 1, 'Foreign Policy': 1, 'defense officials': 1, reports: 2 });
    expect(sources.find((s) => s.name === 'reports')!.claimIds).toEqual(['fig-troops', 'reports-confined']);
  });
  it('puts named sources first, then anonymous, then vague', () => {
    const strengths = sources.map((s) => s.strength);
    expect(strengths).toEqual(['on-record', 'on-record', 'on-record', 'on-record', 'anonymous', 'vague']);
    expect(sources.at(-1)!.name).toBe('reports');
    expect(sources.at(-2)!.kind).toBe('anonymous');
  });
  it('orders the most-cited first within a strength, then by name', () => {
    expect(sources.slice(0, 4).map((s) => s.name)).toEqual(['Kim Jong Un', 'Ukraine', 'Foreign Policy', 'KCNA']);
  });
  it('treats case, spacing and accents as the same source but different kinds as different sources', () => {
    const a = claimAt('Ukraine', { id: 'a', source: { name: 'Zelenskyy', kind: 'person', mention: null } });
    const b = claimAt('Ukraine', { id: 'b', source: { name: ' zelenskyy ', kind: 'person', mention: null } });
    const c = claimAt('Ukraine', { id: 'c', source: { name: 'Zélenskyy', kind: 'person', mention: null } });
    const d = claimAt('Ukraine', { id: 'd', source: { name: 'Zelenskyy', kind: 'outlet', mention: null } });
    const grouped = sourcesCited([a, b, c, d]);
    expect(grouped.map((g) => [g.name, g.kind, g.count])).toEqual([['Zelenskyy', 'person', 3], ['Zelenskyy', 'outlet', 1]]);
  });
  it('leaves unsourced claims out', () => {
    expect(sources.some((s) => s.claimIds.includes('fig-aid'))).toBe(false);
  });
});

describe('attributionShares', () => {
  it('gives counts and shares that add up to the whole', () => {
    const shares = attributionShares(claims);
    expect(shares.total).toBe(10);
    expect(shares['on-record']).toEqual({ count: 6, share: 0.6 });
    expect(shares.anonymous.count).toBe(1);
    expect(shares.vague.count).toBe(2);
    expect(shares.none.count).toBe(1);
    const sum = shares['on-record'].share + shares.anonymous.share + shares.vague.share + shares.none.share;
    expect(sum).toBeCloseTo(1, 10);
  });
  it('does not divide by zero on an empty page', () => {
    expect(attributionShares([]).none).toEqual({ count: 0, share: 0 });
  });
});

describe('filterClaims', () => {
  it('returns everything for the empty filter', () => {
    expect(filterClaims(claims, EMPTY_FILTER)).toHaveLength(claims.length);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
  });
  it('filters by level, form, topic and source, combining facets with AND and values with OR', () => {
    expect(filterClaims(claims, { ...EMPTY_FILTER, levels: ['high'] }).map((c) => c.id)).toEqual(['kcna-quote', 'fp-embed']);
    expect(filterClaims(claims, { ...EMPTY_FILTER, forms: ['figure'] })).toHaveLength(4);
    expect(filterClaims(claims, { ...EMPTY_FILTER, forms: ['figure'], levels: ['low', 'none'] }).map((c) => c.id))
      .toEqual(['fig-troops', 'fig-casualties', 'fig-aid']);
    expect(filterClaims(claims, { ...EMPTY_FILTER, topics: ['troops', 'money'] })).toHaveLength(3);
    expect(filterClaims(claims, { ...EMPTY_FILTER, sources: [sourceKey(byId('kim-blamed').source)] }).map((c) => c.id))
      .toEqual(['kim-blamed', 'kim-quote-hegemony']);
    expect(filterClaims(claims, { ...EMPTY_FILTER, sources: [NO_SOURCE_KEY] }).map((c) => c.id)).toEqual(['fig-aid']);
  });
  it('searches words in any order across text, source, the source it cites, cue and hedges, ignoring case and accents', () => {
    expect(matchesQuery(byId('kcna-quote'), 'kim jong un')).toBe(true); // via
    expect(matchesQuery(byId('kcna-quote'), 'concern RECKLESS')).toBe(true);
    expect(matchesQuery(byId('fig-casualties'), 'possibly')).toBe(true); // hedge
    expect(matchesQuery(byId('fig-troops'), 'reports are that')).toBe(true); // cue
    expect(matchesQuery(byId('fig-drones'), 'anonymous')).toBe(true); // kind label
    expect(matchesQuery(byId('fig-drones'), 'kim')).toBe(false);
    expect(matchesQuery(byId('kim-blamed'), 'KÍM')).toBe(true);
    expect(filterClaims(claims, { ...EMPTY_FILTER, query: '  ' })).toHaveLength(10);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other filters, not its own', () => {
    const counts = facetCounts(claims, { ...EMPTY_FILTER, levels: ['high'] });
    expect(counts.levels).toEqual({ high: 2, medium: 4, low: 3, none: 1 });
    expect(counts.forms).toEqual({ figure: 0, quote: 1, statement: 1 });
  });
  it('follows the search', () => {
    const counts = facetCounts(claims, { ...EMPTY_FILTER, query: 'kursk' });
    expect(counts.levels).toEqual({ high: 0, medium: 1, low: 1, none: 0 });
    expect(counts.sources[sourceKey(byId('ukraine-withdrew').source)]).toBe(1);
    expect(counts.sources[sourceKey(byId('kim-blamed').source)]).toBe(0);
    expect(counts.sources[NO_SOURCE_KEY]).toBe(0);
  });
  it('sums, per facet, to the number of claims the other filters let through', () => {
    const filter = { ...EMPTY_FILTER, forms: ['figure' as const] };
    const counts = facetCounts(claims, filter);
    const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(total(counts.levels)).toBe(filterClaims(claims, filter).length);
    expect(total(counts.forms)).toBe(claims.length);
  });
});
