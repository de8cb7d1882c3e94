// The reader's corrections as they are kept in storage.local: per page (URL without its #hash), per claim
// (its form and text, which survive a reload where ids and offsets may not). Pure: checked in, checked out.
import type { Claim, ClaimSource, Form, SourceKind } from '../analysis/types';

export const CORRECTIONS_KEY = 'sourcemark.corrections';
/** Pages kept at most; past it the pages corrected longest ago are dropped (storage.local is not endless). */
export const MAX_CORRECTED_PAGES = 500;
const MAX_TEXT = 2000;

export type Verdict = { kind: 'source'; name: string; sourceKind: SourceKind } | { kind: 'not-a-claim' };

/** One correction: enough to apply it, show it, and export it as a labelled example. */
export interface CorrectionRecord {
  verdict: Verdict;
  form: Form;
  /** The claim's text as the engine found it. */
  claimText: string;
  /** The sentence around the claim (for the labelled examples). */
  sentence: string;
  /** What the engine said. */
  engineSource: { name: string; kind: SourceKind } | null;
  /** When the reader saved it (ISO). */
  at: string;
}

/** url → claim key → correction. */
export type CorrectionsByPage = Record<string, Record<string, CorrectionRecord>>;

const SOURCE_KINDS: readonly string[] = ['person', 'organization', 'government', 'outlet', 'document', 'anonymous', 'vague', 'author'] satisfies SourceKind[];
const FORMS: readonly string[] = ['figure', 'quote', 'statement'] satisfies Form[];

/** The page a correction belongs to: http(s) only, without the #hash (the same article at another anchor). */
export function normalizePageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Which claim a correction is about, across reloads: its form and its text, whitespace collapsed. */
export function claimKey(claim: Pick<Claim, 'form' | 'text'>): string {
  return `${claim.form}:${squash(claim.text)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

export function isVerdict(v: unknown): v is Verdict {
  if (!isObject(v)) return false;
  if (v.kind === 'not-a-claim') return true;
  return v.kind === 'source' && isText(v.name, 200) && squash(v.name as string) !== ''
    && typeof v.sourceKind === 'string' && SOURCE_KINDS.includes(v.sourceKind);
}

function isNamedSource(v: unknown): v is { name: string; kind: SourceKind } {
  return isObject(v) && isText(v.name, 200) && typeof v.kind === 'string' && SOURCE_KINDS.includes(v.kind);
}

export function isCorrectionRecord(v: unknown): v is CorrectionRecord {
  return isObject(v) && isVerdict(v.verdict) && typeof v.form === 'string' && FORMS.includes(v.form)
    && isText(v.claimText) && isText(v.sentence) && (v.engineSource === null || isNamedSource(v.engineSource))
    && typeof v.at === 'string' && v.at.length < 40;
}

/** Whatever storage holds, as valid corrections: anything malformed is dropped, never an error. */
export function parseCorrections(raw: unknown): CorrectionsByPage {
  const out: CorrectionsByPage = {};
  if (!isObject(raw)) return out;
  for (const [url, byClaim] of Object.entries(raw)) {
    if (normalizePageUrl(url) !== url || !isObject(byClaim)) continue;
    const kept: Record<string, CorrectionRecord> = {};
    for (const [key, record] of Object.entries(byClaim)) {
      if (isCorrectionRecord(record) && key === claimKey({ form: record.form, text: record.claimText })) kept[key] = record;
    }
    if (Object.keys(kept).length) out[url] = kept;
  }
  return out;
}

const latest = (page: Record<string, CorrectionRecord>) => Object.values(page).reduce((m, r) => (r.at > m ? r.at : m), '');

/**
 * The corrections with one added, replaced (record) or removed (null); a new object. Past MAX_CORRECTED_PAGES the
 * pages whose newest correction is oldest are dropped.
 */
export function withCorrection(all: CorrectionsByPage, url: string, key: string, record: CorrectionRecord | null): CorrectionsByPage {
  const page = { ...(all[url] ?? {}) };
  if (record) page[key] = record; else delete page[key];
  const next = { ...all, [url]: page };
  if (!Object.keys(page).length) delete next[url];
  const urls = Object.keys(next);
  if (urls.length > MAX_CORRECTED_PAGES) {
    urls.sort((a, b) => latest(next[b]).localeCompare(latest(next[a])));
    for (const url of urls.slice(MAX_CORRECTED_PAGES)) delete next[url];
  }
  return next;
}

/** The claim as the engine gave it: a correction applied earlier taken off (so applying twice is applying once). */
export function engineClaim(claim: Claim): Claim {
  if (!claim.correction) return claim;
  const { correction, ...rest } = claim;
  return { ...rest, source: correction.engineSource };
}

function correctedSource(verdict: Extract<Verdict, { kind: 'source' }>, engine: ClaimSource | null): ClaimSource {
  // The reader's name; where the engine named the same source, its mention in the text still holds.
  const same = engine && squash(engine.name).toLowerCase() === squash(verdict.name).toLowerCase();
  return { name: squash(verdict.name), kind: verdict.sourceKind, mention: same ? engine.mention : null };
}

/**
 * The claims with the page's corrections applied: a corrected source replaces the engine's (kept in
 * `correction.engineSource`), "not a claim" is marked. Idempotent. Level and confidence stay the engine's: they
 * describe the engine's reading; the card says the reader corrected it.
 */
export function applyCorrections(claims: readonly Claim[], page: Record<string, CorrectionRecord> | undefined): Claim[] {
  return claims.map((claim) => {
    const base = engineClaim(claim);
    const record = page?.[claimKey(base)];
    if (!record) return base;
    const correction = { verdict: record.verdict.kind, engineSource: base.source };
    return record.verdict.kind === 'source'
      ? { ...base, source: correctedSource(record.verdict, base.source), correction }
      : { ...base, correction };
  });
}

/** Claims a reader has not marked as "not a claim" (what the page highlights). */
export function stillClaims<C extends Claim>(claims: readonly C[]): C[] {
  return claims.filter((c) => c.correction?.verdict !== 'not-a-claim');
}

/** What a correction form needs to make a record (the verdict comes from the reader). */
export function correctionRecord(claim: Claim, sentence: string | undefined, verdict: Verdict, at = new Date()): CorrectionRecord {
  const engine = engineClaim(claim).source;
  return {
    verdict, form: claim.form, claimText: claim.text.slice(0, MAX_TEXT), sentence: (sentence ?? claim.text).slice(0, MAX_TEXT),
    engineSource: engine ? { name: engine.name, kind: engine.kind } : null, at: at.toISOString(),
  };
}
