// One sentence as the stages see it: its tokens, its cues, a fresh discourse.
import { tokenize, type Token } from '../../../src/analysis/tokens';
import { findCues, type Cue } from '../../../src/analysis/cues';
import { isAttributionHedge } from '../../../src/analysis/hedges';
import { Discourse } from '../../../src/analysis/discourse';

export interface Sentence { text: string; toks: Token[]; cues: Cue[]; disc: Discourse }

export function sentence(text: string): Sentence {
  const toks = tokenize(text, 0, text.length);
  return { text, toks, cues: findCues(toks, () => false, isAttributionHedge), disc: new Discourse() };
}

/** Index of the first token whose text is `w` (from `from`). */
export function tokenAt(toks: Token[], w: string, from = 0): number {
  const i = toks.findIndex((t, k) => k >= from && t.w === w);
  if (i < 0) throw new Error(`no token "${w}"`);
  return i;
}

/** The text of a token range [a..b]. */
export function words(s: Sentence, a: number, b: number): string {
  return s.text.slice(s.toks[a].s, s.toks[b].e);
}
