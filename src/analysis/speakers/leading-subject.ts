// The subject of a clause for a cue that has none of its own: ", adding that ..." and "... and said ..."
// take the subject that opens the clause ("He made the remarks ..., telling ...") or the nearest pronoun.
import type { Token } from '../tokens';
import type { Discourse } from '../discourse';
import { ANON_HEADS, BODY_NOUNS, DETERMINERS, DOCUMENT_NOUNS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, VAGUE_HEADS } from '../lexicon';
import { classifyPhrase, nameRuns, phraseEndRight, type Mention } from '../mentions';
import { resolveMention } from '../resolve';
import { VERBS } from '../verbs';
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

/** A plural the mentions stage read as a vague or anonymous group ("Many local farmers"), not a verb. */
const pluralNoun = (m: Mention, head: string) => (m.form === 'vague' || m.form === 'anonymous') && head.endsWith('s') && !VERBS.has(head);

/** A head noun a word list knows: a group, a source, a body or a document. */
const knownHead = (w: string) => VAGUE_HEADS.has(w) || ANON_HEADS.has(w) || BODY_NOUNS.has(w) || ROLE_NOUNS.has(w) || ORG_WORDS.has(w) || DOCUMENT_NOUNS.has(w);

/** A kind a description opening a sentence may have to be meant by a later "it". */
const bodyKind = (m: Mention) => m.kind === 'organization' || m.kind === 'government' || m.kind === 'document' || m.kind === 'outlet';
/** "Reports are that ...", "Estimates vary": hearsay nouns stay vague, never an entity in play. */
const HEARSAY_NOUNS = wordSet('cueWords', 'reportSubjectNouns');

/**
 * A description that opens the sentence as its subject ("The company will close two stores, it said",
 * "Six newspapers in the state said ...", "Friends of Mr. Clinton say ... they") is in play for "it"
 * and "they" like a name: "the ministry" is the ministry named before, if any (resolve.ts), else itself.
 */
export function registerLeadingDescription(text: string, toks: Token[], disc: Discourse): void {
  // Only a noun phrase opening the sentence ("The company", "Many farmers", "Mexican officials"): "in recent
  // months, ..." opens no subject.
  let i = 0;
  while (i < toks.length && (toks[i].punct || toks[i].lw === 'but' || toks[i].lw === 'and')) i++;
  if (i >= toks.length || !(DETERMINERS.has(toks[i].lw) || toks[i].cap)) return;
  // The phrase's last word first, before reading the phrase (most sentences open with a name or a pronoun).
  const last = toks[Math.min(toks.length - 1, phraseEndRight(toks, i, toks.length - 1, 8))].lw;
  if (!knownHead(last) && !(last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !VERBS.has(last))) return;
  const m = leadingSubjectAt(text, toks, 0, toks.length);
  if (!m || m.unknownHead || m.form === 'name' || m.form === 'pronoun' || m.form === 'title') return;
  // Its head must be a noun the word lists know ("Friends ... wants" or "The freshman senator wants" is no phrase).
  const head = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
  if (HEARSAY_NOUNS.has(head) || (VAGUE_HEADS.has(head) && DOCUMENT_NOUNS.has(head))) return;
  if (DOCUMENT_NOUNS.has(head)) resolveMention({ ...m, kind: 'document', form: 'generic' }, disc, true);
  else if (m.plural && (knownHead(head) || pluralNoun(m, head))) resolveMention(m, disc, true);
  else if (!m.plural && m.form === 'generic' && bodyKind(m) && (BODY_NOUNS.has(head) || ORG_WORDS.has(head))) resolveMention(m, disc, true);
}
