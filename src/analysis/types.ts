// The engine's output model (see README "Data model"). Offsets are UTF-16 indices into the analyzed text.

export type Form = 'figure' | 'quote' | 'statement';
export type Topic = 'casualties' | 'troops' | 'weapons' | 'displacement' | 'money' | 'other';
export type SourceKind =
  | 'person' | 'organization' | 'government' | 'outlet' | 'document'
  | 'anonymous' | 'vague' | 'author';
export type Strength = 'on-record' | 'anonymous' | 'vague' | 'none';
export type Level = 'high' | 'medium' | 'low' | 'none';
export type CueKind = 'speech-verb' | 'according-to' | 'reporting-noun' | 'colon' | 'embed' | 'link' | 'other';

export interface Span { start: number; end: number; text: string }

export interface Quantity {
  text: string;
  value?: number;
  min?: number;
  max?: number;
  approximate: boolean;
  unit?: string;
}

export interface ClaimSource {
  /** Canonical name: "Kim Jong Un", not "He". */
  name: string;
  kind: SourceKind;
  /** Where the text names the source at the point of credit ("He", "KCNA"). */
  mention: Span | null;
  /** Whom the source relays: KCNA (source) citing Kim (via). */
  via?: { name: string; kind: SourceKind };
  /** A link or embedded post that carries the claim. */
  url?: string;
  /** The pronoun or role noun the name was resolved from ("he", "the minister"), when it was. */
  resolvedFrom?: string;
  /** Other sources the text could mean, when the engine's choice was close (likeliest first). */
  alternatives?: Array<{ name: string; kind: SourceKind }>;
}

/**
 * The reader's own correction of a claim, set by the extension from what the reader saved (never by the engine).
 * `engineSource` is what the engine said, kept so the correction can be shown, undone and exported.
 */
export interface ClaimCorrection {
  verdict: 'source' | 'not-a-claim';
  engineSource: ClaimSource | null;
}

export interface Claim extends Span {
  id: string;
  form: Form;
  topic: Topic;
  quantity: Quantity | null;
  /** id of the quote/statement that contains this figure. */
  within?: string;
  hedges: string[];
  source: ClaimSource | null;
  cue: (Span & { kind: CueKind }) | null;
  strength: Strength;
  confidence: number;
  level: Level;
  reasons: string[];
  /** Present when the reader corrected this claim (the source shown is then the reader's). */
  correction?: ClaimCorrection;
}

/**
 * A paragraph-like unit of the analyzed text: `text.slice(start, end)`. Hints come from the page:
 * an embedded post's byline (the block's text is the post) and the links inside the block
 * (absolute offsets into the text).
 */
export interface Block {
  start: number;
  end: number;
  embed?: { author: string; handle?: string; url?: string };
  links?: Array<{ start: number; end: number; href: string }>;
}

export const LEVEL_ORDER: Level[] = ['none', 'low', 'medium', 'high'];

export function levelFor(confidence: number, hasSource: boolean): Level {
  if (!hasSource || confidence <= 0) return 'none';
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.45) return 'medium';
  return 'low';
}
