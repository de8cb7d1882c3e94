// Numbers that are labels, dates, scores, rates or ages rather than figures, told by words held as data
// (lexicon/<lang>/months.json, lexicon/en/figure-context.json), so other languages add files, not code.
// Month names of every language are read on every page: a French date in an English page is still a date.
// Each check reads a few words around the number, so the recogniser stays linear.
import EN_CONTEXT from './lexicon/en/figure-context.json';
import DE_MONTHS from './lexicon/de/months.json';
import EN_MONTHS from './lexicon/en/months.json';
import ES_MONTHS from './lexicon/es/months.json';
import FR_MONTHS from './lexicon/fr/months.json';
import EN_STREETS from './lexicon/en/streets.json';
import FR_STREETS from './lexicon/fr/streets.json';
import type { Core } from './number-read';
import { countedNoun } from './counted-noun';
import { isLetter, isSpace, isUpper, wordsBefore, type WordBefore } from './words-before';

interface MonthFile { months: string[]; connectors: string[]; capitalised?: boolean }

// English month names double as words ("may", "march"): they count only when capitalised.
const MONTH_FILES: MonthFile[] = [{ ...EN_MONTHS, capitalised: true }, FR_MONTHS, DE_MONTHS, ES_MONTHS];
const MONTHS_ANY_CASE = new Set(MONTH_FILES.filter((f) => !f.capitalised).flatMap((f) => f.months));
const MONTHS_CAPITALISED = new Set(MONTH_FILES.filter((f) => f.capitalised).flatMap((f) => f.months));
const MONTH_CONNECTORS = new Set(MONTH_FILES.flatMap((f) => f.connectors));

const set = (list: string[]): ReadonlySet<string> => new Set(list);
const STREET_FILES = [EN_STREETS, FR_STREETS];
const STREET_AFTER_NAME = set(STREET_FILES.flatMap((f) => f.afterName));
const STREET_AFTER_NUMBER = set(STREET_FILES.flatMap((f) => f.afterNumber));
/** "900 Grand Concourse": at most this many capitalised words between the number and the street word. */
const MAX_STREET_NAME_WORDS = 3;
const TIME_WORDS_AFTER = set(EN_CONTEXT.timeWordsAfter);
const SCORE_WORDS = set(EN_CONTEXT.scoreWords);
const VOTE_WORDS = set(EN_CONTEXT.voteWords);
const RATE_NOUNS = set(EN_CONTEXT.rateNouns);
const RATE_LINKS = set(EN_CONTEXT.rateLinks);
const RATE_UNITS = set(EN_CONTEXT.rateUnits);
const PERSON_NOUNS = set(EN_CONTEXT.personNouns);
const PERSON_PRONOUNS = set(EN_CONTEXT.personPronouns);
const PRODUCT_NAMES = set(EN_CONTEXT.productNames);
const FURNITURE_NOUNS = set(EN_CONTEXT.furnitureNouns);
const TIME_VERBS = set(EN_CONTEXT.timeVerbs);
const TIME_PREPOSITIONS = set(EN_CONTEXT.timePrepositions);
const AGE_OPENERS = set(EN_CONTEXT.ageOpeners);
const HOURS_IN_DAY = 24;
const CLOCK_TIME = /^\d{1,2}(?:\.[0-5]\d)?$/;

/** Highest number a game's score reaches (basketball); beyond it "won 300-250" is no score. */
const MAX_SCORE = 200;
const SCORE_LOOK_BACK = 8;
const MAX_AGE = 120;

interface Word { word: string; lower: string; start: number; end: number }

/** The word (letters of any script) after up to two spaces from `pos`; null when none is there. */
function wordAfter(text: string, pos: number): Word | null {
  let i = pos;
  while (i < text.length && i - pos < 2 && isSpace(text.charCodeAt(i))) i++;
  if (i === pos) return null;
  const start = i;
  while (i < text.length && i - start < 24 && isLetter(text.charCodeAt(i))) i++;
  if (i === start) return null;
  const word = text.slice(start, i);
  return { word, lower: word.toLowerCase(), start, end: i };
}

function isMonth(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS_ANY_CASE.has(lower) || (MONTHS_CAPITALISED.has(lower) && isUpper(word.charCodeAt(0)));
}

/** A month name after a day number: "5 February", "3 mars 2016", "12. März", "5 de enero". */
export function isMonthAfter(text: string, end: number): boolean {
  const pos = text[end] === '.' ? end + 1 : end;  // the German ordinal dot
  let w = wordAfter(text, pos);
  if (w && MONTH_CONNECTORS.has(w.lower) && !isMonth(w.word)) w = wordAfter(text, w.end);
  return w !== null && isMonth(w.word);
}

/** A month name before a day number: "February 5", "Feb. 5". */
export function isMonthName(word: string): boolean {
  return isMonth(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** A time word after the number: "12 noon", "at midnight". */
export function isTimeWordAfter(text: string, end: number): boolean {
  const w = wordAfter(text, end);
  return w !== null && TIME_WORDS_AFTER.has(w.lower);
}

/**
 * A game's score: "won 24 to 17", "lost 1-2", "drew 2-2". Two plain numbers joined by "to" or a dash,
 * a score word before them, no vote word ("the Senate voted 52 to 48" is a tally) and no counted noun
 * after ("won 200-300 seats" is a range of seats).
 */
export function isScore(text: string, first: Core, second: Core, sep: string): boolean {
  if (sep !== 'to' && sep !== '-') return false;
  if (!first.plainInteger || !second.plainInteger || first.value > MAX_SCORE || second.value > MAX_SCORE) return false;
  const before = wordsBeforeInSentence(text, first.start);
  if (!before.some((w) => SCORE_WORDS.has(w.lower)) || before.some((w) => VOTE_WORDS.has(w.lower))) return false;
  return countedNoun(text, second.end) === null;
}

// Words before `pos` across commas within the sentence: "beat the Celtics, 102-99".
function wordsBeforeInSentence(text: string, pos: number): WordBefore[] {
  const near = wordsBefore(text, pos, SCORE_LOOK_BACK);
  const last = near[near.length - 1];
  const from = last ? last.start : pos;
  if (near.length >= SCORE_LOOK_BACK || from < 2 || text[from - 1] !== ' ' || text[from - 2] !== ',') return near;
  return near.concat(wordsBefore(text, from - 2, SCORE_LOOK_BACK - near.length));
}

/** A habit's frequency, not a count: "three times a week", "twice per day". */
export function isRate(text: string, end: number): boolean {
  const noun = wordAfter(text, end);
  if (!noun || !RATE_NOUNS.has(noun.lower)) return false;
  const link = wordAfter(text, noun.end);
  if (!link || !RATE_LINKS.has(link.lower)) return false;
  const unit = wordAfter(text, link.end);
  return unit !== null && RATE_UNITS.has(unit.lower);
}

/** A person word before ", 34,": "a boy, 12, was hurt". */
export function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower);
}

/** "she turned 40", "he is 34": a personal pronoun as the subject of an age. */
export function isPersonPronoun(lower: string): boolean {
  return PERSON_PRONOUNS.has(lower);
}

/** A product or model name right before the number: "Xbox 360 games", "Boeing 737", "Apollo 11". */
export function isProductName(prev: WordBefore): boolean {
  return isUpper(prev.word.charCodeAt(0)) && PRODUCT_NAMES.has(prev.lower);
}

/** A page's furniture counting its own items: "Gallery: Xbox One X | 14 Photos". */
export function isFurnitureCount(text: string, end: number): boolean {
  const w = wordAfter(text, end);
  return w !== null && isUpper(w.word.charCodeAt(0)) && FURNITURE_NOUNS.has(w.lower);
}

/** A house number: "12 rue de Rivoli", "900 Grand Concourse", "10 Downing Street". */
export function isStreetAfter(text: string, end: number): boolean {
  let w = wordAfter(text, end);
  if (w && STREET_AFTER_NUMBER.has(w.lower)) return true;
  for (let names = 0; w && isUpper(w.word.charCodeAt(0)); names++) {
    if (names > 0 && STREET_AFTER_NAME.has(w.word)) return true;
    if (names >= MAX_STREET_NAME_WORDS) return false;
    w = wordAfter(text, w.end);
  }
  return false;
}

/** A clock time after an event verb: "left at 9", "the blast struck at 6.45"; not "rose to 9", "stood at 9". */
export function isClockTimeAfterVerb(text: string, core: Core, before: WordBefore[]): boolean {
  const [prep, verb] = before;
  if (!prep || !verb || !TIME_PREPOSITIONS.has(prep.lower) || !TIME_VERBS.has(verb.lower)) return false;
  if (core.value > HOURS_IN_DAY || !CLOCK_TIME.test(text.slice(core.start, core.end))) return false;
  return countedNoun(text, core.end) === null;
}

/** "At 34, she is the youngest": a sentence-opening "At", an age and its subject after the comma. */
export function isOpeningAge(text: string, core: Core, before: WordBefore[], isSentenceStart: (i: number) => boolean): boolean {
  const at = before[0];
  if (!at || !AGE_OPENERS.has(at.lower) || !isUpper(at.word.charCodeAt(0)) || !core.plainInteger || core.value > MAX_AGE || text[core.end] !== ',') return false;
  if (!isSentenceStart(at.start)) return false;
  const subject = wordAfter(text, core.end + 1);
  return subject !== null && (PERSON_PRONOUNS.has(subject.lower) || isUpper(subject.word.charCodeAt(0)));
}
