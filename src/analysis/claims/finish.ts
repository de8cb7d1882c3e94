// Drafts finished into claims: ids in text order, `within` links, confidence and level.
import type { Claim } from '../types';
import { score, unattributed, type AttributionFeatures } from '../confidence';
import type { Draft } from './draft';

/**
 * The features behind each attributed claim, for refitting the weights (scripts/fit-confidence.ts), kept only after
 * keepClaimFeatures(): an entry per claim cost 1-2% of analyze() on the written articles (node --cpu-prof), and only
 * the fit scripts read them.
 */
export const claimFeatures = new WeakMap<Claim, AttributionFeatures>();
let keepFeatures = false;

/** From now on, claimFeatures holds the features of every attributed claim analyzed (the fit scripts call this). */
export function keepClaimFeatures(): void {
  keepFeatures = true;
}

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
    if (keepFeatures && d.features && d.source) claimFeatures.set(claim, d.features);
    return claim;
  });
}
