// The words around a number that change what it is: modifiers that bound it ("at least 42"), hedges
// ("possibly hundreds"), and the contexts that make it a date, a label or an age rather than a figure.
// Every regex here is built once and runs on a short window, so the recogniser stays linear. The words are
// data (lexicon/en/figures.json).
import { alternation, wordList, wordListMap, wordSet } from './lexicon/load';

export type ModifierKind = 'min' | 'max' | 'approx' | 'exact';

const MODIFIERS = wordListMap('figures', 'modifiers') as Map<ModifierKind, string[]>;

/** Modifier phrase (lower case, single spaces) -> what it does to the number. */
export const MODIFIER_KIND: ReadonlyMap<string, ModifierKind> = new Map(
  [...MODIFIERS].flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as const)),
);

/** Modifiers that are also hedges on the content: they make the figure less certain. */
export const HEDGING_MODIFIERS: ReadonlySet<string> = wordSet('figures', 'hedgingModifiers');

/** The longest modifier phrase, in words. */
export const MODIFIER_MAX_WORDS = 4;

/** Content hedges that may stand right before a figure or its modifier: "possibly hundreds", "reportedly some 300". */
export const HEDGE_WORDS_BEFORE = wordSet('figures', 'hedgeWordsBefore');

// "rose from 200 to 300" is a change between two figures, not a range.
export const CHANGE_VERB_BEFORE = new RegExp(String.raw`\b${alternation('figures', 'changeVerbPatterns')}\b[^.;]{0,24}$`, 'i');

/** Labels that number things rather than count them: "page 3", "No. 2", "section 230", "version 2". */
export const LABEL_WORDS = wordSet('figures', 'labelWords');

export const AGE_WORDS = wordSet('figures', 'ageWords');
/** Words that make a following four-digit number a year: "in 2025", "since 2014", "the 2016 election". */
export const YEAR_CONTEXT_WORDS = wordSet('figures', 'yearContextWords');
/** "the two leaders", "all three soldiers": a small number word after these refers back; it counts nothing new. */
export const DETERMINERS = wordSet('figures', 'anaphoricDeterminers');
/** "voters under 30", "those over 65": an age bracket. */
export const AGE_BRACKET_PEOPLE = wordSet('figures', 'ageBracketPeople');

export const TIME_AFTER = new RegExp(String.raw`[ \u00a0]?(?:[ap]\.m\.?|[ap]m(?![A-Za-z])|o['’]clock|${alternation('figures', 'timeZonePatterns')}(?![A-Za-z]))`, 'iy');
// "34-year-old", "40 years old", "45 or older".
export const AGE_AFTER = new RegExp(String.raw`(?:[- \u00a0]${alternation('figures', 'ageUnitPatterns')}[- \u00a0]olds?|[ \u00a0]or[ \u00a0](?:older|younger))(?![A-Za-z])`, 'iy');
// Durations ("three days", "10 years ago", "hundreds of years") are time, not counts. Multipliers and
// frequencies ("six times the value", "struck 12 times") are figures.
export const DURATION_AFTER = new RegExp(String.raw`[ \u00a0](?:of[ \u00a0])?${alternation('figures', 'durationUnitPatterns')}(?![A-Za-z])`, 'iy');
/** Counted nouns that make a number a duration even after adjectives: "three remarkable weeks". */
export const TIME_UNIT_NOUNS = wordSet('figures', 'timeUnitNouns');
// Trailing modifiers: "200 or so", "500 or more", "500+", "30-odd", "60-plus".
export const SUFFIX_AFTER = new RegExp(String.raw`(?:[ \u00a0]or[ \u00a0](${wordList('figures', 'orSuffixWords').join('|')})(?![A-Za-z])|(\+)|-(${wordList('figures', 'hyphenSuffixWords').join('|')})(?![A-Za-z]))`, 'iy');
export const HYPHEN_WORD_AFTER = /[-–]([A-Za-z]+)/y;
// "a two- or three-week period": a suspended compound.
export const SUSPENDED_HYPHEN_AFTER = /-[ \u00a0]+(?:or|and|to)[ \u00a0]/y;
// Sources counted, not things: "two officials said", "three people familiar with the matter".
export const SOURCE_COUNT_AFTER = new RegExp(String.raw`[ \u00a0]+(?:${alternation('figures', 'sourceCountQualifierPatterns')}[ \u00a0]+){0,2}`
  + alternation('figures', 'sourceCountHeadPatterns') + String.raw`(?:[ \u00a0]+${alternation('figures', 'sourceCountLinkWords')})?(?:,?[ \u00a0]+)`
  + alternation('figures', 'sourceCountVerbPatterns') + '(?![A-Za-z])', 'y');

/** Capitalised words that may stand right before a figure without making it a label ("Some 300", "In 2025"). */
export const FUNCTION_CAPS: ReadonlySet<string> = wordSet('figures', 'functionCaps');

export const NUMERIC_DATE = /\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)|\d{1,2}([-/.])\d{1,2}\2\d{2,4}(?!\d)/y;
// A trunk or country prefix may be one digit: "1-800-555-0199".
export const PHONE = /\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)/y;
