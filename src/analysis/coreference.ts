// Coreference: who "he", "she", "they" or "it" is. Every entity in play that could be meant is a
// candidate; each is described by a few features (agreement, recency, subject position, the last
// speaker, the speaker of an open quotation, a paragraph boundary, salience) and scored with weights
// fitted on PolNeAR's training split (`npm run fit`, scripts/fit-coreference.ts). The scores become
// probabilities over the candidates (a softmax), so the choice carries its own uncertainty and the
// runner-up is known. Hard rules stay hard: "he" never goes to a woman the text named, "it" never to a
// person, "it" and "they" never to a place.
import type { Entity, EntityView } from './discourse';
import { COREF_WEIGHTS } from './coref-weights';
import { genderOf, genderOfWord } from './gender';
import { isPlace } from './mentions';
import { ANON_HEADS, ROLE_NOUNS } from './lexicon';

export type PronounClass = 'he' | 'she' | 'they' | 'it';

/** What the ranker needs to know of the moment the pronoun is read. */
export interface CorefContext {
  sentence: number;
  block: number;
  /** Where the pronoun stands (-1: unknown): entities named only after it in its sentence are seen as before. */
  at: number;
  /** The first subject of the pronoun's paragraph so far, and of the paragraph before. */
  topic: Entity | null;
  prevTopic: Entity | null;
  lastSpeaker: Entity | null;
  lastSpeakerBlock: number;
  openQuoteSpeaker: Entity | null;
}

export interface Candidate { entity: Entity; x: number[]; p: number }

/** Feature names, in the order of corefFeatures(). */
export const COREF_FEATURES = [
  'bias', 'same_sentence', 'log_age', 'log_subject_age', 'never_subject', 'last_speaker', 'open_quote_speaker',
  'other_block', 'log_mentions', 'gender_match', 'gender_unknown', 'gender_pronoun_match', 'gender_pronoun_clash',
  'most_recent', 'most_recent_subject', 'kind_person', 'kind_group', 'kind_document', 'kind_outlet', 'plural',
  'initial_only', 'single_token', 'has_role', 'log_spoke', 'first_name_known', 'place', 'description',
  'prev_subject', 'topic_here', 'topic_prev', 'quoted_last', 'last_speaker_here', 'last_speaker_prev_block',
  'in_lead', 'log_subjects',
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
  // A place ("Iowa", "the United States") speaks through its government by name, not as "it" or "they".
  if (age > BODY_WINDOW || isPlace(e.name)) return false;
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
export function corefFeatures(pc: PronounClass, e: Entity, ctx: CorefContext, mostRecent: boolean, mostRecentSubject: boolean, v: EntityView = e): number[] {
  const age = ctx.sentence - v.seen;
  const subjectAge = v.subjectSeen >= 0 ? ctx.sentence - v.subjectSeen : -1;
  const personal = pc === 'he' || pc === 'she';
  const g = personal ? genderOf(e) : undefined;
  const want = pc === 'he' ? 'm' : 'f';
  const pg = personal && !g ? e.pronounGender : undefined;
  return [
    1, +(age === 0), log1(age), subjectAge < 0 ? 0 : log1(Math.min(subjectAge, 20)), +(subjectAge < 0),
    +(ctx.lastSpeaker === e), +(ctx.openQuoteSpeaker === e), +(v.block !== ctx.block), log1(e.mentions - 1),
    +(!!g && g === want), +(personal && !g && !pg), +(!!pg && pg === want), +(!!pg && pg !== want),
    +mostRecent, +mostRecentSubject, +(e.kind === 'person'), +(e.kind === 'anonymous' || e.kind === 'vague'),
    +(e.kind === 'document'), +(e.kind === 'outlet'), +!!e.plural,
    +e.initialOnly, +(e.kind === 'person' && e.tokens.length <= 1), +(e.roles.size > 0), log1(e.spoke),
    +(e.tokens.length > 1 && !!genderOfWord(e.tokens[0])), +isPlace(e.name), +DESCRIPTION.test(e.name),
    +(subjectAge === 1 || subjectAge === 0), +(ctx.topic === e), +(ctx.prevTopic === e), +v.quoted,
    +(ctx.lastSpeaker === e && ctx.lastSpeakerBlock === ctx.block), +(ctx.lastSpeaker === e && ctx.lastSpeakerBlock === ctx.block - 1),
    +(e.firstBlock <= 2), log1(e.subjects),
  ];
}

const WEIGHTS = COREF_FEATURES.map((k) => COREF_WEIGHTS[k] ?? 0);

/** The entity as the pronoun at `ctx.at` sees it: one named only later in the pronoun's sentence is seen as
 *  it was before that sentence (null: not named before the pronoun at all). */
export function viewAt(e: Entity, ctx: CorefContext): EntityView | null {
  if (ctx.at < 0 || e.seen !== ctx.sentence || e.firstAt < 0 || e.firstAt <= ctx.at) return e;
  return e.before;
}

/** Candidates for the pronoun among `entities` (oldest first), most probable first. */
export function rankCandidates(pc: PronounClass, entities: Entity[], ctx: CorefContext, weights: number[] = WEIGHTS): Candidate[] {
  return rankPool(pc, poolOf(entities, ctx, (e, age) => compatible(pc, e, age)), ctx, weights);
}

/** How far back (in sentences) a role noun looks for the person it names. */
const ROLE_WINDOW = 40;

/**
 * Candidates for a role noun ("the minister", "the spokeswoman"): the people in play whom the text gave that
 * role (`fits`), ranked by the same weights as a pronoun: as "he"/"she" when the role word says a gender,
 * else without the gender features. So "the minister" after two ministers carries the doubt of that choice.
 */
export function rankForRole(entities: Entity[], ctx: CorefContext, fits: (e: Entity) => boolean, gender?: 'm' | 'f'): Candidate[] {
  const pool = poolOf(entities, ctx, (e, age) => {
    if (e.kind !== 'person' || age > ROLE_WINDOW || !fits(e)) return false;
    const g = gender ? genderOf(e) : undefined;
    return !g || g === gender;
  });
  return rankPool(gender === 'f' ? 'she' : gender === 'm' ? 'he' : 'they', pool, ctx, WEIGHTS);
}

type Pooled = { e: Entity; v: EntityView };

function poolOf(entities: Entity[], ctx: CorefContext, ok: (e: Entity, age: number) => boolean): Pooled[] {
  const pool: Pooled[] = [];
  for (let i = entities.length - 1; i >= 0 && i >= entities.length - RECENT; i--) {
    const e = entities[i];
    const v = viewAt(e, ctx);
    if (v && ok(e, ctx.sentence - v.seen)) pool.push({ e, v });
  }
  return pool;
}

/** The softmax over a pool of candidates, most probable first. */
function rankPool(pc: PronounClass, pool: Pooled[], ctx: CorefContext, weights: number[]): Candidate[] {
  if (!pool.length) return [];
  let newest = pool[0];
  let newestSubject: (typeof pool)[number] | null = null;
  for (const c of pool) {
    if (c.v.seen > newest.v.seen) newest = c;
    if (c.v.subjectSeen >= 0 && (!newestSubject || c.v.subjectSeen > newestSubject.v.subjectSeen)) newestSubject = c;
  }
  const out: Candidate[] = pool.map((c) => ({ entity: c.e, x: corefFeatures(pc, c.e, ctx, c === newest, c === newestSubject, c.v), p: 0 }));
  const zs = out.map((c) => c.x.reduce((acc, v, i) => acc + v * weights[i], 0));
  const top = Math.max(...zs);
  let sum = 0;
  for (let i = 0; i < out.length; i++) { out[i].p = Math.exp(zs[i] - top); sum += out[i].p; }
  for (const c of out) c.p /= sum;
  return out.sort((a, b) => b.p - a.p);
}

/** For fitting (scripts/fit-coreference.ts): every ranking the engine makes, with where the pronoun stands. */
export const corefTrace: { sink: ((at: number, pronoun: string, candidates: Candidate[]) => void) | null } = { sink: null };
