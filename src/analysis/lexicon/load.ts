// Loads the word lists held as data in lexicon/<lang>/*.json. English is the base; a language adds a file
// of the same kind with any of its keys (e.g. lexicon/de/mentions.json with "titles") and lists it in
// OTHER_LANGUAGES below: its words are merged into the same sets. Lists are built once, at module load.
import EN_ATTRIBUTION from './en/attribution.json';
import EN_COUNTED_NOUNS from './en/counted-nouns.json';
import EN_CUE_WORDS from './en/cue-words.json';
import EN_FIGURES from './en/figures.json';
import EN_HEDGES from './en/hedges.json';
import EN_MENTIONS from './en/mentions.json';
import EN_NAMES from './en/names.json';
import EN_QUOTATIONS from './en/quotations.json';
import EN_TOKENS from './en/tokens.json';
import EN_TOPICS from './en/topics.json';

export const EN_FILES = {
  attribution: EN_ATTRIBUTION, countedNouns: EN_COUNTED_NOUNS, cueWords: EN_CUE_WORDS, figures: EN_FIGURES, hedges: EN_HEDGES, mentions: EN_MENTIONS, names: EN_NAMES,
  quotations: EN_QUOTATIONS, tokens: EN_TOKENS, topics: EN_TOPICS,
};

type Kind = keyof typeof EN_FILES;
/** A list's key in the English file of that kind ("_about" and "_lists" are documentation). */
type Key<K extends Kind> = Exclude<keyof (typeof EN_FILES)[K], `_${string}`>;
export type LexiconFile = Readonly<Record<string, unknown>>;

/** Files of other languages, by kind. */
const OTHER_LANGUAGES: Record<Kind, readonly LexiconFile[]> = {
  attribution: [], countedNouns: [], cueWords: [], figures: [], hedges: [], mentions: [], names: [], quotations: [], tokens: [], topics: [],
};

function filesOf(kind: Kind): LexiconFile[] {
  return [EN_FILES[kind] as LexiconFile, ...OTHER_LANGUAGES[kind]];
}

/** The entries of the list `key` in each file that has one, in order. */
export function mergedList(files: readonly LexiconFile[], key: string): string[] {
  const out: string[] = [];
  for (const file of files) {
    const list = file[key];
    if (Array.isArray(list)) for (const w of list) out.push(String(w));
  }
  return out;
}

/** The entries of one list in file order, English first, merged over the languages that have it. */
export function wordList<K extends Kind>(kind: K, key: Key<K>): string[] {
  return mergedList(filesOf(kind), key as string);
}

/** The words of one list, merged over the languages that have it. */
export function wordSet<K extends Kind>(kind: K, key: Key<K>): Set<string> {
  return new Set(wordList(kind, key));
}

/** A list of regular-expression alternatives as one group: "(?:a|b|c)", in file order. */
export function alternation<K extends Kind>(kind: K, key: Key<K>): string {
  return `(?:${wordList(kind, key).join('|')})`;
}

/** The entries of the map `key` in each file that has one, English first. */
function mapEntries(kind: Kind, key: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const file of filesOf(kind)) {
    const map = file[key];
    if (map && typeof map === 'object' && !Array.isArray(map)) out.push(...Object.entries(map));
  }
  return out;
}

/** A word-to-word map ("him" -> "he"), merged over the languages that have it. */
export function wordMap<K extends Kind>(kind: K, key: Key<K>): Map<string, string> {
  return new Map(mapEntries(kind, key as string).map(([k, v]) => [k, String(v)]));
}

/** A word-to-number map ("hundred" -> 100), in file order, merged over the languages that have it. */
export function numberMap<K extends Kind>(kind: K, key: Key<K>): Map<string, number> {
  return new Map(mapEntries(kind, key as string).map(([k, v]) => [k, Number(v)]));
}

/** A word-to-words map ("min" -> "at least", "more than", ...), lists in file order, merged over the languages that have it. */
export function wordListMap<K extends Kind>(kind: K, key: Key<K>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of mapEntries(kind, key as string)) {
    const words = out.get(k) ?? [];
    if (Array.isArray(v)) for (const w of v) words.push(String(w));
    out.set(k, words);
  }
  return out;
}

/** A word-to-words map ("claim" -> victory, credit, ...), as sets, merged over the languages that have it. */
export function wordSetMap<K extends Kind>(kind: K, key: Key<K>): Map<string, Set<string>> {
  return new Map([...wordListMap(kind, key)].map(([k, v]) => [k, new Set(v)]));
}
