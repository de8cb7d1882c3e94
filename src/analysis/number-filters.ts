// Numbers that are not figures: times, dates, years, ages, durations, labels ("Section 230"), list and
// footnote markers, codes, numbers inside links and handles, idioms ("one of the two"), anaphoric small
// numbers ("the two leaders") and counts of sources ("two officials said"). See design.md "What counts".
import type { Core } from './number-read';
import { isYearValue } from './number-read';
import { countedNoun, isCountNoun, isModelPlural } from './counted-noun';
import {
  AGE_AFTER, AGE_BRACKET_PEOPLE, AGE_WORDS, DETERMINERS, DURATION_AFTER, FUNCTION_CAPS, LABEL_WORDS,
  SOURCE_COUNT_AFTER, SUSPENDED_HYPHEN_AFTER, TIME_AFTER, TIME_UNIT_NOUNS, YEAR_CONTEXT_WORDS,
  type ModifierKind,
} from './number-context';
import {
  isClockTimeAfterVerb, isFurnitureCount, isMonthAfter, isMonthName, isOpeningAge, isPersonNoun, isPersonPronoun, isProductName, isRate, isStreetAfter,
  isTimeWordAfter,
} from './number-labels';
import { isDigit, isLetter, isSpace, isUpper, wordsBefore, type WordBefore } from './words-before';
import { alternation, wordSet } from './lexicon/load';

const LONE_ONE_IDIOM = new RegExp(`[ \u00a0]+${alternation('figures', 'loneOneIdioms')}(?![A-Za-z])`, 'iy');
const NEXT_WORD_INITIAL = /[ \u00a0]+["“']?([A-Za-z])/y;
const NEXT_WORD = /[ \u00a0]+([A-Za-z][A-Za-z0-9-]*)/y;
const URL_MARKS = '/@#=_';
const DEATH_AT = wordSet('figures', 'deathWords');
const HAS_CAPITAL = /[A-Z]/;

export interface FigureContext {
  text: string;
  /** The first number of the phrase, and the last (the same unless a range). */
  core: Core;
  last: Core;
  isRange: boolean;
  modifier: ModifierKind | null;
  /** End of the whole phrase, after suffixes like "-strong". */
  end: number;
  /** Words right before the first number, nearest first. */
  before: WordBefore[];
}

export function isNotAFigure(c: FigureContext): boolean {
  const { text, core, last, before } = c;
  const bounded = c.modifier !== null && c.modifier !== 'exact';
  const money = Boolean(core.currency || last.currency);
  const percent = Boolean(core.percent || last.percent);
  const prev = before[0]?.end === core.start - 1 || before[0]?.end === core.start - 2 ? before[0] : undefined;

  if (isInsideLinkOrHandle(text, core.start, last.end)) return true;
  SUSPENDED_HYPHEN_AFTER.lastIndex = last.end;
  if (SUSPENDED_HYPHEN_AFTER.test(text)) return true;  // "a two- or three-week period"
  if (core.plainInteger && isStreetAfter(text, last.end)) return true;  // "900 Grand Concourse", "12 rue de Rivoli"
  if (!money && !percent) {
    if (isTimeDateAgeOrDuration(text, core, last)) return true;
    const noun = countedNoun(text, c.end);
    if (noun && TIME_UNIT_NOUNS.has(noun.text.toLowerCase())) return true;  // "three remarkable weeks"
    if (core.value === 0 && !noun) return true;  // "zero in on", but "zero casualties" counts
    if (prev && (AGE_WORDS.has(prev.lower) || (prev.lower === 'of' && AGE_WORDS.has(before[1]?.lower ?? '')))) return true;
    if (prev && !core.words && (LABEL_WORDS.has(prev.lower) || isProductName(prev))) return true;
    if (isFurnitureCount(text, c.end) || isRate(text, c.end)) return true;  // "| 14 Photos", "three times a week"
    if (isVersionLike(text, core) || isClockTimeAfterVerb(text, core, before)) return true;  // "firmware 2.0", "left at 9"
    if (isListOrFootnote(text, core.start, last.end, noun !== null)) return true;
    if (!bounded && isAgeAppositive(text, core, last)) return true;
    if (!c.isRange && isAgeBracket(before, core, c.end, text)) return true;
    if (isOpeningAge(text, core, before, (i) => isSentenceStart(text, i))) return true;  // "At 34, she ..."
    // "those 26 to 34", "voters 65 and older": people and a bare number (or span of them) give an age.
    if (prev && AGE_BRACKET_PEOPLE.has(prev.lower) && core.plainInteger && last.value <= 120 && !noun) return true;
    if (prev && isProperLabel(text, prev, core, last.end)) return true;
    // Codes and identifiers: "0800", a 12-digit reference.
    if (core.plainInteger && (core.digits >= 7 || (core.digits >= 2 && text[core.start] === '0'))) return true;
    if (core.value === 911 && core.plainInteger && !noun) return true;  // "a 911 call", but "911 people"
    if (!c.isRange && !bounded && isYear(text, core, prev, c.end)) return true;
  }
  if (core.words) {
    if (core.smallWord && !c.isRange && !c.modifier && prev && DETERMINERS.has(prev.lower)) return true;
    // "a thing or two", "a year or two"; but "$28 billion, or six times the value" counts.
    if (core.smallWord && !c.isRange && prev?.lower === 'or' && before[1] !== undefined && !countedNoun(text, c.end)) return true;
    if (core.smallWord && prev?.lower === 'of' && before[1]?.lower === 'one') return true;  // "one of two ways"
    // "the Big Three", "Gang of Eight", "the Five Eyes"; but a headline "Army Says Three Soldiers Killed" counts.
    if (core.capitalised && !isSentenceStart(text, core.start) && !isTitleCaseCount(text, prev, c.end)) return true;
    if (core.lone) {
      LONE_ONE_IDIOM.lastIndex = c.end;
      if (LONE_ONE_IDIOM.test(text)) return true;  // "one of them", "one day", "at one point"
    }
  }
  // Sources counted, not things: "two officials said", "three people familiar with the matter".
  if (!money && !percent && !c.modifier && core.value <= 10) {
    SOURCE_COUNT_AFTER.lastIndex = c.end;
    if (SOURCE_COUNT_AFTER.test(text)) return true;
  }
  return false;
}

// A decimal written with a zero tenth and nothing after it is a version or rating, not a measured amount.
function isVersionLike(text: string, core: Core): boolean {
  return core.scale === 1 && !core.measure && core.end - core.start >= 3 && text[core.end - 2] === '.'
    && text[core.end - 1] === '0' && isDigit(text.charCodeAt(core.end - 3));
}

function isTimeDateAgeOrDuration(text: string, core: Core, last: Core): boolean {
  TIME_AFTER.lastIndex = last.end;
  if (TIME_AFTER.test(text) || isTimeWordAfter(text, last.end)) return true;  // "5 p.m.", "0900 GMT", "12 noon"
  if (!core.words) {
    if (core.value <= 31 && isMonthAfter(text, last.end)) return true;  // "5 February", "3 mars", "12. März"
  }
  AGE_AFTER.lastIndex = last.end;
  if (AGE_AFTER.test(text)) return true;  // "40 years old", "45 or older"
  DURATION_AFTER.lastIndex = last.end;
  return DURATION_AFTER.test(text);  // "three days", "10 years ago", "five times"
}

// Years used as years: "in 2025", "2025 will see", "all 2016 campaigns". "2000 troops" is a figure.
// Four-digit numbers before 1800 are years only after a word like "in" ("1128 were for Cruz" counts);
// from 1900 on, anything but a round hundred is a year even before a noun (counts are written "1,998").
function isYear(text: string, core: Core, prev: WordBefore | undefined, end: number): boolean {
  if (!core.plainInteger || core.digits !== 4 || !isYearValue(core.value)) return false;
  const yearWord = prev !== undefined && YEAR_CONTEXT_WORDS.has(prev.lower);
  if (yearWord || text[core.start - 1] === '\'' || text[core.start - 1] === '’') return true;
  if (core.value >= 1900 && core.value % 100 !== 0) return true;
  return core.value >= 1800 && !countedNoun(text, end);
}

// "John Smith, 34, said", a caption's "Pierre Martin, 74", "a boy, 12,": a bare number after a name or a
// person word and a comma is an age.
function isAgeAppositive(text: string, core: Core, last: Core): boolean {
  if (!core.plainInteger || core.value > 120 || text[core.start - 2] !== ',') return false;
  const after = text[last.end];
  if (!(after === ',' || after === ';' || after === ')' || after === undefined
    || (after === '.' && !isDigit(text.charCodeAt(last.end + 1))))) return false;
  if (!isSpace(text.charCodeAt(core.start - 1))) return false;
  const name = wordsBefore(text, core.start - 2, 1)[0];
  return name !== undefined && name.end === core.start - 2 && (isUpper(name.word.charCodeAt(0)) || isPersonNoun(name.lower));
}

// "voters under 30", "those over 65", "who is 28", "Garland is 63": an age, unless a noun follows.
function isAgeBracket(before: WordBefore[], core: Core, end: number, text: string): boolean {
  if (!(core.plainInteger || core.smallWord) || core.value > 120 || !before[1]) return false;
  const [w1, w2] = before;
  const bracket = (w1.lower === 'under' || w1.lower === 'over' || w1.lower === 'above') && AGE_BRACKET_PEOPLE.has(w2.lower);
  const copula = w1.lower === 'is' || w1.lower === 'was' || w1.lower === 'turned' || w1.lower === 'turns';
  if (w1.lower === 'at' && DEATH_AT.has(w2.lower) && !countedNoun(text, end)) return true;  // "died at 92"
  const person = w2.lower === 'who' || isPersonPronoun(w2.lower) || (isUpper(w2.word.charCodeAt(0)) && !FUNCTION_CAPS.has(w2.lower));
  return (bracket || (copula && person)) && !countedNoun(text, end) && !isDigit(text.charCodeAt(end + 1));
}

// In a title-case line a capitalised number word between capitalised words counts a capitalised plural.
function isTitleCaseCount(text: string, prev: WordBefore | undefined, end: number): boolean {
  if (!prev || !isUpper(prev.word.charCodeAt(0))) return false;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  return next !== null && isUpper(next[1].charCodeAt(0)) && isCountNoun(next[1].toLowerCase());
}

// "Section 230", "Route 66", "iOS 17", "Apollo 11", "February 5": a name or label, not a count.
function isProperLabel(text: string, prev: WordBefore, core: Core, end: number): boolean {
  if (core.words || core.currency) return false;
  const word = prev.word;
  if (!HAS_CAPITAL.test(word) || FUNCTION_CAPS.has(prev.lower) || word.endsWith('\'s') || word.endsWith('’s')) return false;
  if (isMonthName(word)) return core.value <= 31;  // "February 5"; but "In March 300 people died" counts
  // "50 Leopard 1 tanks": a model number inside another figure's noun phrase.
  let i = prev.start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i >= 0 && isDigit(text.charCodeAt(i))) return true;
  // A plural noun right after makes it a count: "Cruz 16 points ahead", "Russia Fires 50 Missiles".
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  return !(next && (isCountNoun(next[1].toLowerCase()) || isModelPlural(next[1])));
}

// "(3)", "[12]", "1. Troops will...", "two reasons: 1) Unlike...", a ranking line "3 Marco Rubio", a lone "9".
function isListOrFootnote(text: string, start: number, end: number, noun: boolean): boolean {
  const open = text[start - 1];
  const close = text[end];
  if ((open === '(' && close === ')') || (open === '[' && close === ']')) return true;
  if (open === '(' && close === '.' && text[end + 1] === ')') return true;  // "(10.)"
  const closeThenSpace = end + 1 >= text.length || isSpace(text.charCodeAt(end + 1));
  if (close === ')' && closeThenSpace && !hasOpenParen(text, start)) return true;
  if (!isLineStart(text, start)) return false;
  if ((close === '.' || close === ')') && closeThenSpace) return true;
  NEXT_WORD_INITIAL.lastIndex = end;
  const next = NEXT_WORD_INITIAL.exec(text);
  return end >= text.length || (!noun && next !== null && isUpper(next[1].charCodeAt(0)));
}

function isLineStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || text[i] === '•' || text[i] === '*')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

function hasOpenParen(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 40; i--) {
    if (text[i] === '(') return true;
    if (text[i] === ')' || text[i] === '\n') return false;
  }
  return false;
}

// The number sits in a run without spaces that holds a URL or handle mark ("example.com/2024", "@user2024").
function isInsideLinkOrHandle(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 80; i--) {
    const ch = text[i];
    if (isSpace(text.charCodeAt(i)) || ch === '\n' || ch === '\r') break;
    if (URL_MARKS.includes(ch) || (ch === '.' && isLetter(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i - 1)) && i > start - 40 && isDomainLike(text, i))) return true;
  }
  for (let i = end; i < text.length && i - end <= 80; i++) {
    const ch = text[i];
    if (isSpace(text.charCodeAt(i)) || ch === '\n' || ch === '\r') break;
    if (URL_MARKS.includes(ch)) return true;
  }
  return false;
}

// "www.x" or "x.com" before the number; "U.S." and "a.m." are not domains.
function isDomainLike(text: string, dot: number): boolean {
  return text.startsWith('www', dot - 3) || text.startsWith('com', dot + 1) || text.startsWith('org', dot + 1);
}

export function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i < 8; i--) {
    const c = text[i];
    if (c === ' ' || c === '"' || c === '“' || c === '\'' || c === '‘' || c === '(' || c === '\u00a0' || c === '\t') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '—' || c === '–';
  }
  return true;
}
