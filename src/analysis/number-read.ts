// Reading one number phrase forward from where it starts: digits with separators, decimals, scales,
// currency and percent ("$2.3bn", "12 percent", "3 million euros"), number words ("twenty-five",
// "a dozen", "several hundred"), vague plurals ("tens of thousands") and ranges ("200-300", "two or three").
// Sticky regexes only: each read looks at a bounded stretch after the start. The words are data
// (lexicon/en/figures.json).
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, FEW_WORDS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_PLURALS, readNumberWords,
} from './number-words';
import { NUMERIC_DATE, PHONE } from './number-context';
import { isDigit, isLetter, isUpper } from './words-before';
import { LONE_COUNT_WORDS } from './topic-words';
import { numberMap, wordList, wordSet } from './lexicon/load';

export interface Core {
  start: number;
  end: number;
  /** The number as written times its scale (2.3m -> 2,300,000); for vague plurals, the floor. */
  value: number;
  scale: number;
  vague: boolean;
  words: boolean;
  /** A plain integer as written ("2025": no separators, decimals, signs or scales): maybe a year. */
  plainInteger: boolean;
  digits: number;
  currency?: string;
  percent?: string;
  measure?: string;
  /** A capitalised number word ("Three"), to tell names ("the Big Three") from sentence starts. */
  capitalised: boolean;
  /** "one" alone: a figure only when it counts a casualty. */
  lone: boolean;
  /** A number word below eleven without a scale ("two", "ten"). */
  smallWord: boolean;
}

/** A number phrase, or where to resume scanning when what starts here is not one. */
export type Read = { core: Core } | { skipTo: number };

// Thousands separated by commas, or by the no-break and thin spaces of French typography ("5 500").
// Plain spaces too: extraction collapses the no-break space of "2 209" to one.
const DIGITS = /(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,:/-])|\d+)(\.\d+)?/y;
const LETTERS = /[A-Za-z]+/y;
const POWER = /\^(\d{1,3})(?!\d|\.\d|\^)/y;
const SEPARATORS = /[, \u00a0\u202f\u2009]/g;
const WORD_AT = /[A-Za-z]+/y;
const SCALE_WORD_AFTER = new RegExp(String.raw`[ \u00a0-](${wordList('figures', 'scaleWordsAfterDigits').join('|')})(?![A-Za-z])`, 'iy');
const PERCENT_AFTER = /([ \u00a0]?%|[ \u00a0-](?:percent|per[ \u00a0]cent)(?![A-Za-z]))|[ \u00a0](percentage[ \u00a0]points?)(?![A-Za-z])/iy;
const CURRENCY_WORD_AFTER = new RegExp(
  String.raw`[ \u00a0-](of[ \u00a0])?(?:US[ \u00a0])?(${wordList('figures', 'currencyNamePatterns').join('|')})(?:[ \u00a0]sterling)?(?![A-Za-z])`, 'iy');
const VAGUE_COMPOUND = new RegExp(String.raw`[ \u00a0]of[ \u00a0](${wordList('figures', 'vagueCompoundScales').join('|')})(?![A-Za-z])`, 'iy');
const RATIO_AFTER = new RegExp(String.raw`[ \u00a0]in[ \u00a0](${wordList('figures', 'ratioBasePatterns').join('|')})(?![\w,])`, 'iy');
const RATIO_BASES: ReadonlyMap<string, number> = numberMap('figures', 'ratioBases');
const OF_AHEAD = /[ \u00a0]of[ \u00a0]/y;
const NEXT_WORD_AFTER = /[ \u00a0]+([A-Za-z]+)/y;
const ONE_FOLLOWERS: ReadonlySet<string> = wordSet('figures', 'oneFollowers');
const RANGE_SEP = /[ \u00a0]?[-–][ \u00a0]?|[ \u00a0](to|and|or)[ \u00a0]/y;
const RUN_AFTER = /[\w.,:/'’@#^-]*/y;
const MEASURE_SUFFIXES = wordSet('figures', 'measureSuffixes');
// Also weights ("weighs 8.4 pounds") or verbs: currencies only with a scale ("5 million pounds").
const CURRENCY_ONLY_SCALED = wordSet('figures', 'currencyOnlyScaled');
const SIGN_PREFIXES = wordSet('figures', 'signPrefixesAsWritten');
const CODE_PREFIX = new RegExp(`(?:^|[^A-Za-z])(${wordList('figures', 'currencyCodePatterns').join('|')})[ \u00a0]?$`);
const SIGNS = '$£€¥₹₽₴₪';
// "1 000 000 000": thousands grouped by spaces, a count, not a phone number.
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+$/;
const LOCAL_PHONE = /(\d{3})[-.](\d)\d{3}(?![\d,])/y;
const CJK_DATE_MARKS = '年月日时時分秒号號点點';

export function readCore(text: string, at: number): Read {
  const c = text.charCodeAt(at);
  return isDigit(c) || SIGNS.includes(text[at]) ? readDigits(text, at) : readWords(text, at);
}

/** Where the digits start, the phrase's start and its currency: a sign ("US$", "A$", "HK$"), a code ("USD 5"), or none. */
function readSignOrCode(text: string, at: number): { start: number; pos: number; currency: string | undefined } | null {
  if (isDigit(text.charCodeAt(at))) {
    const code = at >= 2 ? CODE_PREFIX.exec(text.slice(Math.max(0, at - 5), at)) : null;
    if (!code) return { start: at, pos: at, currency: undefined };
    return {
      start: at - code[0].length + (isLetter(code[0].charCodeAt(0)) ? 0 : 1), pos: at,
      currency: CURRENCY_SIGNS.get(code[1].toLowerCase().replace('.', '')),
    };
  }
  // A sign, maybe after a country prefix ("US$", "A$", "HK$") and before a space.
  let prefix = '';
  if (isUpper(text.charCodeAt(at - 1))) {
    const two = text.slice(Math.max(0, at - 2), at);
    const one = text.slice(at - 1, at);
    if (SIGN_PREFIXES.has(two) && !isLetter(text.charCodeAt(at - 3))) prefix = two;
    else if (SIGN_PREFIXES.has(one) && !isLetter(text.charCodeAt(at - 2))) prefix = one;
  }
  let pos = at + 1;
  if (text[pos] === ' ' || text[pos] === '\u00a0') pos++;
  if (!isDigit(text.charCodeAt(pos))) return null;
  return { start: at - prefix.length, pos, currency: CURRENCY_SIGNS.get((prefix + text[at]).toLowerCase()) };
}

/** Phone numbers and numeric dates at pos ("(555) 123-4567", "555-0142", "2025-02-05", "5/2/2025"): where to resume, or -1. */
function phoneOrDateEnd(text: string, pos: number): number {
  const phoneAt = pos > 0 && (text[pos - 1] === '(' || text[pos - 1] === '+') ? pos - 1 : pos;
  PHONE.lastIndex = phoneAt;
  const phone = PHONE.exec(text);
  if (phone && countDigits(phone[0]) >= 9 && hasPhoneSeparator(phone[0]) && !SPACE_GROUPED.test(phone[0])) return PHONE.lastIndex;
  // A local number "555-0142": the second group starts with 0, or the exchange is the fictional 555.
  LOCAL_PHONE.lastIndex = pos;
  const local = LOCAL_PHONE.exec(text);
  if (local && (local[2] === '0' || local[1] === '555')) return LOCAL_PHONE.lastIndex;
  NUMERIC_DATE.lastIndex = pos;
  if (NUMERIC_DATE.exec(text)) return NUMERIC_DATE.lastIndex;
  return -1;
}

function readDigits(text: string, at: number): Read {
  const sign = readSignOrCode(text, at);
  if (!sign) return { skipTo: at + 1 };
  const { start, pos, currency } = sign;
  const notFigure = phoneOrDateEnd(text, pos);
  if (notFigure >= 0) return { skipTo: notFigure };

  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) return { skipTo: at + 1 };
  const integer = m[1];
  const decimals = m[2] ?? '';
  let end = DIGITS.lastIndex;

  if (start === pos && isGluedBefore(text, pos, integer.length)) return skipRun(text, end);
  // Glued to something after: "2.3.1", "10:30", "24/7", "1990's".
  const after = text[end];
  if ((after === '.' || after === ':' || after === '/') && isDigit(text.charCodeAt(end + 1))) return skipRun(text, end);
  if ((after === '\'' || after === '’') && text[end + 1] === 's') return skipRun(text, end);
  if (after !== undefined && CJK_DATE_MARKS.includes(after)) return skipRun(text, end + 1);  // "2016年"
  if (after === '^') return readPower(text, start, end, parseFloat(integer.replace(SEPARATORS, '') + decimals));

  let scale = 1;
  let measure: string | undefined;
  if (isLetter(text.charCodeAt(end))) {
    LETTERS.lastIndex = end;
    const glued = LETTERS.exec(text)?.[0] ?? '';
    const suffix = glued.toLowerCase();
    const suffixScale = SCALE_SUFFIXES.get(suffix) ?? SCALE_WORDS.get(suffix);
    // "k" and "b" alone are too often codes ("4K", "7B"): lower-case "k", or either with a currency sign.
    const plausible = currency || (suffix !== 'b' && glued !== 'K' && (suffix !== 'k' || integer.length <= 3));
    if (suffixScale && suffixScale > 12 && plausible) { scale = suffixScale; end = LETTERS.lastIndex; }
    else if (MEASURE_SUFFIXES.has(suffix)) { measure = suffix; end = LETTERS.lastIndex; }
    else if (suffix !== 'pc') return skipRun(text, LETTERS.lastIndex);  // "77th", "1990s", "5pm", "4G"
  } else {
    SCALE_WORD_AFTER.lastIndex = end;
    const word = SCALE_WORD_AFTER.exec(text);
    if (word) {
      const w = word[1].toLowerCase();
      scale = SCALE_WORDS.get(w) ?? SCALE_SUFFIXES.get(w) ?? 1;
      end = SCALE_WORD_AFTER.lastIndex;
    }
  }
  const plain = integer.replace(SEPARATORS, '');
  const value = parseFloat(plain + decimals) * scale;
  if (!Number.isFinite(value) || plain.length > 15) return skipRun(text, end);  // beyond any real count: a code
  const core: Core = {
    start, end, value, scale, vague: false, words: false,
    plainInteger: !currency && !decimals && scale === 1 && plain.length === integer.length,
    digits: plain.length, currency, percent: undefined, measure, capitalised: false, lone: false, smallWord: false,
  };
  readUnitsAfter(text, core);
  return { core };
}

// "2^28", "10^5": a power, read as its value.
function readPower(text: string, start: number, end: number, base: number): Read {
  POWER.lastIndex = end;
  const m = POWER.exec(text);
  const value = m ? Math.pow(base, parseInt(m[1], 10)) : NaN;
  if (!m || !Number.isFinite(value)) return skipRun(text, end + 1);
  const core = wordCore(start, POWER.lastIndex, value, 1, false, false);
  core.words = false;
  return { core };
}

// "G7", "MH17", "F-16", "COVID-19", "#2", "'90s", "1.2.3": the digits belong to a name or code.
function isGluedBefore(text: string, at: number, length: number): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return false;
  if (isLetter(text.charCodeAt(at - 1)) || prev === '#' || prev === '№' || prev === '_') return true;
  if ((prev === '-' || prev === '‑') && isLetter(text.charCodeAt(at - 2))) return true;
  if ((prev === '\'' || prev === '’') && length === 2 && !isLetter(text.charCodeAt(at - 2))) return true;
  return prev === '.' || (prev === ',' && isDigit(text.charCodeAt(at - 2)));
}

function readWords(text: string, at: number): Read {
  WORD_AT.lastIndex = at;
  const firstWord = WORD_AT.exec(text);
  if (!firstWord) return { skipTo: at + 1 };
  const word = firstWord[0].toLowerCase();
  const capitalised = isUpper(text.charCodeAt(at)) && !isUpper(text.charCodeAt(at + 1));

  if (word === 'twice') {  // "twice as many", "twice the size": a multiplier
    const core = wordCore(at, WORD_AT.lastIndex, 2, 1, false, capitalised);
    core.measure = 'times';
    return { core };
  }

  // Vague plurals: "hundreds", "tens of thousands", "scores of".
  const floor = VAGUE_PLURALS.get(word);
  if (floor !== undefined) {
    let end = WORD_AT.lastIndex;
    let value = floor;
    VAGUE_COMPOUND.lastIndex = end;
    const compound = floor >= 1e6 ? null : VAGUE_COMPOUND.exec(text);
    if (compound) {
      value = floor * (SCALE_WORDS.get(compound[1].toLowerCase().slice(0, -1)) ?? 1);
      end = VAGUE_COMPOUND.lastIndex;
    } else if (word === 'tens' || word === 'scores') {
      OF_AHEAD.lastIndex = end;
      if (!OF_AHEAD.exec(text)) return { skipTo: end };
    }
    const core = wordCore(at, end, value, 1, true, capitalised);
    readUnitsAfter(text, core);
    return { core };
  }

  // "a dozen", "a hundred", "a few hundred", "a couple of dozen", "several thousand", "half a million".
  let multiplier = 1;
  let vague = false;
  let pos = at;
  if (word === 'a' || word === 'an' || word === 'several' || word === 'half') {
    pos = WORD_AT.lastIndex;
    if (word === 'half') { multiplier = 0.5; pos = skipSpaceWord(text, pos, 'a'); }
    else if (word === 'several') { multiplier = FEW_WORDS.get('several') ?? 3; vague = true; }
    pos = skipSpaces(text, pos);
    WORD_AT.lastIndex = pos;
    const nextWord = WORD_AT.exec(text)?.[0].toLowerCase();
    if (nextWord === 'few' || nextWord === 'couple') {
      multiplier = FEW_WORDS.get(nextWord) ?? 2;
      vague = true;
      pos = skipSpaces(text, WORD_AT.lastIndex);
      if (nextWord === 'couple') pos = skipSpaces(text, skipSpaceWord(text, pos, 'of'));
    }
    if (!isScaleWordAt(text, pos)) return { skipTo: WORD_AT.lastIndex };
  }
  const number = readNumberWords(text, pos);
  if (!number) return { skipTo: at + 1 };
  const value = number.value * multiplier;
  const onlySmall = pos === at && number.words === 1 && !SCALE_WORDS.has(number.last);
  // "one" is everywhere ("one of", "no one", "one day"): drop it here unless a person, a share or a range follows.
  if (onlySmall && value === 1 && !mayCountOne(text, number.end)) return { skipTo: number.end };
  const core = wordCore(at, number.end, value, number.scale, vague, capitalised);
  core.lone = onlySmall && value === 1;
  core.smallWord = onlySmall && value <= 10;
  readUnitsAfter(text, core);
  return { core };
}

function wordCore(start: number, end: number, value: number, scale: number, vague: boolean, capitalised: boolean): Core {
  return {
    start, end, value, scale, vague, words: true, plainInteger: false, digits: 0,
    currency: undefined, percent: undefined, measure: undefined, capitalised, lone: false, smallWord: false,
  };
}

// After a lone "one": a person or casualty word ("one soldier"), a share ("one in five"), a range ("one or
// two", "one to three"), a percent or a currency.
function mayCountOne(text: string, end: number): boolean {
  NEXT_WORD_AFTER.lastIndex = end;
  const next = NEXT_WORD_AFTER.exec(text);
  if (!next) return text[end] === '%' || text[end] === '-';
  const w = next[1].toLowerCase();
  const after = text[NEXT_WORD_AFTER.lastIndex];
  if (after === '\'' || after === '’') return false;  // "one man's death": a possessive, not a count
  return LONE_COUNT_WORDS.has(w) || ONE_FOLLOWERS.has(w) || CURRENCY_WORDS.has(w);
}

// Percent and currency words after the number: "12 percent", "3 million euros", "millions of dollars".
function readUnitsAfter(text: string, core: Core): void {
  // "six in 10 voters", "one in five": a share, read as a percent (60, 20).
  RATIO_AFTER.lastIndex = core.end;
  const ratio = core.scale === 1 && !core.vague ? RATIO_AFTER.exec(text) : null;
  const base = ratio ? (RATIO_BASES.get(ratio[1].toLowerCase()) ?? parseFloat(ratio[1])) : 0;
  if (ratio && base > core.value) {
    core.value = Math.round((core.value / base) * 10000) / 100;
    core.percent = '%';
    core.end = RATIO_AFTER.lastIndex;
    core.lone = core.smallWord = false;
    return;
  }
  PERCENT_AFTER.lastIndex = core.end;
  const pct = PERCENT_AFTER.exec(text);
  if (pct) {
    core.percent = pct[1] ? '%' : 'percentage points';
    core.end = PERCENT_AFTER.lastIndex;
    core.lone = core.smallWord = false;
    return;
  }
  if (!core.words && text.startsWith('pc', core.end) && !isLetter(text.charCodeAt(core.end + 2))) {
    core.percent = '%';
    core.end += 2;
    return;
  }
  CURRENCY_WORD_AFTER.lastIndex = core.end;
  const cur = CURRENCY_WORD_AFTER.exec(text);
  if (!cur) return;
  const name = cur[2].toLowerCase();
  const scaled = core.scale > 1 || core.vague || core.value >= 1e6;
  if (cur[1] && !core.vague) return;  // "of dollars" only after "millions", "hundreds of thousands"
  if (CURRENCY_ONLY_SCALED.has(name) && !scaled) return;
  core.currency ??= CURRENCY_WORDS.get(name);
  core.end = CURRENCY_WORD_AFTER.lastIndex;
  core.lone = core.smallWord = false;
}

/** The second number of "200-300", "200 to 300", "200 and 300", "two or three". */
export function readRangeTail(text: string, first: Core): { second: Core; sep: string } | null {
  RANGE_SEP.lastIndex = first.end;
  const sep = RANGE_SEP.exec(text);
  if (!sep) return null;
  const at = RANGE_SEP.lastIndex;
  const c = text.charCodeAt(at);
  const secondIsDigits = isDigit(c) || SIGNS.includes(text[at]);
  if (first.words === secondIsDigits) return null;  // both digits or both words
  if (first.words && !sep[1]) return null;  // "one-two punch": hyphenated words are compounds
  const read = readCore(text, at);
  if ('skipTo' in read || read.core.start !== at) return null;
  return { second: read.core, sep: (sep[1] ?? '-').toLowerCase() };
}

/**
 * Joins "200-300", "$2-3bn", "10-15%" into one range, sharing scale, percent and currency.
 * 'drop' for what only looks like a range: scores ("3-1", "52-48") and spans of years ("2014-2016").
 */
export function joinRange(first: Core, second: Core, sep: string): { first: Core; second: Core } | 'drop' | null {
  let a = first;
  if (a.scale === 1 && second.scale > 1 && !a.vague) a = { ...a, value: a.value * second.scale, scale: second.scale };
  if (!a.percent && second.percent) a = { ...a, percent: second.percent };
  if (!a.currency && second.currency) a = { ...a, currency: second.currency };
  if (a.plainInteger && isYearValue(a.value) && second.plainInteger && (isYearValue(second.value) || second.digits === 2)) {
    return 'drop';
  }
  if (second.value > a.value) return { first: a, second };
  if (sep === '-' && a.plainInteger && second.plainInteger && a.value < 100) return 'drop';
  return null;
}

/** Where scanning resumes after a number that is not a figure: past the rest of its token ("2.3.1", "G7-style"). */
export function runEnd(text: string, from: number): number {
  RUN_AFTER.lastIndex = from;
  RUN_AFTER.exec(text);
  return Math.max(from, RUN_AFTER.lastIndex);
}

export function isYearValue(v: number): boolean {
  return v >= 1000 && v <= 2100 && Number.isInteger(v);
}

function skipRun(text: string, from: number): Read {
  return { skipTo: runEnd(text, from) };
}

function isScaleWordAt(text: string, pos: number): boolean {
  WORD_AT.lastIndex = pos;
  const w = WORD_AT.exec(text);
  return Boolean(w && SCALE_WORDS.has(w[0].toLowerCase()));
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\u00a0')) pos++;
  return pos;
}

function skipSpaceWord(text: string, pos: number, word: string): number {
  const p = skipSpaces(text, pos);
  WORD_AT.lastIndex = p;
  const w = WORD_AT.exec(text);
  return w && w[0].toLowerCase() === word ? WORD_AT.lastIndex : pos;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
}

function hasPhoneSeparator(s: string): boolean {
  return s.includes(' ') || s.includes('-') || s.includes('.') || s.includes(')');
}
