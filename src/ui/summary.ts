// The page at a glance, computed from the claims alone: counts by level, the sources cited, the shares
// on record / anonymous / vague / unsourced, and the filters of the claim list with counts that follow them.
import type { Claim, ClaimSource, Form, Level, SourceKind, Strength, Topic } from '../analysis/types';
import { FORMS, LEVELS, STRENGTHS, TOPICS, TOPIC_WORDS, FORM_WORDS, KIND_WORDS, STRENGTH_WORDS } from './format';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function countByLevel(claims: readonly Claim[]): Record<Level, number> {
  const counts = zeroes(LEVELS);
  for (const c of claims) counts[c.level] = (counts[c.level] ?? 0) + 1;
  return counts;
}

/** Lower case, no accents, single spaces: "Zelenskyy " and "zelenskyy" are one source. */
export function normalizeText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The key that groups claims by source: canonical name plus kind; "none" for unsourced claims. */
export const NO_SOURCE_KEY = 'none';
export function sourceKey(source: ClaimSource | null): string {
  return source ? `${source.kind}:${normalizeText(source.name)}` : NO_SOURCE_KEY;
}

export interface CitedSource {
  key: string;
  name: string;
  kind: SourceKind;
  /** The strength most of its claims have (ties go to the stronger). */
  strength: Strength;
  count: number;
  claimIds: string[];
}

const STRENGTH_RANK: Record<Strength, number> = { 'on-record': 0, anonymous: 1, vague: 2, none: 3 };

/** Every source the page cites, named (on-record) first, then anonymous, then vague; most-cited first within each. */
export function sourcesCited(claims: readonly Claim[]): CitedSource[] {
  const groups = new Map<string, { name: string; kind: SourceKind; ids: string[]; strengths: Record<Strength, number> }>();
  for (const c of claims) {
    if (!c.source) continue;
    const key = sourceKey(c.source);
    let g = groups.get(key);
    if (!g) {
      g = { name: c.source.name.trim(), kind: c.source.kind, ids: [], strengths: zeroes(STRENGTHS) };
      groups.set(key, g);
    }
    g.ids.push(c.id);
    g.strengths[c.strength] += 1;
  }
  const cited: CitedSource[] = [...groups].map(([key, g]) => ({
    key, name: g.name, kind: g.kind, count: g.ids.length, claimIds: g.ids,
    strength: [...STRENGTHS].sort((a, b) => g.strengths[b] - g.strengths[a] || STRENGTH_RANK[a] - STRENGTH_RANK[b])[0],
  }));
  return cited.sort((a, b) => STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength]
    || b.count - a.count || a.name.localeCompare(b.name));
}

export interface Share { count: number; share: number }

/** How many claims are on record, anonymous, vague or unsourced (strength "none"), and what share of all. */
export function attributionShares(claims: readonly Claim[]): Record<Strength, Share> & { total: number } {
  const counts = zeroes(STRENGTHS);
  for (const c of claims) counts[c.strength] += 1;
  const total = claims.length;
  const out = { total } as Record<Strength, Share> & { total: number };
  for (const s of STRENGTHS) out[s] = { count: counts[s], share: total ? counts[s] / total : 0 };
  return out;
}

/** An empty list means "all": a fresh filter shows every claim. */
export interface ClaimFilter {
  levels: Level[];
  forms: Form[];
  topics: Topic[];
  /** Keys from sourceKey(); NO_SOURCE_KEY selects unsourced claims. */
  sources: string[];
  query: string;
}

export const EMPTY_FILTER: ClaimFilter = { levels: [], forms: [], topics: [], sources: [], query: '' };

type Facet = 'levels' | 'forms' | 'topics' | 'sources';

function facetValue(c: Claim, facet: Facet): string {
  switch (facet) {
    case 'levels': return c.level;
    case 'forms': return c.form;
    case 'topics': return c.topic;
    case 'sources': return sourceKey(c.source);
  }
}

const searchCache = new WeakMap<Claim, string>(); // facet counts test each claim several times a keystroke

/** Everything a reader might type to find a claim: its words, its source (and whom it cites), cue, labels and hedges. */
function searchableText(c: Claim): string {
  const cached = searchCache.get(c);
  if (cached !== undefined) return cached;
  const text = normalizeText([
    c.text, c.source?.name, c.source?.via?.name, c.source ? KIND_WORDS[c.source.kind] : '', c.cue?.text,
    FORM_WORDS[c.form], TOPIC_WORDS[c.topic], STRENGTH_WORDS[c.strength], c.quantity?.text, ...c.hedges,
  ].filter(Boolean).join(' \u0000 '));
  searchCache.set(c, text);
  return text;
}

/** Every word of the query must appear (in any order). */
export function matchesQuery(c: Claim, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const hay = searchableText(c);
  return words.every((w) => hay.includes(w));
}

function passes(c: Claim, filter: ClaimFilter, except?: Facet): boolean {
  for (const facet of ['levels', 'forms', 'topics', 'sources'] as const) {
    if (facet === except) continue;
    const wanted = filter[facet] as string[];
    if (wanted.length > 0 && !wanted.includes(facetValue(c, facet))) return false;
  }
  return matchesQuery(c, filter.query);
}

export function filterClaims(claims: readonly Claim[], filter: ClaimFilter): Claim[] {
  return claims.filter((c) => passes(c, filter));
}

export interface FacetCounts {
  levels: Record<Level, number>;
  forms: Record<Form, number>;
  topics: Record<Topic, number>;
  /** By source key; only sources with at least one claim on the page appear. */
  sources: Record<string, number>;
}

/**
 * For each option, how many claims it would show given the other filters (faceted search): picking
 * "High" does not zero the count beside "Low", but a search for "Kim" does.
 */
export function facetCounts(claims: readonly Claim[], filter: ClaimFilter): FacetCounts {
  const counts: FacetCounts = { levels: zeroes(LEVELS), forms: zeroes(FORMS), topics: zeroes(TOPICS), sources: {} };
  for (const key of new Set(claims.map((c) => sourceKey(c.source)))) counts.sources[key] = 0;
  for (const c of claims) {
    for (const facet of ['levels', 'forms', 'topics', 'sources'] as const) {
      if (!passes(c, filter, facet)) continue;
      const table = counts[facet] as Record<string, number>;
      const value = facetValue(c, facet);
      table[value] = (table[value] ?? 0) + 1;
    }
  }
  return counts;
}

export function isFilterActive(filter: ClaimFilter): boolean {
  return filter.levels.length + filter.forms.length + filter.topics.length + filter.sources.length > 0
    || filter.query.trim() !== '';
}
