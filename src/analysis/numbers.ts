// Figures: the number-bearing phrases of a text ("some 10,000 troops", "possibly hundreds", "$2.3bn"),
// with value, bounds and unit, leaving out numbers that are not figures (number-filters.ts).
// See design.md "Quantities".
//
// How: one global regex finds where a number may start (a digit, a currency sign, a number word); from
// there sticky regexes read the phrase forward (number-read.ts) and a word-by-word look-back finds its
// modifier and hedge. Each step reads a bounded stretch, so the pass is linear in the text.
//
// Decisions on edge cases:
// - Bounds give min or max only ("at least 42" -> min 42); approximations give value + approximate.
// - Vague plurals give their floor as min ("hundreds" -> min 200), approximate.
// - "one" alone is a figure only when it counts a casualty ("one person was killed"); "a"/"an" alone never.
// - Small number words after a determiner refer back ("the two leaders") and are not figures.
// - Durations ("three days", "10 years") are time, not counts; multipliers ("six times the value",
//   "twice as many") and frequencies ("struck 12 times") are figures with unit "times".
// - Hyphenated compounds ("a 10-point plan", "a two-day visit") are not figures, except headcounts
//   ("a 5,000-strong force", "a 300-man unit", "a 40-ship convoy").
// - "m" after digits is million ("2.3m people"), never metres.
import type { Quantity, Span } from './types';
import { countedNoun } from './counted-noun';
import {
  CHANGE_VERB_BEFORE, HEDGE_WORDS_BEFORE, HEDGING_MODIFIERS, HYPHEN_WORD_AFTER, MODIFIER_KIND, MODIFIER_MAX_WORDS,
  SUFFIX_AFTER, type ModifierKind,
} from './number-context';
import { isNotAFigure } from './number-filters';
import { isScore } from './number-labels';
import { type Core, joinRange, readCore, readRangeTail, runEnd } from './number-read';
import { topicForFigure } from './topics';
import { LONE_COUNT_WORDS } from './topic-words';
import { wordsBefore, type WordBefore } from './words-before';
import { findLangQuantities } from './number-lang';
import { alternation, wordList, wordSet } from './lexicon/load';
import { SMALL_NUMBERS, VAGUE_PLURALS } from './number-words';

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

// Number words that may start a figure (the small numbers and the vague plurals), and the scales "a" may count.
const WORDS = [...SMALL_NUMBERS.keys(), ...VAGUE_PLURALS.keys()].join('|');
const SCALES = wordList('figures', 'scalesAfterArticle').join('|');

// Where a figure may start. Number words are flanked by non-letters (cheaper here than \b).
const CANDIDATE = new RegExp(
  String.raw`[$£€¥₹₽₴₪]|\d+|(?<![A-Za-z])(?:(?:${WORDS})(?![A-Za-z])` +
  String.raw`|an?[ \u00a0](?=(?:${SCALES})(?![A-Za-z])|few[ \u00a0]|couple[ \u00a0]of[ \u00a0])` +
  String.raw`|(?:several|half[ \u00a0]a)[ \u00a0](?=(?:${SCALES})(?![A-Za-z]))` +
  String.raw`|twice(?=[ \u00a0]as[ \u00a0](?:many|much)(?![A-Za-z])|[ \u00a0]as[ \u00a0][a-z]{2,15}[ \u00a0]as(?![A-Za-z])` +
  String.raw`|[ \u00a0]${alternation('figures', 'afterTwice')}(?![A-Za-z])))`,
  'gi');
const HAS_DIGIT = /\d/;
const NEXT_WORD = /[ \u00a0]+([A-Za-z]+)/y;
const LOOK_BACK_WORDS = MODIFIER_MAX_WORDS + 2;
// Compounds that still count heads or hulls: "a 5,000-strong force", "a 300-man unit", "a 40-ship convoy".
const HEADCOUNT_COMPOUNDS = wordSet('countedNouns', 'headcountCompounds');

/**
 * Every figure in `text` (a sentence or block), offsets relative to `text` plus `offset`. `lang` other than
 * English reads the language's number format and words (number-lang.ts) where it has them.
 * Never throws; linear in the length of `text`.
 */
export function findQuantities(text: string, offset = 0, lang = 'en'): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  if (typeof text !== 'string' || !text) return out;
  const shift = Number.isFinite(offset) ? offset : 0;
  if (lang !== 'en') {
    const other = findLangQuantities(text, shift, lang);
    if (other) return other;
  }
  try {
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const at = m.index;
      CANDIDATE.lastIndex = Math.max(recognise(text, at, out, shift), at + 1);
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
  let range: Core | null = null;
  let sep = '';
  const tail = readRangeTail(text, core);
  if (tail) {
    if (isScore(text, core, tail.second, tail.sep)) return runEnd(text, tail.second.end);  // "won 24 to 17"
    const joined = joinRange(core, tail.second, tail.sep);
    if (joined === 'drop') return runEnd(text, tail.second.end);
    if (joined) { core = joined.first; range = joined.second; sep = tail.sep; }
  }

  // Look back: "between"/"from" of a range, then a modifier ("at least"), then a hedge ("possibly").
  const before = wordsBefore(text, core.start, LOOK_BACK_WORDS);
  let spanStart = core.start;
  let k = 0;
  if (range) {
    const opener = rangeOpener(text, before[0], sep, core, range);
    if (opener) { spanStart = opener.start; k = 1; } else if (opener === null) range = null;
  }
  const last = range ?? core;
  const modifier = findModifier(before, k);
  const hedges: string[] = [];
  if (modifier) { spanStart = modifier.start; k += modifier.words; }
  const hedgeWord = before[k];
  if (hedgeWord && HEDGE_WORDS_BEFORE.has(hedgeWord.lower)) { hedges.push(hedgeWord.lower); spanStart = hedgeWord.start; }
  if (modifier && HEDGING_MODIFIERS.has(modifier.phrase)) hedges.push(modifier.phrase);

  // Trailing modifiers and compounds: "or so", "500+", "30-odd", "a 5,000-strong force", "a two-day visit".
  let end = last.end;
  let suffix: string | null = null;
  SUFFIX_AFTER.lastIndex = end;
  const suf = SUFFIX_AFTER.exec(text);
  if (suf) { suffix = (suf[1] ?? suf[2] ?? suf[3]).toLowerCase(); end = SUFFIX_AFTER.lastIndex; }
  HYPHEN_WORD_AFTER.lastIndex = end;
  const hyphen = HYPHEN_WORD_AFTER.exec(text);
  if (hyphen) {
    // Spelled small numbers make idioms here ("a two-man race", "a one-man show").
    if (HEADCOUNT_COMPOUNDS.has(hyphen[1].toLowerCase()) && !core.smallWord) end = HYPHEN_WORD_AFTER.lastIndex;
    else if (!last.currency && !last.percent) return runEnd(text, end);
  }
  if (suffix === 'so') hedges.push('or so');

  if (isNotAFigure({ text, core, last, isRange: range !== null, modifier: modifier?.kind ?? null, end, before })) {
    // "ages of 18 and 29", "aged 18 to 29": the second number is an age too.
    const agePair = tail !== null && !range
      && (isAgeWord(before[0]?.lower) || (before[0]?.lower === 'of' && isAgeWord(before[1]?.lower)));
    return runEnd(text, agePair ? tail.second.end : last.end);
  }
  if (core.lone && !range && !isLoneCasualty(text, core.start, end)) return end;

  const counted = countedNoun(text, end) ?? undefined;
  const phrase = text.slice(spanStart, end);
  out.push({
    start: spanStart + shift, end: end + shift, text: phrase,
    quantity: buildQuantity(phrase, core, range, sep, modifier?.kind ?? null, suffix, counted),
    hedges,
    ...(counted ? { counted: { start: counted.start + shift, end: counted.end + shift, text: counted.text } } : {}),
  });
  return end;
}

function isAgeWord(word: string | undefined): boolean {
  return word === 'age' || word === 'ages' || word === 'aged';
}

/**
 * The word that opens a range ("between 200 and 300", "from 200 to 300"): that word, undefined when the
 * range stands on its own ("200-300"), null when it is no range after all ("rose from 200 to 300" is a
 * change; "12 and 300" needs "between"; "5 or 300" is two figures).
 */
function rangeOpener(text: string, w: WordBefore | undefined, sep: string, first: Core, second: Core):
  WordBefore | undefined | null {
  if (w?.lower === 'between') return w;
  if (sep === 'and') return null;
  if (sep === 'or' && second.value > first.value * 10) return null;
  if (sep === 'to' && w?.lower === 'from') {
    return CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.end)) ? null : w;
  }
  return undefined;
}

// A lone "one" is a figure only for a casualty: "one person was killed", "one dead" (not "one candidate").
function isLoneCasualty(text: string, start: number, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  if (!next || !LONE_COUNT_WORDS.has(next[1].toLowerCase())) return false;
  return topicForFigure(text, start, end) === 'casualties';
}

/** The longest modifier phrase ending at before[k] ("no fewer than", "at least", "some"). */
function findModifier(before: WordBefore[], k: number):
  { kind: ModifierKind; phrase: string; start: number; words: number } | null {
  for (let n = Math.min(MODIFIER_MAX_WORDS, before.length - k); n >= 1; n--) {
    let phrase = before[k].lower;
    for (let i = 1; i < n; i++) phrase = `${before[k + i].lower} ${phrase}`;
    const kind = MODIFIER_KIND.get(phrase);
    if (kind) return { kind, phrase, start: before[k + n - 1].start, words: n };
  }
  return null;
}

function buildQuantity(text: string, core: Core, second: Core | null, sep: string, modifier: ModifierKind | null,
  suffix: string | null, counted: Span | undefined): Quantity {
  const q: Quantity = { text, approximate: false };
  const approx = modifier === 'approx' || suffix === 'so' || suffix === 'odd';
  if (second) {
    q.min = core.value;
    q.max = second.value;
    q.approximate = approx || core.vague || sep === 'or';
  } else if (core.vague) {
    if (modifier === 'max') q.max = core.value; else q.min = core.value;
    q.approximate = true;
  } else if (modifier === 'min' || suffix === 'more' || suffix === '+' || suffix === 'plus') {
    q.min = core.value;
    q.approximate = approx;
  } else if (modifier === 'max' || suffix === 'fewer' || suffix === 'less') {
    q.max = core.value;
    q.approximate = approx;
  } else {
    q.value = core.value;
    q.approximate = approx;
  }
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
