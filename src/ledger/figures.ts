// Figures as the ledger compares them: what they count (topic, head-noun lemma, entities around them, and for
// casualties whether killed or injured) and the bounds of their value. Two figures count the same thing when
// topic, lemma and aspect agree and their entities overlap; they agree when their bounds overlap.
import type { Claim, Quantity } from '../analysis/types';
import { entitiesIn } from './entities';
import type { FigureFacts } from './types';
import { lemma } from './words';

/**
 * A rounded figure ("some 10,000", "about 500") stands for a small band around it. Narrow on purpose: the reader
 * who sees "some 10,000" here and "9,500" elsewhere wants to hear that they differ.
 */
export const APPROXIMATE_BAND = 0.03;

export function boundsOf(q: Quantity): [number, number] | null {
  const { value, min, max } = q;
  if (min !== undefined || max !== undefined) {
    const lo = min ?? 0;
    const hi = max ?? Infinity;
    return Number.isFinite(lo) && lo <= hi ? [lo, hi] : null;
  }
  if (value === undefined || !Number.isFinite(value)) return null;
  const band = q.approximate ? Math.abs(value) * APPROXIMATE_BAND : 0;
  return [value - band, value + band];
}

const ASPECTS: Array<[string, RegExp]> = [
  ['killed', /\b(?:killed|dead|died|deaths?|fatalities|lost their lives|slain|massacred|executed)\b/i],
  ['injured', /\b(?:injured|wounded|hurt|injuries|maimed)\b/i],
  ['missing', /\b(?:missing|unaccounted)\b/i],
  ['captured', /\b(?:captured|detained|arrested|taken prisoner|prisoners?)\b/i],
];

/** Killed, injured, missing, captured: read in the words right after the figure (its own clause). */
export function aspectOf(after: string): string {
  const clause = after.split(/[;,.!?]/)[0].split(/\s+/).slice(0, 8).join(' ');
  let found = '';
  let at = Infinity;
  for (const [name, re] of ASPECTS) {
    const m = re.exec(clause);
    if (m && m.index < at) [found, at] = [name, m.index];
  }
  return found;
}

/** Only figures that say what they count can be matched: a unit, or a topic other than "other". */
export function figureFacts(claim: Claim, sentence: string, after: string, fallbackEntities: readonly string[]): FigureFacts | null {
  const q = claim.quantity;
  if (!q) return null;
  const bounds = boundsOf(q);
  if (!bounds) return null;
  const noun = q.unit ? lemma(q.unit) : '';
  if (!noun && claim.topic === 'other') return null;
  const exclude = claim.source ? [claim.source.name, ...(claim.source.via ? [claim.source.via.name] : [])] : [];
  const own = entitiesIn(sentence, exclude);
  return {
    topic: claim.topic,
    lemma: noun,
    lo: bounds[0],
    hi: bounds[1],
    entities: own.length ? own : [...fallbackEntities],
    aspect: claim.topic === 'casualties' ? aspectOf(after) : '',
  };
}

/** Same topic, same thing counted, and at least one entity in common (or none named on either side). */
export function sameThing(a: FigureFacts, b: FigureFacts): boolean {
  if (a.topic !== b.topic || a.lemma !== b.lemma) return false;
  if (a.aspect && b.aspect && a.aspect !== b.aspect) return false;
  if (!a.entities.length || !b.entities.length) return !a.entities.length && !b.entities.length;
  const other = new Set(b.entities);
  return a.entities.some((e) => other.has(e));
}

export function boundsOverlap(a: FigureFacts, b: FigureFacts): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Index keys of a figure: one per entity (or one with none), so a lookup finds only figures sharing one. */
export function figureKeyStrings(f: FigureFacts): string[] {
  const base = `f|${f.topic}|${f.lemma}`;
  return f.entities.length ? f.entities.map((e) => `${base}|${e}`) : [`${base}|`];
}
