// Confidence: features of an attribution -> fitted logistic weights -> caps by source kind -> level and
// readable reasons. "How firmly does this text tie this claim to an identifiable source?"
import type { CueKind, Form, Level, SourceKind, Strength } from './types';
import { levelFor } from './types';
import { CALIBRATION, CONFIDENCE_WEIGHTS } from './confidence-weights';

export interface AttributionFeatures {
  form: Form;
  cueKind: CueKind | 'context' | null;
  cueText: string;
  weakCue: boolean;
  position: 'before' | 'after' | 'inverted' | 'context';
  otherSentence: boolean;
  resolution: 'name' | 'pronoun' | 'title' | 'unresolved' | 'none';
  mentionText: string;
  sourceName: string;
  sourceKind: SourceKind;
  genericMention: boolean;
  indirect: boolean;
  hedge: string | null;
  ambiguousClause: boolean;
  continued: boolean;
  impersonal: boolean;
  contentLength: number;
  /** P(the shown source is the one meant): 1 for a name, the ranker's probability for a pronoun. */
  resolveP: number;
  /** Close runners-up of a resolved pronoun, likeliest first. */
  alternatives: string[];
}

export const CAPS: Partial<Record<SourceKind, number>> = { anonymous: 0.6, vague: 0.35 };

/** Feature names, in the order of featureValues(). */
export const FEATURE_NAMES = [
  'bias', 'cue_according', 'cue_reporting_noun', 'cue_colon', 'cue_embed', 'cue_link', 'cue_context', 'cue_weak',
  'pos_after', 'pos_inverted', 'other_sentence', 'res_pronoun', 'res_title', 'res_unresolved', 'generic_mention',
  'indirect', 'kind_anonymous', 'kind_vague', 'kind_document', 'kind_outlet', 'kind_author', 'form_quote',
  'form_figure', 'hedged', 'ambiguous_clause', 'continued', 'impersonal', 'long_content',
] as const;

/** The feature values of an attribution, aligned with FEATURE_NAMES. */
export function featureValues(f: AttributionFeatures): number[] {
  return [
    1, +(f.cueKind === 'according-to'), +(f.cueKind === 'reporting-noun'), +(f.cueKind === 'colon'),
    +(f.cueKind === 'embed'), +(f.cueKind === 'link'), +(f.cueKind === 'context'), +f.weakCue,
    +(f.position === 'after'), +(f.position === 'inverted'), +f.otherSentence, +(f.resolution === 'pronoun'),
    +(f.resolution === 'title'), +(f.resolution === 'unresolved'), +f.genericMention, +f.indirect,
    +(f.sourceKind === 'anonymous'), +(f.sourceKind === 'vague'), +(f.sourceKind === 'document'),
    +(f.sourceKind === 'outlet'), +(f.sourceKind === 'author'), +(f.form === 'quote'), +(f.form === 'figure'),
    +!!f.hedge, +f.ambiguousClause, +f.continued, +f.impersonal,
    Math.min(3, Math.max(0, Math.log2(Math.max(1, f.contentLength / 150)))),
  ];
}

/** The feature vector as name -> value (non-zero entries only). */
export function featureVector(f: AttributionFeatures): Record<string, number> {
  const v: Record<string, number> = {};
  const xs = featureValues(f);
  for (let i = 0; i < xs.length; i++) if (xs[i]) v[FEATURE_NAMES[i]] = xs[i];
  return v;
}

const WEIGHT_VECTOR = FEATURE_NAMES.map((k) => CONFIDENCE_WEIGHTS[k] ?? 0);

export function strengthOf(kind: SourceKind | null): Strength {
  if (!kind) return 'none';
  if (kind === 'anonymous') return 'anonymous';
  if (kind === 'vague') return 'vague';
  return 'on-record';
}

function sigmoid(x: number): number { return 1 / (1 + Math.exp(-x)); }

export function rawConfidence(f: AttributionFeatures, weights: number[] = WEIGHT_VECTOR): number {
  const xs = featureValues(f);
  let z = 0;
  for (let i = 0; i < xs.length; i++) z += weights[i] * xs[i];
  return sigmoid(z);
}

export interface Scored { confidence: number; level: Level; strength: Strength; reasons: string[] }

/** Confidence, level, strength and reasons for an attributed claim. */
/** P(a real attribution with this mention) x P(the mention is the source shown), before calibration. */
export function uncalibrated(f: AttributionFeatures): number {
  return rawConfidence(f) * Math.max(0, Math.min(1, f.resolveP));
}

/** Platt scaling fitted on the training split (scripts/fit-calibration.ts): sigmoid(a * logit(p) + b). */
export function calibrated(p: number, cal: { a: number; b: number } = CALIBRATION): number {
  if (p <= 0) return 0;
  const q = Math.min(p, 1 - 1e-9);
  return sigmoid(cal.a * Math.log(q / (1 - q)) + cal.b);
}

export function score(f: AttributionFeatures): Scored {
  let c = calibrated(uncalibrated(f));
  const cap = CAPS[f.sourceKind];
  const reasons = reasonsFor(f);
  if (cap !== undefined && c > cap) { c = cap; }
  if (cap !== undefined) reasons.push(f.sourceKind === 'anonymous'
    ? `the source is not named, so confidence stays at ${Math.round(cap * 100)}% or below`
    : `the source is only hinted at, so confidence stays at ${Math.round(cap * 100)}% or below`);
  c = Math.round(c * 100) / 100;
  return { confidence: c, level: levelFor(c, true), strength: strengthOf(f.sourceKind), reasons };
}

/** The unattributed case: no source, no confidence. */
export function unattributed(): Scored {
  return { confidence: 0, level: 'none', strength: 'none', reasons: ['the article does not say who this comes from'] };
}

const KIND_TEXT: Record<SourceKind, string> = {
  person: 'a named person', organization: 'a named organisation', government: 'a government or state body',
  outlet: 'a news outlet or agency', document: 'a document or data', anonymous: 'not named',
  vague: 'only hinted at', author: 'the writer',
};

/** Plain reasons, the words of the article quoted; no grammar terms. Each reason holds on its own and none
 *  contradicts another (a mention not tied to a name says so instead of "the source is a named person"). */
function reasonsFor(f: AttributionFeatures): string[] {
  const r: string[] = [];
  const cue = `“${f.cueText}”`;
  switch (f.cueKind) {
    case 'speech-verb': r.push(f.otherSentence ? `the words that credit it, ${cue}, are in another sentence` : `the same sentence says who said it: ${cue}`); break;
    case 'according-to': r.push(`${cue} says who it comes from`); break;
    case 'reporting-noun': r.push(`the article points to where it comes from: ${cue}`); break;
    case 'colon': r.push('the source is named just before a colon'); break;
    case 'embed': r.push(`it is a post by ${f.sourceName}, shown in the article`); break;
    case 'link': r.push(`the words link to ${f.sourceName}`); break;
    case 'context': r.push('its own sentence names no one: it continues a quotation credited to the same person'); break;
    default: if (f.cueText) r.push(`the article ties it to its source with ${cue}`);
  }
  if (f.weakCue) r.push(`${cue} does not always mean that someone said something`);
  if (f.form === 'quote') r.push(f.continued ? 'the quotation carries on from the previous paragraph' : 'it is a direct quotation');
  if (f.form === 'figure') r.push('the figure sits inside a passage credited to this source');
  if (f.resolution === 'pronoun') r.push(`“${f.mentionText}” is taken to mean ${f.sourceName} (we are ${Math.round(100 * f.resolveP)}% sure of who “${f.mentionText}” is)`);
  if (f.alternatives.length) r.push(`it could also be ${f.alternatives.join(' or ')}`);
  if (f.resolution === 'title') r.push(`“${f.mentionText}” is taken to mean ${f.sourceName}`);
  if (f.resolution === 'unresolved') r.push(`the article only says “${f.mentionText}”, without a name${f.resolveP > 0 ? '' : ', so there is no confidence'}`);
  if (f.indirect) r.push('the name stands a few words away from the words that credit it');
  if (f.hedge) r.push(`the article hedges: “${f.hedge}”`);
  if (f.ambiguousClause) r.push('part of this may be the writer’s own words rather than the source’s');
  if (f.impersonal) r.push('the wording names no one');
  if (f.position === 'after') r.push('the source is named after what was said');
  // Anonymous and vague sources get their reason with the cap; a mention not tied to a name is not "a named" anything.
  if (f.resolution !== 'unresolved' && !CAPS[f.sourceKind]) r.push(`the source is ${KIND_TEXT[f.sourceKind]}`);
  return r;
}
