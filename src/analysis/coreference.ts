// Coreference: who "he", "she", "they" or "it" is. Every entity in play that could be meant is a
// candidate; each is described by a few features (agreement, recency, subject position, the last
// speaker, the speaker of an open quotation, a paragraph boundary, salience) and scored with weights
// fitted on PolNeAR's training split (`npm run fit`, scripts/fit-coreference.ts). The scores become
// probabilities over the candidates (a softmax), so the choice carries its own uncertainty and the
// runner-up is known. Hard rules stay hard: "he" never goes to a woman the text named, "it" never to a
// person.
import type { Entity } from './discourse';
import { COREF_WEIGHTS } from './coref-weights';
import { genderOf, genderOfWord } from './gender';
import { isPlace } from './mentions';
import { ANON_HEADS, ROLE_NOUNS } from './lexicon';

export type PronounClass = 'he' | 'she' | 'they' | 'it';

/** What the ranker needs to know of the moment the pronoun is read. */
export interface CorefContext {
  sentence: number;
  block: number;
  lastSpeaker: Entity | null;
  openQuoteSpeaker: Entity | null;
}

export interface Candidate { entity: Entity; x: number[]; p: number }

/** Feature names, in the order of corefFeatures(). */
export const COREF_FEATURES = [
  'bias', 'same_sentence', 'log_age', 'log_subject_age', 'never_subject', 'last_speaker', 'open_quote_speaker',
  'other_block', 'log_mentions', 'gender_match', 'gender_unknown', 'gender_pronoun_match', 'gender_pronoun_clash',
  'most_recent', 'most_recent_subject', 'kind_person', 'kind_group', 'kind_document', 'kind_outlet', 'plural',
  'initial_only', 'single_token', 'has_role', 'log_spoke', 'first_name_known', 'place', 'description',
] as const;

const PERSON_WINDOW = 12;
const BODY_WINDOW = 10;
/** How many of the most recently mentioned entities are looked at. */
const RECENT = 80;
/** A runner-up at least this likely is named on the card. */
export const CLOSE_RUNNER_UP = 0.2;

export function pronounClass(word: string): PronounClass | null {
  const lw = word.toLowerCase();
  return lw === 'he' || lw === 'she' || lw === 'they' || lw === 'it' ? lw : null;
}

/** Whether an entity can be meant by the pronoun at all (kind, number, known gender, distance). */
export function compatible(pc: PronounClass, e: Entity, age: number): boolean {
  if (pc === 'he' || pc === 'she') {
    if (e.kind !== 'person' || e.plural || age > PERSON_WINDOW || !personLike(e.name)) return false;
    const g = genderOf(e);
    return !g || g === (pc === 'he' ? 'm' : 'f');
  }
  if (age > BODY_WINDOW) return false;
  if (pc === 'it') return !e.plural && (e.kind === 'organization' || e.kind === 'government' || e.kind === 'outlet' || e.kind === 'document');
  return !!e.plural || e.kind === 'organization' || e.kind === 'government' || e.kind === 'anonymous' || e.kind === 'vague' || e.kind === 'outlet';
}

/** "the GOP nominee", "one questioner", "a series of postings": a description, not a name. */
// No `i` flag: with it, \p{Ll} would match capitals too.
const DESCRIPTION = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Aa]nother|[Tt]his|[Tt]hat)\s|\p{Ll})/u;

/** A name or description that can stand for one person: no digits, no shouting, a person noun at the head. */
function personLike(name: string): boolean {
  if (/\d/.test(name)) return false;
  if (/^[^\p{Ll}]*$/u.test(name) && name.includes(' ')) return false;
  if (!DESCRIPTION.test(name)) return true;
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_NOUNS.has(head) || ANON_HEADS.has(head);
}

const log1 = (n: number) => Math.log(1 + Math.max(0, n));

/** The feature vector of one candidate, aligned with COREF_FEATURES. */
export function corefFeatures(pc: PronounClass, e: Entity, ctx: CorefContext, mostRecent: boolean, mostRecentSubject: boolean): number[] {
  const age = ctx.sentence - e.seen;
  const subjectAge = e.subjectSeen >= 0 ? ctx.sentence - e.subjectSeen : -1;
  const personal = pc === 'he' || pc === 'she';
  const g = personal ? genderOf(e) : undefined;
  const want = pc === 'he' ? 'm' : 'f';
  const pg = personal && !g ? e.pronounGender : undefined;
  return [
    1, +(age === 0), log1(age), subjectAge < 0 ? 0 : log1(Math.min(subjectAge, 20)), +(subjectAge < 0),
    +(ctx.lastSpeaker === e), +(ctx.openQuoteSpeaker === e), +(e.block !== ctx.block), log1(e.mentions - 1),
    +(!!g && g === want), +(personal && !g && !pg), +(!!pg && pg === want), +(!!pg && pg !== want),
    +mostRecent, +mostRecentSubject, +(e.kind === 'person'), +(e.kind === 'anonymous' || e.kind === 'vague'),
    +(e.kind === 'document'), +(e.kind === 'outlet'), +!!e.plural,
    +e.initialOnly, +(e.kind === 'person' && e.tokens.length <= 1), +(e.roles.size > 0), log1(e.spoke),
    +(e.tokens.length > 1 && !!genderOfWord(e.tokens[0])), +isPlace(e.name), +DESCRIPTION.test(e.name),
  ];
}

const WEIGHTS = COREF_FEATURES.map((k) => COREF_WEIGHTS[k] ?? 0);

/** Candidates for the pronoun among `entities` (oldest first), most probable first. */
export function rankCandidates(pc: PronounClass, entities: Entity[], ctx: CorefContext, weights: number[] = WEIGHTS): Candidate[] {
  const pool: Entity[] = [];
  for (let i = entities.length - 1; i >= 0 && i >= entities.length - RECENT; i--) {
    const e = entities[i];
    if (compatible(pc, e, ctx.sentence - e.seen)) pool.push(e);
  }
  if (!pool.length) return [];
  let newest = pool[0];
  let newestSubject: Entity | null = null;
  for (const e of pool) {
    if (e.seen > newest.seen) newest = e;
    if (e.subjectSeen >= 0 && (!newestSubject || e.subjectSeen > newestSubject.subjectSeen)) newestSubject = e;
  }
  const out: Candidate[] = pool.map((e) => ({ entity: e, x: corefFeatures(pc, e, ctx, e === newest, e === newestSubject), p: 0 }));
  const zs = out.map((c) => c.x.reduce((acc, v, i) => acc + v * weights[i], 0));
  const top = Math.max(...zs);
  let sum = 0;
  for (let i = 0; i < out.length; i++) { out[i].p = Math.exp(zs[i] - top); sum += out[i].p; }
  for (const c of out) c.p /= sum;
  return out.sort((a, b) => b.p - a.p);
}

/** For fitting (scripts/fit-coreference.ts): every ranking the engine makes, with where the pronoun stands. */
export const corefTrace: { sink: ((at: number, pronoun: string, candidates: Candidate[]) => void) | null } = { sink: null };
