// Token tests shared by the speaker finders.
import type { Token } from '../tokens';
import { AUX_WORDS } from '../lexicon';
import { isTitleCase } from '../cues';
import { wordSet } from '../lexicon/load';

export const RELATIVES = wordSet('attribution', 'relatives');

/** An auxiliary or an -ly adverb between a subject and its verb ("has also repeatedly said"). */
function auxLike(t: Token): boolean {
  return !t.punct && (AUX_WORDS.has(t.lw) || (t.lw.endsWith('ly') && !t.cap && t.lw.length > 4));
}

/** Time words that stay adverbs when capitalised ("Smith Monday said"). */
const TIME_WORDS = wordSet('attribution', 'fronting');

/**
 * A capitalised word after "the" or another capitalised word is part of a name ("The Post", "Washington Post"),
 * not an adverb; in a Title Case headline capitals say nothing ("Republicans Finally Confirmed").
 */
function inName(toks: Token[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  return t.cap && !!prev && !prev.punct && (prev.lw === 'the' || prev.cap) && !TIME_WORDS.has(t.lw) && !isTitleCase(toks);
}

/** The index left of toks[j] past auxiliaries and adverbs, not below min. */
export function skipAuxLeft(toks: Token[], j: number, min = 0): number {
  while (j >= min && auxLike(toks[j]) && !inName(toks, j)) j--;
  return j;
}

/** A comma, or a dash that sets off an appositive ("The justice -- who has ... -- said"). */
export function isComma(toks: Token[], i: number): boolean {
  const w = toks[i]?.w;
  return w === ',' || w === '\u2014' || w === '\u2013' || (w === '-' && (toks[i - 1]?.w === '-' || toks[i + 1]?.w === '-'));
}
