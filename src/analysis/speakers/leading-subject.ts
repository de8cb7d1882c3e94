// The subject of a clause for a cue that has none of its own: ", adding that ..." and "... and said ..."
// take the subject that opens the clause ("He made the remarks ..., telling ...") or the nearest pronoun.
import type { Token } from '../tokens';
import { PRONOUNS } from '../lexicon';
import { classifyPhrase, nameRuns, phraseEndRight, type Mention } from '../mentions';
import { wordSet } from '../lexicon/load';

const NP_PREPOSITIONS_LEFT = wordSet('attribution', 'prepositionsBeforePronoun');

/** The subject at the start of the clause: "He made the remarks ..., telling ..." -> "He". */
export function leadingSubject(text: string, toks: Token[], lo: number, hi: number): Mention | null {
  const first = leadingSubjectAt(text, toks, lo, hi);
  if (first) return first;
  // "In an interview on Thursday, the senator criticized ... and said": try after each comma.
  for (let c = lo; c < hi; c++) {
    if (toks[c].w !== ',') continue;
    const m = leadingSubjectAt(text, toks, c + 1, hi);
    if (m) return m;
  }
  return null;
}

/** The nearest pronoun left of a participle ("When he returned he began by saying"), not one after a preposition. */
export function nearestSubjectLeft(text: string, toks: Token[], before: number): Mention | null {
  for (let i = before - 1; i >= 0 && i >= before - 12; i--) {
    const t = toks[i];
    if (PRONOUNS.has(t.lw) && !(toks[i - 1] && NP_PREPOSITIONS_LEFT.has(toks[i - 1].lw))) return classifyPhrase(text, toks, i, i);
  }
  return null;
}

function leadingSubjectAt(text: string, toks: Token[], lo: number, hi: number): Mention | null {
  let i = lo;
  while (i < hi && (toks[i].punct || toks[i].lw === 'but' || toks[i].lw === 'and')) i++;
  if (i >= hi) return null;
  if (PRONOUNS.has(toks[i].lw)) return classifyPhrase(text, toks, i, i);
  const end = Math.min(hi - 1, phraseEndRight(toks, i, hi - 1, 8));
  const m = classifyPhrase(text, toks, i, end);
  if (m && (m.form !== 'generic' || m.kind !== 'person')) return m;
  // Else the first name at the start of the clause ("Smith, who ..., told").
  const run = nameRuns(toks, i, end)[0];
  if (run && run.a <= i + 2) return classifyPhrase(text, toks, i, run.b);
  return null;
}
