// A claim under construction (a draft) and the credit behind it: the attribution, or a context such as
// a quotation continued from the previous paragraph; the confidence features a credit gives a claim.
import type { Claim, ClaimSource, CueKind, Form, Quantity, Topic } from '../types';
import type { Attribution } from '../attribution';
import type { AttributionFeatures } from '../confidence';
import { findHedges, isAttributionHedge, normalizeHedge } from '../hedges';

/** A claim under construction: ids and `within` are set once the block's claims are ordered. */
export interface Draft {
  start: number;
  end: number;
  form: Form;
  topic: Topic;
  quantity: Quantity | null;
  hedges: string[];
  source: ClaimSource | null;
  cue: Claim['cue'];
  features: AttributionFeatures | null;
  container: Draft | null;
  /** For quotes and statements: the attribution behind them. */
  att: Attribution | null;
  ambiguousAt: number;
}

export interface CreditInfo {
  att: Attribution | null;
  source: ClaimSource;
  cueKind: CueKind | 'context';
  cueSpan: { start: number; end: number } | null;
  otherSentence: boolean;
  continued: boolean;
}

export function featuresFor(form: Form, credit: CreditInfo, text: string, contentLength: number, ambiguous: boolean): AttributionFeatures {
  const a = credit.att;
  const m = a?.mention;
  return {
    form,
    cueKind: credit.cueKind,
    cueText: credit.cueSpan ? text.slice(credit.cueSpan.start, credit.cueSpan.end) : '',
    weakCue: !!a?.cue.weak,
    position: credit.cueKind === 'context' ? 'context' : a?.position ?? 'before',
    otherSentence: credit.otherSentence,
    resolution: a ? a.resolution : 'name',
    mentionText: credit.source.mention?.text ?? credit.source.name,
    sourceName: credit.source.name,
    sourceKind: credit.source.kind,
    genericMention: !!m && m.form === 'generic',
    indirect: !!a?.indirect,
    hedge: a?.cue.hedge ?? null,
    ambiguousClause: ambiguous,
    continued: credit.continued,
    impersonal: !!a?.cue.impersonal,
    contentLength,
    resolveP: a ? a.resolveP : 1,
    alternatives: credit.source.alternatives?.map((x) => x.name) ?? [],
  };
}

export function contentHedges(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  for (const h of findHedges(text.slice(start, end), start)) {
    if (isAttributionHedge(h.text)) continue;
    const w = normalizeHedge(h.text);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

export function credit(att: Attribution, otherSentence = false, continued = false): CreditInfo {
  return { att, source: { ...att.source! }, cueKind: att.cue.kind, cueSpan: { start: att.cue.s, end: att.cue.e }, otherSentence, continued };
}

export function cueOf(text: string, c: CreditInfo): Claim['cue'] {
  if (!c.cueSpan || c.cueKind === 'context') return null;
  return { start: c.cueSpan.start, end: c.cueSpan.end, text: text.slice(c.cueSpan.start, c.cueSpan.end), kind: c.cueKind };
}
