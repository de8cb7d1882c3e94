// Whether a cue reports anything here: not when negated ("did not say") or hypothetical ("if officials
// respond"); where a clause boundary ends an outer report; whether a sentence opens with a fronted adverbial.
import type { Token } from '../tokens';
import type { Cue } from '../cues';

const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor']);
const BOUNDARY_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'and', 'yet']);
const FRONTING = new Set(['earlier', 'later', 'back', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'as', 'with', 'despite', 'amid', 'following', 'under', 'when', 'while', 'although', 'though', 'if', 'because', 'from', 'without', 'unlike', 'like', 'for', 'by', 'through', 'upon', 'once', 'until']);
/** Capitalised words ending in -ed/-ing that are names, not fronted participles. */
const VERBS_PAST_SUBJECT = new Set(['united', 'red', 'ted', 'fred', 'ed', 'sterling', 'king', 'beijing', 'reading', 'bing', 'ming', 'ping']);

/** "did not say", "would not comment", "declined to say": nothing was said. */
export function negated(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 3; i--) {
    const t = toks[i];
    if (t.punct) break;
    if (NEGATIONS.has(t.lw) || /n't$/.test(t.lw) || ((t.lw === 'declined' || t.lw === 'refused' || t.lw === 'failed') && toks[i + 1]?.lw === 'to')) return true;
  }
  // "asked not to be identified", "asked to leave"
  return cue.lemma === 'ask' && (toks[cue.tj + 1]?.lw === 'not' || toks[cue.tj + 1]?.lw === 'to');
}

/** "if company officials respond", "unless the minister says so": a cue in a condition reports nothing. */
export function hypothetical(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 5; i--) {
    const t = toks[i];
    if (t.punct) return false;
    if (t.lw === 'if' || t.lw === 'unless' || t.lw === 'whether') return true;
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
  const first = toks[0];
  if (!first || first.punct) return false;
  const lw = first.lw;
  return FRONTING.has(lw) || (lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing')) && !VERBS_PAST_SUBJECT.has(lw));
}
