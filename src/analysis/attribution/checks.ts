// Whether a cue reports anything here: not when negated ("did not say") or hypothetical ("if officials
// respond"); where a clause boundary ends an outer report; whether a sentence opens with a fronted adverbial.
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import { wordSet } from '../lexicon/load';

const NEGATIONS = wordSet('attribution', 'negations');
const DECLINING = wordSet('attribution', 'declining');
const CONDITIONS = wordSet('attribution', 'conditions');
const BOUNDARY_WORDS = wordSet('attribution', 'boundaryWords');
const FRONTING = wordSet('attribution', 'fronting');
const FRONTING_LEADS = wordSet('attribution', 'frontingLeads');
/** Capitalised words ending in -ed/-ing that are names, not fronted participles. */
const VERBS_PAST_SUBJECT = wordSet('attribution', 'capitalisedNotParticiples');

/** "did not say", "would not comment", "declined to say": nothing was said. */
export function negated(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 3; i--) {
    const t = toks[i];
    if (t.punct) break;
    if (NEGATIONS.has(t.lw) || /n't$/.test(t.lw) || (DECLINING.has(t.lw) && toks[i + 1]?.lw === 'to')) return true;
  }
  // "asked not to be identified", "asked to leave"
  return cue.lemma === 'ask' && (toks[cue.tj + 1]?.lw === 'not' || toks[cue.tj + 1]?.lw === 'to');
}

/** "if company officials respond", "unless the minister says so": a cue in a condition reports nothing. */
export function hypothetical(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 5; i--) {
    const t = toks[i];
    if (t.punct) return false;
    if (CONDITIONS.has(t.lw)) return true;
  }
  return false;
}

/** Index of a clause boundary (", while", ", but", ";") in toks[from, to), or -1. */
export function clauseBoundary(toks: Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (toks[i].w === ';') return i;
    if (toks[i].w === ',' && BOUNDARY_WORDS.has(toks[i + 1]?.lw ?? '')) return i;
  }
  return -1;
}

/** The sentence opens with a fronted adverbial before a comma: "In a 1963 speech", "Asked about it". */
export function frontedPhrase(toks: Token[]): boolean {
  // Past connectives and their commas: "But in late November, ...", "Moreover, despite ...".
  let i = 0;
  while (i < toks.length - 1 && (FRONTING_LEADS.has(toks[i].lw) || (i > 0 && toks[i].w === ','))) i++;
  const first = toks[i];
  if (!first || first.punct) return false;
  const lw = first.lw;
  return FRONTING.has(lw) || (lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing')) && !VERBS_PAST_SUBJECT.has(lw));
}
