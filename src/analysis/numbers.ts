// Figures: the number-bearing phrases of a text ("some 10,000 troops", "possibly hundreds", "$2.3bn"),
// with their value, bounds and unit, and without the numbers that are not figures (dates, years, times,
// ordinals, ages, labels, phone and version numbers, idioms). See design.md "Quantities".
//
// How: one global regex finds where a number may start; from there small sticky regexes read the
// number phrase forward and look back over a short window for modifiers and contexts. Every step reads a
// bounded stretch of text, so the whole pass is linear in the input.
import type { Quantity, Span } from './types';
import { countedNoun } from './counted-noun';
import {
  AGE_AFTER, AGE_BEFORE, BETWEEN_BEFORE, CHANGE_VERB_BEFORE, DETERMINER_BEFORE, DURATION_AFTER, FROM_BEFORE,
  FUNCTION_CAPS, HEDGE_WORD_BEFORE, HEDGING_MODIFIERS, HYPHEN_WORD_AFTER, LABEL_BEFORE, MODIFIER_BEFORE,
  MODIFIER_KIND, MONTH_AFTER, MONTH_NAME, NAME_COMMA_BEFORE, NUMERIC_DATE, PHONE, SOURCE_COUNT_AFTER,
  SUFFIX_AFTER, TIME_AFTER, YEAR_CONTEXT_BEFORE, type ModifierKind,
} from './number-context';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, FEW_WORDS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_PLURALS, readNumberWords,
} from './number-words';
import { topicForFigure } from './topics';

export interface QuantityMatch {
  start: number;
  end: number;
  text: string;
  quantity: Quantity;
  /** Content hedges on the figure, lower case: "possibly", "some", "up to", "an estimated". */
  hedges: string[];
  /** The noun the figure counts ("troops" in "10,000 DPRK troops"), when there is one. */
  counted?: Span;
}

const SMALL_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'dozen|hundred|thousand|million|billion|trillion';

// Where a figure may start: a currency sign or code, a digit, or a number word.
const CANDIDATE = new RegExp(
  String.raw`(?:\b(?:US|AU|A|CA|C|HK|NZ))?[$£€¥₹₽₴₪]|\b(?:USD|EUR|GBP|INR|Rs\.?)[ \u00a0]?(?=\d)|\d+` +
  String.raw`|\b(?:${SMALL_WORDS}|dozens|hundreds|thousands|millions|billions|tens|scores` +
  String.raw`|an?[ \u00a0](?=(?:${SCALES}|few[ \u00a0]|couple[ \u00a0]of[ \u00a0])\b)` +
  String.raw`|(?:several|half[ \u00a0]a)[ \u00a0](?=(?:${SCALES})\b))\b`,
  'gi');

const DIGITS = /(?:(?:(US|AU|A|CA|C|HK|NZ)?([$£€¥₹₽₴₪]))[ \u00a0]?|(USD|EUR|GBP|INR|Rs\.?)[ \u00a0]?)?(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/y;
const LETTERS = /[A-Za-z]+/y;
const SCALE_WORD_AFTER = /[ \u00a0-](hundred|thousand|million|billion|trillion|mn|bn|tn|mln|bln)(?![A-Za-z])/iy;
const PERCENT_AFTER = /([ \u00a0]?%|[ \u00a0-](?:percent|per[ \u00a0]cent)(?![A-Za-z]))|[ \u00a0](percentage[ \u00a0]points?)(?![A-Za-z])/iy;
const CURRENCY_WORD_AFTER = /[ \u00a0](?:of[ \u00a0])?(?:US[ \u00a0])?(dollars?|euros?|pounds(?:[ \u00a0]sterling)?|sterling|yuan|renminbi|yen|rubles?|roubles?|hryvnias?|rupees?|shekels?|francs|riyals|dinars|lira|rand|pesos|won)(?![A-Za-z])/iy;
const VAGUE_COMPOUND = /[ \u00a0]of[ \u00a0](thousands|millions|billions)(?![A-Za-z])/iy;
const OF_AHEAD = /[ \u00a0]of[ \u00a0]/y;
const WORD_AT = /[A-Za-z]+/y;
const RANGE_SEP = /[ \u00a0]?[-–][ \u00a0]?|[ \u00a0](to|and|or)[ \u00a0]/y;
const RUN_AFTER = /[\w.,:/'’@#-]*/y;
const NEXT_WORD_CAP = /^[ \u00a0]+["“']?([A-Za-z])/;
const MEASURE_SUFFIXES = new Set(['km', 'kg', 'mm', 'cm', 'mph', 'kph', 'kmh', 'ft', 'lb', 'lbs', 'sq', 'mw', 'gw',
  'kw', 'kwh', 'mwh', 'gwh', 'ha', 'mi', 'bpd', 'tonnes', 'tons', 'kt', 'mt', 'ml']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const CURRENCY_ONLY_SCALED = new Set(['won', 'rand', 'lira']);
const URLISH = /[/@#=_]|www\.|https?:/;
const HEDGE_WINDOW = 48;
const HAS_DIGIT = /\d/;

interface Core {
  start: number;
  end: number;
  /** The number as written (times its scale): 2.3m -> 2,300,000; for vague plurals, the floor. */
  value: number;
  scale: number;
  vague: boolean;
  words: boolean;
  /** A plain integer as written, e.g. "2025" (no separators, decimals, signs, scales): a possible year. */
  plainInteger: boolean;
  digits: number;
  currency?: string;
  percent?: string;
  measure?: string;
  /** A capitalised number word ("Three"), for telling names ("the Big Three") from sentence starts. */
  capitalised: boolean;
  /** "one" alone: a figure only when it counts a casualty. */
  lone: boolean;
  /** A number word below eleven without a scale ("two", "ten"). */
  smallWord: boolean;
}

type Read = { core: Core } | { skipTo: number };

/**
 * Every figure in `text` (a sentence or block), offsets relative to `text` plus `offset`.
 * Never throws; linear in the length of `text`.
 */
export function findQuantities(text: string, offset = 0): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (typeof text !== 'string' || !text) return out;
  const shift = Number.isFinite(offset) ? offset : 0;
  try {
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const at = m.index;
      const next = recognise(text, at, out, shift);
      CANDIDATE.lastIndex = Math.max(next, at + 1);
    }
  } catch {
    // A bug must not break the page: keep the figures found so far.
  }
  return out;
}

/** Reads the figure starting at `at` into `out`; returns where scanning resumes. */
function recognise(text: string, at: number, out: QuantityMatch[], shift: number): number {
  const first = readCore(text, at);
  if ('skipTo' in first) return first.skipTo;
  let core = first.core;
  let last = core;
  let range: { second: Core; sep: string } | null = null;

  const tail = readRangeTail(text, core);
  if (tail) {
    const joined = joinRange(text, core, tail.second, tail.sep);
    if (joined === 'score') return skipRun(text, tail.second.end);
    if (joined) { core = joined.first; last = joined.second; range = { second: joined.second, sep: tail.sep }; }
  }

  // What precedes the number: "between"/"from", a bound or approximation, a hedge.
  let spanStart = core.start;
  const windowStart = Math.max(0, core.start - HEDGE_WINDOW);
  if (range) {
    const before = text.slice(windowStart, core.start);
    const between = BETWEEN_BEFORE.exec(before);
    if (range.sep === 'and' && !between) { range = null; last = core; }
    else if (between) spanStart = groupStart(between, windowStart);
    else if (range.sep === 'to') {
      const from = FROM_BEFORE.exec(before);
      if (from) {
        if (CHANGE_VERB_BEFORE.test(before.slice(0, from.index + 1))) { range = null; last = core; }
        else spanStart = groupStart(from, windowStart);
      }
    }
  }
  if (range?.sep === 'or' && !(range.second.value <= core.value * 10)) { range = null; last = core; }

  let modifier: { kind: ModifierKind; phrase: string } | null = null;
  const hedges: string[] = [];
  {
    const before = text.slice(windowStart, spanStart);
    const mod = MODIFIER_BEFORE.exec(before);
    const kind = mod ? MODIFIER_KIND.get(normalise(mod[1])) : undefined;
    if (mod && kind) {
      modifier = { kind, phrase: normalise(mod[1]) };
      spanStart = groupStart(mod, windowStart);
    }
    const hedge = HEDGE_WORD_BEFORE.exec(text.slice(windowStart, spanStart));
    if (hedge) {
      hedges.push(hedge[1].toLowerCase());
      spanStart = groupStart(hedge, windowStart);
    }
    if (modifier && HEDGING_MODIFIERS.has(modifier.phrase)) hedges.push(modifier.phrase);
  }

  // Trailing modifiers and compounds: "or so", "500+", "30-odd", "a 5,000-strong force", "a 34-year-old".
  let end = last.end;
  let suffix: string | null = null;
  SUFFIX_AFTER.lastIndex = end;
  const suf = SUFFIX_AFTER.exec(text);
  if (suf) { suffix = (suf[1] ?? suf[2] ?? suf[3]).toLowerCase(); end = SUFFIX_AFTER.lastIndex; }
  HYPHEN_WORD_AFTER.lastIndex = end;
  const hyphen = HYPHEN_WORD_AFTER.exec(text);
  if (hyphen) {
    const word = hyphen[1].toLowerCase();
    if (word === 'strong') end = HYPHEN_WORD_AFTER.lastIndex;
    else if (!last.currency && !last.percent) return skipRun(text, end);  // "two-day", "10-point", "34-year-old"
  }
  if (suffix === 'so') hedges.push('or so');

  if (isNotAFigure(text, core, last, range !== null, modifier, end)) return skipRun(text, last.end);

  const counted = countedNoun(text, end) ?? undefined;
  if (core.lone && !range && !isCasualty(text, core, end)) return last.end;

  const quantity = buildQuantity(text.slice(spanStart, end), core, range?.second ?? null, range?.sep ?? '',
    modifier?.kind ?? null, suffix, counted);
  out.push({
    start: spanStart + shift, end: end + shift, text: text.slice(spanStart, end), quantity, hedges,
    ...(counted ? { counted: { start: counted.start + shift, end: counted.end + shift, text: counted.text } } : {}),
  });
  return end;
}

// ---------------------------------------------------------------- reading the number itself

function readCore(text: string, at: number): Read {
  const c = text.charCodeAt(at);
  const isDigitOrSign = (c >= 48 && c <= 57) || !isLetter(c) || isCurrencyCodeAt(text, at);
  return isDigitOrSign ? readDigits(text, at) : readWords(text, at);
}

function readDigits(text: string, at: number): Read {
  // Phone numbers and numeric dates first: "(555) 123-4567", "2025-02-05", "5/2/2025".
  const phoneAt = at > 0 && (text[at - 1] === '(' || text[at - 1] === '+') ? at - 1 : at;
  PHONE.lastIndex = phoneAt;
  const phone = PHONE.exec(text);
  if (phone && countDigits(phone[0]) >= 9 && /[ .)-]/.test(phone[0])) return { skipTo: PHONE.lastIndex };
  NUMERIC_DATE.lastIndex = at;
  if (NUMERIC_DATE.exec(text)) return { skipTo: NUMERIC_DATE.lastIndex };

  DIGITS.lastIndex = at;
  const m = DIGITS.exec(text);
  if (!m) return { skipTo: at + 1 };
  const sign = m[2] ? (m[1] ?? '') + m[2] : m[3] ?? '';
  const currency = sign ? CURRENCY_SIGNS.get(sign.toLowerCase().replace(/\.$/, '')) : undefined;
  const integer = m[4];
  const decimals = m[5] ?? '';
  let end = DIGITS.lastIndex;
  const numberStart = end - integer.length - decimals.length;

  // Glued to something before: "G7", "MH17", "F-16", "COVID-19", "#2", "'90s".
  if (numberStart === at || !sign) {
    const prev = text.charCodeAt(at - 1);
    if (isLetter(prev) || text[at - 1] === '#' || text[at - 1] === '№' || text[at - 1] === '_') return skipRunFrom(text, end);
    if ((text[at - 1] === '-' || text[at - 1] === '‑') && isLetter(text.charCodeAt(at - 2))) return skipRunFrom(text, end);
    if ((text[at - 1] === '\'' || text[at - 1] === '’') && integer.length === 2 && !isLetter(text.charCodeAt(at - 2))) {
      return skipRunFrom(text, end);
    }
    if (text[at - 1] === '.' || text[at - 1] === ',' && isDigit(text.charCodeAt(at - 2))) return skipRunFrom(text, end);
  }
  // Glued to something after: "2.3.1", "10:30", "24/7", "1990s", "77th", "4G", "5pm".
  const after = text[end];
  if ((after === '.' || after === ':' || after === '/') && isDigit(text.charCodeAt(end + 1))) return skipRunFrom(text, end);
  if ((after === '\'' || after === '’') && text[end + 1] === 's') return skipRunFrom(text, end);

  let scale = 1;
  let measure: string | undefined;
  LETTERS.lastIndex = end;
  const glued = isLetter(text.charCodeAt(end)) ? LETTERS.exec(text) : null;
  if (glued) {
    const suffix = glued[0].toLowerCase();
    const suffixScale = SCALE_SUFFIXES.get(suffix);
    // "k" and "b" alone are too often codes ("4K", "7B"): lower-case "k", or any with a currency sign.
    const plausible = currency || (suffix !== 'b' && glued[0] !== 'K');
    if (suffixScale && plausible) { scale = suffixScale; end = LETTERS.lastIndex; }
    else if (suffix === 'pc') { /* read below as a percent */ }
    else if (MEASURE_SUFFIXES.has(suffix)) { measure = suffix; end = LETTERS.lastIndex; }
    else return skipRunFrom(text, LETTERS.lastIndex);  // ordinals, decades, times, codes
    if (ORDINAL_SUFFIXES.has(suffix)) return skipRunFrom(text, LETTERS.lastIndex);
  } else {
    SCALE_WORD_AFTER.lastIndex = end;
    const word = SCALE_WORD_AFTER.exec(text);
    if (word) {
      const w = word[1].toLowerCase();
      scale = SCALE_WORDS.get(w) ?? SCALE_SUFFIXES.get(w) ?? 1;
      end = SCALE_WORD_AFTER.lastIndex;
    }
  }
  const value = parseFloat(integer.replaceAll(',', '') + decimals) * scale;
  const core: Core = {
    start: at, end, value, scale, vague: false, words: false,
    plainInteger: !sign && !decimals && scale === 1 && !integer.includes(','),
    digits: integer.replaceAll(',', '').length, currency, measure,
    capitalised: false, lone: false, smallWord: false,
  };
  readUnitsAfter(text, core);
  return { core };
}

function readWords(text: string, at: number): Read {
  WORD_AT.lastIndex = at;
  const firstWord = WORD_AT.exec(text);
  if (!firstWord) return { skipTo: at + 1 };
  const word = firstWord[0].toLowerCase();
  const capitalised = isUpper(text.charCodeAt(at)) && !isUpper(text.charCodeAt(at + 1));
  const base = { start: at, scale: 1, words: true, plainInteger: false, digits: 0, capitalised, lone: false, smallWord: false };

  // Vague plurals: "hundreds", "tens of thousands", "scores of".
  const floor = VAGUE_PLURALS.get(word);
  if (floor !== undefined) {
    let end = WORD_AT.lastIndex;
    let value = floor;
    VAGUE_COMPOUND.lastIndex = end;
    const compound = word === 'millions' || word === 'billions' ? null : VAGUE_COMPOUND.exec(text);
    if (compound) {
      value = floor * (SCALE_WORDS.get(compound[1].toLowerCase().slice(0, -1)) ?? 1);
      end = VAGUE_COMPOUND.lastIndex;
    } else if (word === 'tens' || word === 'scores') {
      OF_AHEAD.lastIndex = end;
      if (!OF_AHEAD.exec(text)) return { skipTo: end };
    }
    const core: Core = { ...base, end, value, vague: true };
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
      if (nextWord === 'couple') pos = skipSpaceWord(text, pos, 'of');
      pos = skipSpaces(text, pos);
    }
    if (!readScaleWordAt(text, pos)) return { skipTo: WORD_AT.lastIndex };
  }
  const number = readNumberWords(text, pos);
  if (!number) return { skipTo: at + 1 };
  const value = number.value * multiplier;
  const onlySmall = pos === at && number.words === 1 && SCALE_WORDS.get(number.last) === undefined;
  const core: Core = {
    ...base, end: number.end, value, vague,
    lone: onlySmall && value === 1,
    smallWord: onlySmall && value <= 10,
  };
  readUnitsAfter(text, core);
  return { core };
}

// Percent and currency words after the number: "12 percent", "3 million euros", "millions of dollars".
function readUnitsAfter(text: string, core: Core): void {
  PERCENT_AFTER.lastIndex = core.end;
  const pct = PERCENT_AFTER.exec(text);
  if (pct) { core.percent = pct[1] ? '%' : 'percentage points'; core.end = PERCENT_AFTER.lastIndex; return; }
  if (text.startsWith('pc', core.end) && !isLetter(text.charCodeAt(core.end + 2)) && !core.words) {
    core.percent = '%';
    core.end += 2;
    return;
  }
  CURRENCY_WORD_AFTER.lastIndex = core.end;
  const cur = CURRENCY_WORD_AFTER.exec(text);
  if (!cur) return;
  const name = cur[1].toLowerCase().split(/[ \u00a0]/)[0];
  const ofForm = /^[ \u00a0]of/i.test(cur[0]);
  if (ofForm && !core.vague && core.scale === 1 && !core.words) return;
  if (CURRENCY_ONLY_SCALED.has(name) && core.scale === 1 && !core.vague && !/(?:million|billion|trillion)/i.test(text.slice(core.start, core.end))) return;
  core.currency ??= CURRENCY_WORDS.get(name);
  core.end = CURRENCY_WORD_AFTER.lastIndex;
}

// ---------------------------------------------------------------- ranges

function readRangeTail(text: string, first: Core): { second: Core; sep: string } | null {
  RANGE_SEP.lastIndex = first.end;
  const sep = RANGE_SEP.exec(text);
  if (!sep) return null;
  const at = RANGE_SEP.lastIndex;
  const c = text.charCodeAt(at);
  if (first.words !== !(isDigit(c) || !isLetter(c))) return null;  // "200 to 300", "two or three": same kind
  const read = readCore(text, at);
  if ('skipTo' in read || read.core.start !== at) return null;
  return { second: read.core, sep: (sep[1] ?? '-').toLowerCase() };
}

/** Joins "200-300", "$2-3bn", "10-15%", "two or three" into one range; 'score' for "3-1"; null if no range. */
function joinRange(text: string, first: Core, second: Core, sep: string):
  { first: Core; second: Core } | 'score' | null {
  let a = first;
  if (a.scale === 1 && second.scale > 1 && !a.vague) a = { ...a, value: a.value * second.scale, scale: second.scale };
  if (!a.percent && second.percent) a = { ...a, percent: second.percent };
  if (!a.currency && second.currency) a = { ...a, currency: second.currency };
  if (a.plainInteger && isYearValue(a.value) && (second.plainInteger && (isYearValue(second.value) || second.digits === 2))) {
    return 'score';  // "2014-2016", "2015-16", "between 2014 and 2016": years, dropped like scores
  }
  if (second.value > a.value) return { first: a, second };
  if (sep === '-' && a.plainInteger && second.plainInteger && a.value < 100) return 'score';  // "3-1", "a 5-4 ruling"
  void text;
  return null;
}

// ---------------------------------------------------------------- what is not a figure

function isNotAFigure(text: string, core: Core, last: Core, isRange: boolean,
  modifier: { kind: ModifierKind } | null, end: number): boolean {
  const before = text.slice(Math.max(0, core.start - HEDGE_WINDOW), core.start);
  const bounded = modifier !== null && modifier.kind !== 'exact';
  const money = Boolean(core.currency || last.currency);
  const percent = Boolean(core.percent || last.percent);

  if (isInsideUrlOrHandle(text, core.start, last.end)) return true;
  if (!money && !percent) {
    // Times, dates, ages, durations after the number.
    TIME_AFTER.lastIndex = last.end;
    if (!core.words && TIME_AFTER.test(text)) return true;
    AGE_AFTER.lastIndex = last.end;
    if (AGE_AFTER.test(text)) return true;
    DURATION_AFTER.lastIndex = last.end;
    if (DURATION_AFTER.test(text)) return true;
    MONTH_AFTER.lastIndex = last.end;
    if (!core.words && core.value <= 31 && MONTH_AFTER.test(text)) return true;
    if (AGE_BEFORE.test(before)) return true;
    if (!core.words && LABEL_BEFORE.test(before)) return true;
    if (isListOrFootnote(text, core.start, last.end)) return true;
    if (!bounded && NAME_COMMA_BEFORE.test(before) && text[last.end] === ',' && core.plainInteger && core.value <= 120) return true;
    if (isProperLabel(text, before, core, last.end)) return true;
    // Codes and identifiers: "0800", 12-digit IDs.
    if (core.plainInteger && (core.digits >= 7 || (core.digits >= 2 && text[core.start] === '0'))) return true;
    // Years used as years: "in 2025", "2025 will see", "the 2016 election". "2000 troops" is a figure.
    if (core.plainInteger && !isRange && !bounded && isYearValue(core.value) && core.digits === 4) {
      if (YEAR_CONTEXT_BEFORE.test(before) || !countedNoun(text, end)) return true;
    }
  }
  if (core.words) {
    // "the two leaders", "Big Three", "one of the two", "two-thirds".
    if (core.smallWord && !isRange && !modifier && DETERMINER_BEFORE.test(before)) return true;
    if (core.capitalised && !isSentenceStart(text, core.start)) return true;
    if (core.lone && /^[ \u00a0]+(?:of|another|day|time|point|way|thing|side|hand|another|or)\b/i.test(text.slice(end, end + 12))) return true;
  }
  // Sources, not things: "two officials said", "three people familiar with the matter".
  if (!money && !percent && !modifier && core.value <= 10 && SOURCE_COUNT_AFTER.test(text.slice(end, end + 90))) return true;
  return false;
}

// "Section 230", "Route 66", "iOS 17", "Apollo 11", "February 5", "Top 10": a name or label, not a count.
function isProperLabel(text: string, before: string, core: Core, end: number): boolean {
  if (core.words || core.currency) return false;
  const prevWordMatch = /([A-Za-z][A-Za-z'’.]*)[ \u00a0]$/.exec(before);
  if (!prevWordMatch) return false;
  const prev = prevWordMatch[1];
  if (!/[A-Z]/.test(prev) || FUNCTION_CAPS.has(prev.toLowerCase()) || /['’]s$/.test(prev)) return false;
  if (MONTH_NAME.test(prev)) return core.value <= 31;  // "February 5"; "In March 300 people died" counts
  const nextCap = NEXT_WORD_CAP.exec(text.slice(end, end + 8));
  // Title case runs ("Russia Fires 50 Missiles") continue with a capital: keep those as figures.
  return !(nextCap && isUpper(nextCap[1].charCodeAt(0)) && !/[A-Z]{2}/.test(prev.slice(0, 2)));
}

function isListOrFootnote(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  const close = text[end];
  if ((open === '(' && close === ')') || (open === '[' && close === ']')) return true;
  if ((close === '.' || close === ')') && (end + 1 >= text.length || text[end + 1] === ' ' || text[end + 1] === '\t')) {
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '•' || text[i] === '*')) i--;
    return i < 0 || text[i] === '\n' || text[i] === '\r';
  }
  return false;
}

function isInsideUrlOrHandle(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 80 && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 80 && !isSpace(text.charCodeAt(b))) b++;
  return URLISH.test(text.slice(a, b));
}

// "one person was killed" is a figure; "one day", "one of them" are not.
function isCasualty(text: string, core: Core, end: number): boolean {
  return topicForFigure(text, core.start, end) === 'casualties';
}

// ---------------------------------------------------------------- the quantity

function buildQuantity(text: string, core: Core, second: Core | null, sep: string, modifier: ModifierKind | null,
  suffix: string | null, counted: Span | undefined): Quantity {
  const q: Quantity = { text, approximate: false };
  if (second) {
    q.min = core.value;
    q.max = second.value;
    q.approximate = core.vague || sep === 'or' || modifier === 'approx' || suffix === 'so';
  } else if (core.vague) {
    if (modifier === 'max') q.max = core.value; else q.min = core.value;
    q.approximate = true;
  } else if (modifier === 'min' || suffix === 'more' || suffix === '+' || suffix === 'plus') {
    q.min = core.value;
  } else if (modifier === 'max' || suffix === 'fewer' || suffix === 'less') {
    q.max = core.value;
  } else {
    q.value = core.value;
    q.approximate = modifier === 'approx' || suffix === 'so' || suffix === 'odd';
  }
  if (modifier === 'approx' || suffix === 'so') q.approximate = true;
  const last = second ?? core;
  const unit = core.percent ?? last.percent ?? core.currency ?? last.currency ?? last.measure
    ?? (counted ? unitWord(counted.text) : undefined);
  if (unit) q.unit = unit;
  return q;
}

// "troops" for "Troops", but "F-16s" as written.
function unitWord(word: string): string {
  return HAS_DIGIT.test(word) ? word : word.toLowerCase();
}

// ---------------------------------------------------------------- small helpers

function readScaleWordAt(text: string, pos: number): boolean {
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

/** Where scanning resumes after a number that is not a figure: past the rest of its token ("2.3.1", "G7-style"). */
function skipRun(text: string, from: number): number {
  RUN_AFTER.lastIndex = from;
  RUN_AFTER.exec(text);
  return Math.max(from, RUN_AFTER.lastIndex);
}

function skipRunFrom(text: string, from: number): Read {
  return { skipTo: skipRun(text, from) };
}

function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i < 8; i--) {
    const c = text[i];
    if (c === ' ' || c === '"' || c === '“' || c === '\'' || c === '‘' || c === '(' || c === '\u00a0' || c === '\t') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '—' || c === '–';
  }
  return true;
}

function isYearValue(v: number): boolean { return v >= 1000 && v <= 2100 && Number.isInteger(v); }
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isUpper(c: number): boolean { return c >= 65 && c <= 90; }
function isLetter(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f); }
function isSpace(c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f; }
function countDigits(s: string): number { let n = 0; for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++; return n; }
function isCurrencyCodeAt(text: string, at: number): boolean {
  const c = text[at];
  return (c === 'U' || c === 'A' || c === 'C' || c === 'H' || c === 'N' || c === 'E' || c === 'G' || c === 'I' || c === 'R')
    && /^(?:US|AU|A|CA|C|HK|NZ)?[$£€¥₹₽₴₪]|^(?:USD|EUR|GBP|INR|Rs\.?)[ \u00a0]?\d/.test(text.slice(at, at + 6));
}
/** Where group 1 of a look-back match starts: its pattern opens with `(?:^|[^A-Za-z])` and group 1 with a letter. */
function groupStart(m: RegExpExecArray, windowStart: number): number {
  return windowStart + m.index + (isLetter(m[0].charCodeAt(0)) ? 0 : 1);
}
function normalise(s: string): string { return s.toLowerCase().replace(/[ \u00a0]+/g, ' '); }
