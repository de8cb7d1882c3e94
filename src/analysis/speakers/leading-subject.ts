// The subject of a clause for a cue that has none of its own: ", adding that ..." and "... and said ..."
// take the subject that opens the clause ("He made the remarks ..., telling ...") or the nearest pronoun.
import type { Token } from '../tokens';
import type { Discourse } from '../discourse';
import { ANON_HEADS, BODY_NOUNS, CAP_STOP, DETERMINERS, DOCUMENT_NOUNS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, VAGUE_HEADS } from '../lexicon';
import { classifyPhrase, nameRuns, phraseEndRight, type Mention } from '../mentions';
import { resolveMention } from '../resolve';
import { VERBS } from '../verbs';
import { wordSet } from '../lexicon/load';

const NP_PREPOSITIONS_LEFT = wordSet('attribution', 'prepositionsBeforePronoun');
/** Words opening a sentence before a noun phrase that may be in play ("Among her supporters, ..."). */
const LEAD_INS = wordSet('mentions', 'leadIns');

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
 * Where the sentence's subject opens: its first word ("The company", "Many farmers", "Mexican officials"), or the
 * word after a short fronted phrase and its comma ("Later, Trump's campaign ...", "On Friday, the company ...");
 * -1 when neither opens a noun phrase. A capitalised word that never starts a name ("For decades", "Within
 * marriages") opens an adverbial, not a subject.
 */
function subjectOpening(toks: Token[]): { at: number; inPhrase: boolean } | null {
  const opens = (k: number) => k < toks.length && (DETERMINERS.has(toks[k].lw) || (toks[k].cap && !CAP_STOP.has(toks[k].lw)));
  let i = 0;
  while (i < toks.length && (toks[i].punct || toks[i].lw === 'but' || toks[i].lw === 'and')) i++;
  if (opens(i)) return { at: i, inPhrase: false };
  // "Among Clinton's supporters, ...", "Though executives who ... say": the phrase after an opening preposition,
  // subordinator or adverb, taken only when its head is a noun the word lists know (registerLeadingDescription).
  if (i + 1 < toks.length && LEAD_INS.has(toks[i].lw) && !toks[i + 1].punct) return { at: i + 1, inPhrase: true };
  for (let c = i + 1; c < toks.length && c <= i + 6; c++) {
    if (toks[c].w === ',') return opens(c + 1) ? { at: c + 1, inPhrase: false } : null;
    if (toks[c].punct) return null;
  }
  return null;
}

/**
 * A description that opens the sentence as its subject ("The company will close two stores, it said",
 * "Six newspapers in the state said ...", "Friends of Mr. Clinton say ... they") is in play for "it"
 * and "they" like a name: "the ministry" is the ministry named before, if any (resolve.ts), else itself.
 */
export function registerLeadingDescription(text: string, toks: Token[], disc: Discourse): void {
  const opening = subjectOpening(toks);
  if (!opening) return;
  // The phrase after a preposition is read as if it opened the sentence (a phrase after "to" is no source).
  const words = opening.inPhrase ? toks.slice(opening.at) : toks;
  const i = opening.inPhrase ? 0 : opening.at;
  // The phrase's last word first, before reading the phrase (most sentences open with a name or a pronoun).
  const last = words[Math.min(words.length - 1, phraseEndRight(words, i, words.length - 1, 8))].lw;
  if (!knownHead(last) && !(last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !VERBS.has(last))) return;
  const m = leadingSubjectAt(text, words, i, words.length);
  if (!m || m.unknownHead || m.form === 'name' || m.form === 'pronoun' || m.form === 'title') return;
  // Its head must be a noun the word lists know ("Friends ... wants" or "The freshman senator wants" is no phrase).
  const head = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
  if (HEARSAY_NOUNS.has(head) || (VAGUE_HEADS.has(head) && DOCUMENT_NOUNS.has(head))) return;
  if (opening.inPhrase && !knownHead(head) && !knownHead(head.replace(/s$/, ''))) return;
  if (DOCUMENT_NOUNS.has(head)) resolveMention({ ...m, kind: 'document', form: 'generic' }, disc, true);
  else if (m.plural && (knownHead(head) || pluralNoun(m, head))) resolveMention(m, disc, true);
  else if (!m.plural && m.form === 'generic' && bodyKind(m) && (BODY_NOUNS.has(head) || ORG_WORDS.has(head))) resolveMention(m, disc, true);
}
