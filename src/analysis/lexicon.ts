// Word lists the engine recognises sources and cues by, as Sets built once at module load. The lists
// of the mentions, attribution and cue stages are data in lexicon/<lang>/*.json (see lexicon/load.ts).
import { wordList, wordSet } from './lexicon/load';

/** Capitalised words that start sentences or clauses but never name a source. */
export const CAP_STOP = wordSet('mentions', 'capStop');

/** Titles written before a name ("President Zelensky", "Sen. Warren"). Lower-case keys, no dot. */
export const TITLES = wordSet('mentions', 'titles');

/** Nouns for people by role: heads of "the North Korean leader", "a doctor at", "the spokesman". */
export const ROLE_NOUNS = wordSet('mentions', 'roleNouns');

/** Heads that make an unnamed source anonymous: "officials", "a senior source", "diplomats". */
export const ANON_HEADS = wordSet('mentions', 'anonHeads');

/** Heads of vague sources: "reports", "observers", "some analysts", "rumours". */
export const VAGUE_HEADS = wordSet('mentions', 'vagueHeads');

/** Words that, following an anonymous head, make the source unnamed ("familiar with", "close to"). */
export const ANON_MARKERS = wordSet('mentions', 'anonMarkers');

/** Organisation head words: "the Ministry of Defence", "the Red Cross Committee". */
export const ORG_WORDS = wordSet('mentions', 'orgWords');

/** Generic unnamed bodies that can stand as a source ("the ministry said", "the campaign says"). */
export const BODY_NOUNS = wordSet('mentions', 'bodyNouns');

/** Documents as sources: "a report by", "the survey", "figures". */
export const DOCUMENT_NOUNS = wordSet('mentions', 'documentNouns');

/** Outlets and agencies, lower case, without a leading "the". */
export const OUTLETS = wordSet('names', 'outlets');

/** Suffixes that make a capitalised name an outlet: "the Kyiv Post", "Korean Central News Agency". */
export const OUTLET_SUFFIXES = wordSet('names', 'outletSuffixes');

/** Governments and their metonyms; countries are in COUNTRIES. */
export const GOVERNMENT_NAMES = wordSet('names', 'governmentNames');

export const COUNTRIES = wordSet('names', 'countries');

/** Well-known organisations, lower case. */
export const ORGANIZATIONS = wordSet('names', 'organizations');

/** Speech and reporting verbs, by lemma, in file order. Irregular forms are given as lemma:past:participle. */
export const SPEECH_VERBS: readonly string[] = wordList('cueWords', 'speechVerbs');

/** Verbs whose bare forms are also common nouns: a cue only when the context says so. */
export const AMBIGUOUS_VERB_FORMS = wordSet('cueWords', 'ambiguousVerbForms');

/** Verbs that take a listener before the content: "told reporters that", "warned Congress that". */
export const LISTENER_VERBS = wordSet('cueWords', 'listenerVerbs');

/** Verbs that count only with an explicit complement ("showed that", "found that"): they are often not speech. */
export const WEAK_VERBS = wordSet('cueWords', 'weakVerbs');

/** Auxiliaries, modals and adverbs that may stand between a subject and its cue verb. */
export const AUX_WORDS = wordSet('attribution', 'auxWords');

/** Pronouns that can stand for a source. */
export const PRONOUNS = wordSet('mentions', 'pronouns');

/** Subordinators and conjunctions that end a noun phrase when walking back from a cue. */
export const NP_STOP = wordSet('mentions', 'npStop');

/** Prepositions inside a noun phrase ("sources familiar with the matter", "a doctor at the hospital"). */
export const NP_PREPOSITIONS = wordSet('mentions', 'npPrepositions');

/** Words that may open a noun phrase before its head: determiners, numbers, modifiers of unnamed sources. */
export const DETERMINERS = wordSet('mentions', 'determiners');
