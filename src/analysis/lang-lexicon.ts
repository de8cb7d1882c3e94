// The cue lexicons of the languages the engine reads besides English (lexicon/<lang>/cues.json), built once
// into sets: reporting verb forms (Russian and Ukrainian past stems read in every gender and number),
// separable particles, according-to phrases, the words of source noun phrases by kind, hedges.
import DE from './lexicon/de/cues.json';
import FR from './lexicon/fr/cues.json';
import ES from './lexicon/es/cues.json';
import UK from './lexicon/uk/cues.json';
import RU from './lexicon/ru/cues.json';
import type { SourceKind } from './types';

interface CueFile {
  verbs: string[];
  past_stems?: string[];
  reflexive_past_stems?: string[];
  extra_past?: string[];
  separable?: Record<string, string>;
  compound?: Record<string, string>;
  needs_complement?: string[];
  not_speech_after?: Record<string, string[]>;
  according: string[];
  according_compound?: string[];
  according_after: string[];
  impersonal: string[];
  complementizers: string[];
  auxiliaries: string[];
  pronouns: Record<string, string>;
  determiners: string[];
  roles: string[];
  role_suffixes?: string[];
  bodies: string[];
  documents: string[];
  outlets: string[];
  anonymous: string[];
  anonymous_suffix: string[];
  vague: string[];
  hedges: string[];
  stop_caps: string[];
  np_stops: string[];
  genitive_links: string[];
  boundaries: string[];
  own_account?: string[];
  pro_drop?: boolean;
  coordinators?: string[];
  participles?: string[];
  possessives?: Record<string, string>;
  definite_masculine?: string[];
  definite_feminine?: string[];
  according_verbs?: string[];
  data_words?: string[];
  agent_links?: string[];
  /** French 'a-t-il déclaré': auxiliaries joined to the subject pronoun after the verb, and those pronouns. */
  inverted_auxiliaries?: string[];
  inverted_pronouns?: string[];
  impersonal_alone?: string[];
  headline_labels?: string[];
  headline_topic_endings?: string[];
  reflexive_not_speech?: string[];
  figure_verbs?: string[];
  citing?: string[];
  contrast?: string[];
}

export interface LangLexicon {
  lang: string;
  verbs: Set<string>;
  /** Verb form -> particle that closes its clause ("teilte" -> "mit"), or a second word ("fait" -> "savoir"). */
  particles: Map<string, string>;
  needsComplement: Set<string>;
  notSpeechAfter: Map<string, Set<string>>;
  /** Multi-word phrases as lower-case word arrays by first word, longest first. */
  according: Map<string, string[][]>;
  accordingCompound: string[];
  accordingAfter: Set<string>;
  impersonal: Map<string, string[][]>;
  complementizers: Set<string>;
  auxiliaries: Set<string>;
  pronouns: Map<string, string>;
  determiners: Set<string>;
  roles: Set<string>;
  roleSuffixes: string[];
  bodies: Set<string>;
  documents: Set<string>;
  outlets: Set<string>;
  anonymous: Set<string>;
  anonymousSuffix: string[];
  vague: Set<string>;
  hedges: Set<string>;
  stopCaps: Set<string>;
  /** Words that end a source phrase read rightwards (prepositions, time words). */
  npStops: Set<string>;
  /** Words that join a genitive to a source phrase ('Sprecher der Polizei', 'porte-parole du gouvernement'). */
  genitiveLinks: Set<string>;
  /** Conjunctions and subordinators: a source phrase never runs across them. */
  boundaries: Set<string>;
  /** 'nach eigenen Angaben', 'selon ses propres chiffres': the source is the sentence's subject. */
  ownAccount: Set<string>;
  /** Past forms that say the speaker is a woman (Russian "сказала"), for pronoun resolution. */
  feminine: Set<string>;
  /** The subject may be left out ("«…», aseguró"): a verb with none stands for a pronoun. */
  proDrop: boolean;
  /** "y", "und", "і": a reporting verb after one shares the speaker of the verb before ("y recordó que"). */
  coordinators: Set<string>;
  /** "ajoutant", "añadiendo", "додавши": the speaker of the sentence's previous cue says more. */
  participles: Set<string>;
  /** Possessive pronouns inside according-to phrases ("за його словами") -> he/she/they. */
  possessives: Map<string, string>;
  /** Definite articles: a role noun after one means someone named before ("der Minister", "la procureure"). */
  definiteMasculine: Set<string>;
  definiteFeminine: Set<string>;
  /** According-to words a reporting verb may follow before its subject ("según indicó su portavoz"). */
  accordingVerbs: Set<string>;
  /** "datos", "chiffres": after an according-to word, the source is their agent ("publicados por X"). */
  dataWords: Set<string>;
  agentLinks: Set<string>;
  /** "Сообщается, что", "Es heißt", "Se dice que": hearsay that names no one, a vague source of its own words. */
  impersonalAlone: Map<string, string[][]>;
  /** "Frage:", "Vidéo :": a word before a headline's colon that is a label, not who speaks. */
  headlineLabels: Set<string>;
  /** "Ukraine-Krieg:", "Экономика:": a topic kicker's noun ending, no speaker. */
  headlineTopicEndings: string[];
  /** French "l'incendie s'est déclaré": after a reflexive pronoun the verb is not speech. */
  reflexiveNotSpeech: Set<string>;
  /** Russian and Ukrainian: the source words by stem, so a case form finds its word ("міністерстві", "изданию"). */
  /** "hablaron de más de 2.000", "cifró … en unas 600": verbs that report only a number. */
  figureVerbs: Set<string>;
  /** "со ссылкой на": according-to phrases of a reporter citing someone. */
  citing: Set<string>;
  /** "…, mientras que", "…, tandis que": a contrast after a comma ends the clause a cue introduced. */
  contrast: Map<string, string[][]>;
  /** kindOfWord's answers so far (lang-phrases.ts). */
  kinds: Map<string, SourceKind | null>;
  /** Per word, the WORD_ bits below: what the scan of a sentence for cues asks of every token, in one lookup. */
  wordFlags: Map<string, number>;
  stems: Map<string, 'anonymous' | 'vague' | 'outlet' | 'document' | 'organization' | 'person'>;
}

/** A reporting verb (verbs). */
export const WORD_VERB = 1;
/** A verb that reports a number (figureVerbs). */
export const WORD_FIGURE_VERB = 2;
/** A hedge (hedges). */
export const WORD_HEDGE = 4;
/** A participle of a speaker already credited (participles). */
export const WORD_PARTICIPLE = 8;
/** The first word of a phrase cue (according-to, hearsay, postposition, "nach" of a compound). */
export const WORD_PHRASE_START = 16;

function wordFlags(lex: Omit<LangLexicon, 'wordFlags'>): Map<string, number> {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => { for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit); };
  add(lex.verbs, WORD_VERB);
  add(lex.figureVerbs, WORD_FIGURE_VERB);
  add(lex.hedges, WORD_HEDGE);
  add(lex.participles, WORD_PARTICIPLE);
  add([...lex.according.keys(), ...lex.impersonal.keys(), ...lex.impersonalAlone.keys(), ...lex.accordingAfter], WORD_PHRASE_START);
  if (lex.accordingCompound.length) add(['nach'], WORD_PHRASE_START);
  return flags;
}

/** Phrases as word arrays, indexed by their first word, longest first. */
function phrases(list: string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const p of list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length)) {
    const l = byFirst.get(p[0]);
    if (l) l.push(p); else byFirst.set(p[0], [p]);
  }
  return byFirst;
}

const VOWEL_END = /[аеёиоуыэюяіїєйь]$/;

/** A word less one and less two final vowels or soft signs (its case ending: "міністерстві", "изданию"). */
export function caseStems(w: string): string[] {
  const out: string[] = [];
  let x = w;
  for (let i = 0; i < 2 && VOWEL_END.test(x); i++) { x = x.slice(0, -1); out.push(x); }
  return out;
}

/** Each source word, and less its case ending (four letters left at least), by kind; the first kind wins. */
function stemsOf(f: CueFile): LangLexicon['stems'] {
  const out: LangLexicon['stems'] = new Map();
  const lists = [['anonymous', f.anonymous], ['vague', f.vague], ['outlet', f.outlets], ['document', f.documents], ['organization', f.bodies], ['person', f.roles]] as const;
  for (const [kind, words] of lists) {
    for (const w of words) {
      if (w.includes(' ')) continue;
      for (const key of [w, ...caseStems(w)]) if (key.length >= 4 && !out.has(key)) out.set(key, kind);
    }
  }
  return out;
}

function build(lang: string, f: CueFile): LangLexicon {
  const verbs = new Set(f.verbs);
  const feminine = new Set<string>();
  // Russian past: -л, -ла, -ло, -ли; Ukrainian: -в, -ла, -ло, -ли (reflexive: -лся/-вся, -лась/-лася, ...).
  const masc = lang === 'uk' ? 'в' : 'л';
  for (const stem of f.past_stems ?? []) {
    for (const end of [masc, 'ла', 'ло', 'ли']) verbs.add(stem + end);
    feminine.add(`${stem}ла`);
  }
  const refl = lang === 'uk' ? ['вся', 'лася', 'лось', 'лися', 'лась', 'лись'] : ['лся', 'лась', 'лось', 'лись'];
  for (const stem of f.reflexive_past_stems ?? []) for (const end of refl) verbs.add(stem + end);
  for (const w of f.extra_past ?? []) verbs.add(w);
  const particles = new Map<string, string>([...Object.entries(f.separable ?? {}), ...Object.entries(f.compound ?? {})]);
  const needs = new Set<string>();
  for (const w of f.needs_complement ?? []) {
    needs.add(w);
    if (f.past_stems?.includes(w)) for (const end of [masc, 'ла', 'ло', 'ли']) needs.add(w + end);
  }
  const lex: Omit<LangLexicon, 'wordFlags'> = {
    lang, verbs, particles, needsComplement: needs,
    notSpeechAfter: new Map(Object.entries(f.not_speech_after ?? {}).map(([k, v]) => [k, new Set(v)])),
    according: phrases(f.according),
    accordingCompound: f.according_compound ?? [],
    accordingAfter: new Set(f.according_after),
    impersonal: phrases(f.impersonal),
    complementizers: new Set(f.complementizers),
    auxiliaries: new Set(f.auxiliaries),
    pronouns: new Map(Object.entries(f.pronouns)),
    determiners: new Set(f.determiners),
    roles: new Set(f.roles),
    roleSuffixes: f.role_suffixes ?? [],
    bodies: new Set(f.bodies),
    documents: new Set(f.documents),
    outlets: new Set(f.outlets),
    anonymous: new Set(f.anonymous),
    anonymousSuffix: f.anonymous_suffix,
    vague: new Set(f.vague),
    hedges: new Set(f.hedges),
    stopCaps: new Set(f.stop_caps),
    npStops: new Set(f.np_stops),
    genitiveLinks: new Set(f.genitive_links),
    boundaries: new Set(f.boundaries),
    ownAccount: new Set(f.own_account ?? []),
    feminine,
    proDrop: f.pro_drop ?? false,
    coordinators: new Set(f.coordinators ?? []),
    participles: new Set(f.participles ?? []),
    possessives: new Map(Object.entries(f.possessives ?? {})),
    definiteMasculine: new Set(f.definite_masculine ?? []),
    definiteFeminine: new Set(f.definite_feminine ?? []),
    accordingVerbs: new Set(f.according_verbs ?? []),
    dataWords: new Set(f.data_words ?? []),
    agentLinks: new Set(f.agent_links ?? []),
    impersonalAlone: phrases(f.impersonal_alone ?? []),
    headlineLabels: new Set(f.headline_labels ?? []),
    headlineTopicEndings: f.headline_topic_endings ?? [],
    reflexiveNotSpeech: new Set(f.reflexive_not_speech ?? []),
    figureVerbs: new Set(f.figure_verbs ?? []),
    citing: new Set(f.citing ?? []),
    contrast: phrases(f.contrast ?? []),
    kinds: new Map(),
    stems: lang === 'ru' || lang === 'uk' ? stemsOf(f) : new Map(),
  };
  return { ...lex, wordFlags: wordFlags(lex) };
}

const LEXICONS = new Map<string, LangLexicon>([
  ['de', build('de', DE)], ['fr', build('fr', FR)], ['es', build('es', ES)], ['uk', build('uk', UK)], ['ru', build('ru', RU)],
]);

/** The cue lexicon of a language other than English, or null when the engine has none. */
const INVERTING = [DE, FR, ES, UK, RU] as CueFile[];
/** "a-t-il", "a-t-elle": an auxiliary with its subject pronoun inverted (French, read in every language as before). */
export const INVERTED_AUX = new RegExp(`^(?:${INVERTING.flatMap((f) => f.inverted_auxiliaries ?? []).join('|')})-t?-?(${INVERTING.flatMap((f) => f.inverted_pronouns ?? []).join('|')})$`);

export function langLexicon(lang: string): LangLexicon | null {
  return LEXICONS.get(lang) ?? null;
}
