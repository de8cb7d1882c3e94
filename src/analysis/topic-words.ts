// The topic vocabulary: which words signal which topic (design.md "Topic"). Lower case, inflected forms listed.
import type { Topic } from './types';
import { wordList, wordSet } from './lexicon/load';

// The word lists are data: lexicon/en/topics.json. A leading '~' marks a weak word: clear after a number
// ("a 5,000-strong force", "12 tanks") but ambiguous in running text ("in force", "Shark Tank", "dead broke").
// A statement needs one strong word or two weak ones.
const TOPICS: ReadonlyArray<Exclude<Topic, 'other'>> = ['casualties', 'troops', 'weapons', 'displacement', 'money'];

const ENTRIES = TOPICS.flatMap((topic) => wordList('topics', topic).map((w) => [w, topic] as const));

/** Word (lower case) -> the topic it signals. */
export const TOPIC_OF_WORD: ReadonlyMap<string, Exclude<Topic, 'other'>> = new Map(
  ENTRIES.map(([w, topic]) => [w.replace('~', ''), topic] as const),
);

/** Words that count for half in a statement's topic (see LISTS). */
export const WEAK_TOPIC_WORDS: ReadonlySet<string> = new Set(
  ENTRIES.filter(([w]) => w.startsWith('~')).map(([w]) => w.slice(1)),
);

/**
 * Nouns for people whose topic comes from what happened to them: "42 people were killed" (casualties),
 * "3,000 residents fled" (displacement). A lone "one" is a figure only with these and a casualty word.
 */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet('topics', 'personNouns');

/** Singular people and casualty words that a lone "one" may count: "one person was killed", "one dead". */
export const LONE_COUNT_WORDS: ReadonlySet<string> = wordSet('topics', 'loneCountWords');

/** Topics that win ties in a statement, in order (a text about deaths and troops is about casualties). */
export const TOPIC_PRIORITY: ReadonlyArray<Exclude<Topic, 'other'>> =
  ['casualties', 'displacement', 'weapons', 'troops', 'money'];
