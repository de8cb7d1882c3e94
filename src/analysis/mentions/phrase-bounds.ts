// Where a noun phrase starts when read leftwards from a cue ("the Wisconsin Republican said") and where
// it ends when read rightwards ("said Smith on Tuesday", "according to the ministry's figures").
import type { Token } from '../tokens';
import { VERBS } from '../verbs';
import { CAP_STOP, NP_PREPOSITIONS, NP_STOP, PRONOUNS } from '../lexicon';
import { bare, isPossessive } from './words';
import { orgNameAhead } from './name-runs';
import { wordSet } from '../lexicon/load';

export const NP_DETERMINERS = wordSet('mentions', 'npDeterminers');
/** Capitalised function words a phrase may still start with ("The ministry", "Some officials"). */
const PHRASE_OPENERS = wordSet('mentions', 'phraseOpeners');
const ENDS_AFTER_NAME = wordSet('mentions', 'endsAfterName');

/** True when toks[i] may belong to a subject noun phrase read leftwards from a cue. */
function npToken(t: Token, atStart: boolean): boolean {
  if (t.punct) return t.w === '-' || t.w === '&' || isPossessive(t) || t.w === ')' || t.w === '(';
  if (t.cap && !(atStart && CAP_STOP.has(bare(t.lw)))) return !NP_STOP.has(t.lw) || t.lw === 'us';
  return !NP_STOP.has(t.lw);
}

/** A reporting verb form (not the base form) that no subject includes. */
function reportingVerb(t: Token): boolean {
  return !t.cap && VERBS.has(t.lw) && VERBS.get(t.lw)!.form !== 'base';
}

/** toks[i], a reporting verb's form in -s, read as a plural noun: nothing after it in the phrase but a comma or the
 *  sentence's end, or a reporting verb of which it is the subject ("reports said"). */
function endsAsNoun(toks: Token[], i: number, max: number): boolean {
  const t = toks[i];
  if (VERBS.get(t.lw)?.form !== 's') return false;
  const next = toks[i + 1];
  if (i + 1 > max || !next) return true;
  if (next.punct) return next.w === ',' || next.w === '.' || next.w === ';' || next.w === ')';
  return reportingVerb(next) && VERBS.get(next.lw)!.form !== 's';
}

/** Start index of the noun phrase ending at toks[end], not before toks[min]. */
export function phraseStartLeft(toks: Token[], end: number, min: number, maxLen = 14): number {
  let i = end;
  let depth = toks[end]?.w === ')' ? 1 : 0;
  while (i - 1 >= min && end - i < maxLen) {
    const t = toks[i - 1];
    if (t.w === ')') depth++;
    else if (t.w === '(') { if (depth === 0) break; depth--; }
    // "the delegation to the forum": "to" before a determiner or a name is a preposition, not an infinitive.
    else if (depth === 0 && t.lw === 'to' && (NP_DETERMINERS.has(toks[i].lw) || toks[i].cap)) { /* part of the phrase */ }
    // "the Food and Drug Administration": a connector inside an organisation's name.
    else if (depth === 0 && (t.lw === 'and' || t.lw === 'of' || t.lw === 'for') && toks[i - 2]?.cap && toks[i].cap && orgNameAhead(toks, i)) { /* part of the name */ }
    else if (depth === 0 && !npToken(t, i - 1 === min)) break;
    // A reporting verb is no part of a subject ("released by the statistics office, which said").
    else if (depth === 0 && reportingVerb(t)) break;
    i--;
  }
  // Do not start on a preposition or a conjunction ("In the city the mayor" starts at "the city").
  while (i < end && (NP_PREPOSITIONS.has(toks[i].lw) || CAP_STOP.has(bare(toks[i].lw)) && !PHRASE_OPENERS.has(toks[i].lw) && !PRONOUNS.has(toks[i].lw))) i++;
  return i;
}

/** The noun phrase starting at toks[start] read rightwards (inverted "said Smith", "according to X"). */
export function phraseEndRight(toks: Token[], start: number, max: number, maxLen = 14): number {
  let j = start;
  let depth = 0;
  const limit = Math.min(max, start + maxLen);
  while (j + 1 <= limit) {
    const t = toks[j + 1];
    if (t.w === '(') depth++;
    else if (t.w === ')') { if (depth === 0) break; depth--; }
    else if (depth === 0) {
      if (t.punct && !isPossessive(t) && t.w !== '-' && t.w !== '&') break;
      if (!t.punct && NP_STOP.has(t.lw) && !(t.lw === 'and' && toks[j + 2]?.cap)) break;
      // A reporting verb ends the subject: "the Wisconsin Republican criticized ...". Not a plural noun form that
      // ends the phrase ("according to local news reports, ...", "media reports said"): a verb there would report
      // nothing.
      if (j > start && reportingVerb(t) && !endsAsNoun(toks, j + 1, max)) break;
      // A verb-like word after a name ends it ("according to Smith, who", "said Smith on Tuesday").
      if (!t.cap && ENDS_AFTER_NAME.has(t.lw) && toks[j].cap) break;
    }
    j++;
  }
  return j;
}
