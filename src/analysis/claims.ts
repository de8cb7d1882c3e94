// Claims: turns the attributions, quotations and quantities of one block into Claim objects —
// quotes (non-scare quotations with a speaker), statements (cue + complement with no quotation in
// it), figures (every quantity; inside a quote or statement they share its source, `within` it).
import type { Claim, ClaimSource, CueKind, Form, Quantity, Topic } from './types';
import type { Attribution } from './attribution';
import type { Quote } from './quotes';
import { score, unattributed, type AttributionFeatures } from './confidence';
import { findHedges, isAttributionHedge, normalizeHedge } from './hedges';

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

/** The features behind each attributed claim, for refitting the weights (scripts/fit-confidence.ts). */
export const claimFeatures = new WeakMap<Claim, AttributionFeatures>();

/** Finishes drafts into claims with ids in text order; `next` numbers them across blocks. */
export function finish(text: string, drafts: Draft[], next: { n: number }): Claim[] {
  drafts.sort((x, y) => x.start - y.start || y.end - x.end || (x.form === 'figure' ? 1 : 0) - (y.form === 'figure' ? 1 : 0));
  const ids = new Map<Draft, string>();
  for (const d of drafts) ids.set(d, `c${++next.n}`);
  return drafts.map((d) => {
    const s = d.features && d.source ? score(d.features) : unattributed();
    const claim: Claim = {
      id: ids.get(d)!, start: d.start, end: d.end, text: text.slice(d.start, d.end),
      form: d.form, topic: d.topic, quantity: d.quantity, hedges: d.hedges,
      source: d.source, cue: d.cue, strength: s.strength, confidence: d.source ? s.confidence : 0,
      level: d.source ? s.level : 'none', reasons: s.reasons,
    };
    if (d.container && ids.has(d.container)) claim.within = ids.get(d.container);
    if (d.features && d.source) claimFeatures.set(claim, d.features);
    return claim;
  });
}

const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'at', 'by', 'with', 'from', 'de', 'la', 'vs']);
/** Every word of the quotation capitalised (short words aside): a title or a headline. */
export function titleLike(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  if (!words || words.length < 2) return false;
  let caps = 0;
  let counted = 0;
  for (const w of words) {
    if (TITLE_SMALL.has(w.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
  }
  return counted > 0 && caps === counted;
}

/** Whether a quotation is a scare quote (a label) rather than someone's words. */
export function isScareQuote(q: Quote, governed: boolean, adjacentCue: boolean, wholeSentence: boolean, titleLike = false, endsSentence = false): boolean {
  // “Good Morning America”, ''An American Son'': a title in Title Case or capitals names a work, it quotes
  // no one; a short one is a title even right after a verb ('announced "Super Mario Run,"').
  if (titleLike && q.words <= 4 && !endsSentence) return true;
  if (adjacentCue) return false;
  if (titleLike && q.words <= 8) return true;
  if (wholeSentence) return false;
  if (q.words <= 2) return true;
  if (q.words <= 4) return !governed;
  return false;
}
