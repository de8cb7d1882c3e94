// Word lists the engine recognises sources and cues by, as Sets built once at module load. The lists
// of the mentions and attribution stages are data in lexicon/<lang>/*.json (see lexicon/load.ts); the
// cue verb lists below are still inline here.
import { wordSet } from './lexicon/load';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s*\|\s*/));

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

/** Speech and reporting verbs, by lemma. Irregular forms are given as lemma:past:participle. */
export const SPEECH_VERBS = `say:said:said|blame|threaten|promise|pledge|vow|boast|complain|concede|lament|tell:told:told|add|state|stress|warn|claim|announce|cite|report|write:wrote:written|tweet|post|note|explain|insist|argue|assert|declare|confirm|deny|acknowledge|admit|contend|maintain|suggest|estimate|predict|reveal|disclose|testify|recall|respond|reply|answer|ask|urge|caution|emphasize|emphasise|underline|underscore|condemn|criticize|criticise|praise|demand|forecast:forecast:forecast|indicate|show:showed:shown|find:found:found|conclude|signal|hint|observe|remark|comment|mention|describe|counter|retort|reiterate|repeat|inform|assure|remind|brief|quote|speculate|predict|project|calculate|put:put:put|tell|announce|proclaim|reaffirm|affirm|swear:swore:sworn|answer|shout|exclaim|whisper|joke|muse|recount|relate|narrate|detail|outline|specify|clarify|elaborate|suggest|propose|recommend|advise|order|instruct|demand|request|plead|beg|appeal|call|dismiss|reject|refute|dispute|rebut|contradict|question|challenge|agree|concur|disagree|object|protest|charge|allege|accuse|tweet|post|blog|publish|release|issue|broadcast:broadcast:broadcast|air|quip|scoff|fume|rail|lash|slam|blast|hail|welcome|applaud|defend|justify|insist|contend|estimate|gauge|count|tally|relay|convey|communicate|express|voice|text|email|message|telegraph|admit|continue|grumble|brag|reckon|sigh|crow|yell|gush|mutter|murmur|fret|marvel|chide|scold|opine|surmise|posit|theorize|theorise|confide|bemoan|decry|tout|interject|grouse|attest`;

/** Verbs whose bare forms are also common nouns: a cue only when the context says so. */
export const AMBIGUOUS_VERB_FORMS = set(`state|states|claim|claims|note|notes|post|posts|report|reports|estimate|estimates|promise|promises|answer|answers|reply|replies|charge|charges|tweet|tweets|vow|vows|pledge|pledges|call|calls|order|orders|record|records|count|counts|list|lists|release|releases|issue|issues|question|questions|project|projects|protest|protests|document|documents|message|messages|text|texts|comment|comments|show|shows|find|finds|put|puts|air|airs|blast|blasts|rail|log|logs|register|welcome|counter|object|objects|demand|demands|request|requests|appeal|appeals|challenge|challenges|dispute|disputes|express|voice|voices|detail|details|outline|outlines|record|issue|order|signal|signals|hint|hints|remark|remarks|quote|quotes|brief|briefs|forecast|forecasts|estimate|model|publish|release|added|found|put|issued|released|published|ordered|called|recorded|listed|counted|shown|showed|detailed|expressed|voiced|questioned|challenged|asked|cited|noted|stated|reported|posted|described|mentioned|blamed|accused|praised|welcomed|defended|rejected|dismissed|sigh|sighs|yell|yells|crow|crows|gush|murmur|murmurs|marvel|marvels`);

/** Verbs that take a listener before the content: "told reporters that", "warned Congress that". */
export const LISTENER_VERBS = set(`tell|inform|assure|remind|warn|brief|urge|ask|advise|accuse|blame|praise|criticize|criticise|condemn|quote|cite|promise|persuade|convince|notify|instruct|order|defend|question|challenge|call|beg|thank|congratulate|caution`);

/** Verbs that count only with an explicit complement ("showed that", "found that"): they are often not speech. */
export const WEAK_VERBS = set(`concede|promise|maintain|charge|quip|deny|show|find|put|issue|release|publish|record|count|tally|register|log|document|list|detail|outline|describe|mention|express|voice|signal|hint|indicate|question|challenge|defend|justify|welcome|hail|applaud|slam|blast|lash|rail|fume|scoff|call|order|request|appeal|beg|plead|demand|propose|recommend|advise|instruct|object|protest|agree|disagree|concur|dispute|rebut|refute|reject|dismiss|contradict|air|broadcast|text|email|message|telegraph|relay|convey|communicate|project|calculate|gauge|estimate|forecast|predict|speculate|muse|joke|quip|whisper|shout|exclaim|recount|relate|narrate|specify|clarify|elaborate|suggest|observe|remark|comment|reiterate|repeat|reaffirm|affirm|proclaim|swear|counter|retort|respond|reply|answer|ask|post|tweet|blog|publish|criticize|criticise|praise|condemn|brief|remind|assure|inform|quote|cite|describe|continue|grumble|brag|reckon|sigh|crow|yell|gush|mutter|murmur|fret|marvel|chide|scold|opine|surmise|posit|theorize|theorise|confide|bemoan|decry|tout|interject|grouse|attest`);

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
