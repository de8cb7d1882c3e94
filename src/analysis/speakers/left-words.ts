// Token tests shared by the speaker finders.
import type { Token } from '../tokens';
import { AUX_WORDS } from '../lexicon';
import { wordSet } from '../lexicon/load';

export const RELATIVES = wordSet('attribution', 'relatives');

/** An auxiliary or an -ly adverb between a subject and its verb ("has also repeatedly said"). */
function auxLike(t: Token): boolean {
  return !t.punct && (AUX_WORDS.has(t.lw) || (t.lw.endsWith('ly') && !t.cap && t.lw.length > 4));
}

/** The index left of toks[j] past auxiliaries and adverbs, not below min. */
export function skipAuxLeft(toks: Token[], j: number, min = 0): number {
  while (j >= min && auxLike(toks[j])) j--;
  return j;
}

/** A comma, or a dash that sets off an appositive ("The justice -- who has ... -- said"). */
export function isComma(toks: Token[], i: number): boolean {
  const w = toks[i]?.w;
  return w === ',' || w === '\u2014' || w === '\u2013' || (w === '-' && (toks[i - 1]?.w === '-' || toks[i + 1]?.w === '-'));
}
