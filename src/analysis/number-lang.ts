// Figures in German, French, Spanish, Ukrainian and Russian text (and, by number format only, in other
// languages read for figures alone): digits in the language's format ("3.000", "3,5", "3 000" with an
// ordinary, no-break or thin space), scale words and abbreviations ("2,5 Mrd.", "1,2 млрд"), percent and
// currency words, number words by case ("шести миллионов") and vague plurals ("Tausende", "des centaines",
// "miles de", "тисячі"). Dates, years, clock times, ages, durations, degrees, scores and votes are not
// figures. All words are data (lexicon/<lang>/numbers.json, months.json); one regex per language finds where
// a number may start, and each read looks at a bounded stretch after it, so the pass is linear.
import type { Quantity } from './types';
import type { QuantityMatch } from './numbers';
import { isFunctionWord } from './language';
import { modifierWordsBefore } from './language-words';
import { letterAt, toLower } from './char-class';
import { nextCandidate, startLexicon, type StartLexicon } from './number-start';
import DE from './lexicon/de/numbers.json';
import FR from './lexicon/fr/numbers.json';
import ES from './lexicon/es/numbers.json';
import UK from './lexicon/uk/numbers.json';
import RU from './lexicon/ru/numbers.json';
import DE_MONTHS from './lexicon/de/months.json';
import FR_MONTHS from './lexicon/fr/months.json';
import ES_MONTHS from './lexicon/es/months.json';
import UK_MONTHS from './lexicon/uk/months.json';
import RU_MONTHS from './lexicon/ru/months.json';

interface NumberFile {
  thousands: string;
  scales: Record<string, number>;
  percent: string[];
  currency: string[];
  currency_link: string[];
  small: Record<string, number>;
  vague: Record<string, number>;
  /** 'une quinzaine', 'un centenar': about this many. */
  approx_words?: Record<string, number>;
  modifiers: Record<string, string>;
  not_after: string[];
  ordinal_dot: boolean;
  /** Words before a number that make a dotted number an ordinal ('am 12.', 'im 3.'). */
  ordinal_before?: string[];
  month_link: string[];
  vote_words?: string[];
  /** 'finale', 'partido': a word that makes "3 à 1" a game's score (score_links join its two numbers). */
  score_words?: string[];
  score_links?: string[];
  /** 'мне было', 'j'avais': the two words before a number that make it an age. */
  age_before?: string[];
}

interface NumberLexicon extends StartLexicon {
  digits: RegExp;
  scales: Map<string, number>;
  percent: Set<string>;
  currency: Set<string>;
  currencyLink: Set<string>;
  small: Map<string, number>;
  vague: Map<string, number>;
  approx: Map<string, number>;
  modifiers: Map<string, string>;
  /** The first word of each modifier ("mehr" of "mehr als"). */
  modifierFirst: Set<string>;
  maxModifierWords: number;
  /** The most words of a number word, a scale, a percent word (phraseAt reads no further). */
  maxWords: { number: number; scale: number; percent: number };
  notAfter: Set<string>;
  months: Set<string>;
  monthLink: Set<string>;
  ordinalDot: boolean;
  ordinalBefore: RegExp | null;
  voteWords: Set<string>;
  scoreWords: Set<string>;
  scoreLinks: Set<string>;
  ageBefore: Set<string>;
  /** Any vote, score or age word: most numbers have none before them and need no closer look. */
  labelWords: RegExp | null;
}

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const L = '\\p{L}';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so "des dizaines de milliers" wins over "des dizaines". */
const alternation = (words: string[]) => words.slice().sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, SPACE)).join('|');

/** The most words of a key ("des dizaines de milliers": 4); a phrase of more words is none of them. */
const mostWords = (keys: Iterable<string>) => Math.max(0, ...[...keys].map((k) => k.split(' ').length));

function labelWordsOf(words: string[]): RegExp | null {
  return words.length ? new RegExp(`(?:${alternation(words)})`, 'iu') : null;
}

function build(f: NumberFile, months: string[], spaceOnly: boolean): NumberLexicon {
  const words = [...Object.keys(f.vague), ...Object.keys(f.small), ...Object.keys(f.approx_words ?? {})];
  // "3.000" groups by dots where the language does (de, es; pt, it, nl alike), by spaces everywhere.
  const group = spaceOnly ? SPACE : `(?:\\.|${SPACE})`;
  return {
    // After an elision too: "d’une quinzaine".
    ...startLexicon(words, new RegExp(`\\d|(?<![${L}])(?:${alternation(words)})(?![${L}'’])`, 'yiu'), esc, SPACE),
    digits: new RegExp(`\\d{1,3}(?:${group}\\d{3})+(?![\\d])(?:,\\d+)?|\\d+(?:,\\d+)?`, 'y'),
    scales: new Map(Object.entries(f.scales)),
    percent: new Set(f.percent),
    currency: new Set(f.currency),
    currencyLink: new Set(f.currency_link),
    small: new Map(Object.entries(f.small)),
    vague: new Map(Object.entries(f.vague)),
    approx: new Map(Object.entries(f.approx_words ?? {})),
    modifiers: new Map(Object.entries(f.modifiers)),
    modifierFirst: new Set(Object.keys(f.modifiers).map((m) => m.split(' ')[0])),
    maxModifierWords: Math.max(...Object.keys(f.modifiers).map((m) => m.split(' ').length)),
    maxWords: { number: mostWords(words), scale: mostWords(Object.keys(f.scales)), percent: mostWords(f.percent) },
    notAfter: new Set(f.not_after),
    months: new Set(months),
    monthLink: new Set(f.month_link),
    ordinalDot: f.ordinal_dot,
    ordinalBefore: f.ordinal_before ? new RegExp(`(?:^|\\s)(?:${f.ordinal_before.join('|')})\\s$`, 'i') : null,
    voteWords: new Set(f.vote_words ?? []),
    scoreWords: new Set(f.score_words ?? []),
    scoreLinks: new Set(f.score_links ?? []),
    ageBefore: new Set(f.age_before ?? []),
    labelWords: labelWordsOf([...(f.vote_words ?? []), ...(f.score_words ?? []), ...(f.age_before ?? [])]),
  };
}

const MONTHS_ALL = [...DE_MONTHS.months, ...FR_MONTHS.months, ...ES_MONTHS.months, ...UK_MONTHS.months, ...RU_MONTHS.months];
const LEXICONS = new Map<string, NumberLexicon>([
  ['de', build(DE, MONTHS_ALL, false)],
  ['fr', build(FR, MONTHS_ALL, false)],
  ['es', build(ES, MONTHS_ALL, false)],
  ['uk', build(UK, MONTHS_ALL, false)],
  ['ru', build(RU, MONTHS_ALL, false)],
]);
/** Languages read for figures only borrow the number format of a neighbour (their words are not known). */
const FORMAT_ONLY: Record<string, string> = { pt: 'es', it: 'es', nl: 'de', cs: 'fr', pl: 'fr', sk: 'fr', bg: 'ru', be: 'ru', sr: 'ru', ca: 'es' };

export function hasNumberLexicon(lang: string): boolean {
  return LEXICONS.has(lang) || lang in FORMAT_ONLY;
}

const CLOCK = /[:.]\d{2}(?!\d)/y;
const SCORE = /[:–-]\d{1,2}(?!\d)/y;
const CLOCK_BEFORE = /\d[ \u00a0]?h[ \u00a0]$/;
const DATE_NUMERIC = /[./]\d{1,2}[./](?:\d{2}|\d{4})(?!\d)/y;
// At module level: a bundler targeting a browser turns a literal with \p{…} into `new RegExp(…)`, built at each call.
const LOWER_WORD_NEXT = /^[ \u00a0]\p{Ll}/u;
const LETTER = /\p{L}/u;
const PART_OF_COUNT = /^[ \u00a0]*(?:\p{L}+[ \u00a0]+)?\d/u;

/**
 * The word after `pos` past spaces (lower case, a trailing dot kept only for abbreviations the caller knows): what
 * /[ \u00a0\u202f\u2009]*([\p{L}][\p{L}'’.-]*|%)/uy reads there, read by hand.
 */
function wordAt(text: string, pos: number): { w: string; end: number } | null {
  let i = pos > 0 ? Math.floor(pos) : 0;
  // A position inside a surrogate pair reads the pair (as a regex with the u flag does).
  if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  for (let c = text.charCodeAt(i); c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009; c = text.charCodeAt(++i));
  if (text.charCodeAt(i) === 37 /* % */) return { w: '%', end: i + 1 };
  let k = letterAt(text, i);
  if (!k) return null;
  const s = i;
  for (;;) {
    i += k;
    const c = text.charCodeAt(i);
    k = c === 39 || c === 0x2019 || c === 46 || c === 45 ? 1 : letterAt(text, i);
    if (!k) break;
  }
  return { w: toLower(text.slice(s, i)), end: i };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Reads a longest phrase of `map`'s keys (up to `maxWords` words, at most 4) starting at `pos`. */
function phraseAt<T>(text: string, pos: number, has: (w: string) => T | undefined, maxWords = 4): { v: T; end: number; w: string } | null {
  let best: { v: T; end: number; w: string } | null = null;
  let phrase = '';
  let at = pos;
  for (let i = 0; i < Math.min(4, maxWords); i++) {
    const next = wordAt(text, at);
    if (!next) break;
    phrase = phrase ? `${phrase} ${next.w}` : next.w;
    let v = has(phrase);
    if (v !== undefined) best = { v, end: next.end, w: phrase };
    else if (phrase.endsWith('.') && (v = has(phrase.slice(0, -1))) !== undefined) best = { v, end: next.end - 1, w: phrase.slice(0, -1) };
    at = next.end;
  }
  return best;
}

function parseDigits(s: string): number {
  const [int, frac] = s.split(',');
  const whole = int.replace(/[.\s\u00a0\u202f\u2009]/g, '');
  return Number(frac ? `${whole}.${frac}` : whole);
}

interface Read { start: number; end: number; value: number; vague: boolean; approx: boolean; plainYear: boolean; unit?: string }

/** The number phrase at `at`, or null when what stands there is not a figure. */
function readAt(text: string, at: number, lex: NumberLexicon): Read | null {
  let end: number;
  let value: number;
  let vague = false;
  let plain = false;
  let scaled = false;
  let approx = false;
  if (/\d/.test(text[at])) {
    lex.digits.lastIndex = at;
    const m = lex.digits.exec(text);
    if (!m) return null;
    end = at + m[0].length;
    value = parseDigits(m[0]);
    plain = /^\d+$/.test(m[0]);
    // Not figures: clock times ("10:00", "18.30 Uhr"), scores ("2:1"), numeric dates ("24.02.2022").
    DATE_NUMERIC.lastIndex = end;
    if (DATE_NUMERIC.test(text)) return null;
    CLOCK.lastIndex = end;
    if (plain && m[0].length <= 2 && CLOCK.test(text)) return null;
    SCORE.lastIndex = end;
    if (plain && m[0].length <= 2 && SCORE.test(text) && value <= 20) return null;
    // "am 12. März", "im 3. Quartal", "die 2. Runde": a German ordinal (a figure ending a sentence keeps its dot).
    if (lex.ordinalDot && text[end] === '.' && (LOWER_WORD_NEXT.test(text.slice(end + 1, end + 3)) || !!lex.ordinalBefore?.test(text.slice(Math.max(0, at - 5), at)))) return null;
    // "a 5,000-strong force" aside, a compound ("34-jährige", "5-Sterne"): not a count.
    if (text[end] === '-' && LETTER.test(text[end + 1] ?? '')) return null;
    // "à 18 h 30": the minutes of a clock time.
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return null;
  } else {
    const w = phraseAt(text, at, (p) => lex.vague.get(p) ?? lex.approx.get(p) ?? lex.small.get(p), lex.maxWords.number);
    if (!w) return null;
    end = w.end;
    value = w.v;
    vague = lex.vague.has(w.w);
    approx = lex.approx.has(w.w);
    if (!vague && value < 2) return null;
    // A small number word counts something only when a content word follows ("zwei Dörfer", not "sur trois est").
    const next = wordAt(text, end);
    // A part of a counted whole counts too: "huit des 28 millions", "tres de los 10 heridos".
    const part = !!next && PART_OF_COUNT.test(text.slice(next.end, next.end + 12));
    if (!vague && !approx && (!next || (isFunctionWord(next.w) && !part))) return null;
  }
  // Scale: "2,5 Milliarden", "шести миллионов", "1,2 млрд".
  const scale = phraseAt(text, end, (p) => lex.scales.get(p), lex.maxWords.scale);
  if (scale && !(vague && scale.v >= value)) {
    value *= scale.v;
    end = scale.end;
    scaled = true;
  }
  const r: Read = { start: at, end, value, vague, approx, plainYear: plain && !scaled && value >= 1000 && value <= 2100 };
  // Percent and currency: "3,5 Prozent", "5,2 %", "300 euros", "millions d'euros", "millones de euros".
  const after = wordAt(text, end);
  if (after && lex.percent.has(after.w)) { r.unit = '%'; r.end = after.end; r.plainYear = false; return r; }
  // A word closing the sentence carries its dot: "300 euros." is "euros".
  if (after && after.w.endsWith('.') && !lex.currency.has(after.w)) { after.w = after.w.slice(0, -1); after.end -= 1; }
  const pct = phraseAt(text, end, (p) => (lex.percent.has(p) ? p : undefined), lex.maxWords.percent);
  if (pct) { r.unit = '%'; r.end = pct.end; r.plainYear = false; return r; }
  let cur = after;
  if (after && lex.currencyLink.has(after.w.replace(/['’]$/, "'"))) cur = wordAt(text, after.end);
  else if (after && /^d['’]/.test(after.w)) cur = { w: after.w.slice(2), end: after.end };
  if (cur && lex.currency.has(cur.w)) { r.unit = cur.w; r.end = cur.end; r.plainYear = false; }
  return r;
}

/** True when the number read is a date, a year, a time, an age, a duration, degrees or votes. */
function notAFigure(text: string, r: Read, lex: NumberLexicon): boolean {
  if (r.unit) return false;
  const next = wordAt(text, r.end);
  const nw = next?.w.replace(/\.$/, '') ?? '';
  if (r.plainYear) return true;
  if (next && (lex.notAfter.has(nw) || lex.months.has(nw))) return true;
  // "1er janvier", "5 de enero", "am 12. März".
  if (next && lex.monthLink.has(nw)) {
    const after = wordAt(text, next.end);
    if (after && lex.months.has(after.w.replace(/\.$/, ''))) return true;
  }
  if (text[r.end] === '.' && next) {
    const m = wordAt(text, r.end + 1);
    if (m && lex.months.has(m.w.replace(/\.$/, ''))) return true;
  }
  return scoreOrVote(text, r, lex);
}

/** A score ("la finale 3 à 1", both numbers), the other side of a vote ("390 voix contre 280"), an age ("мне было 12"). */
function scoreOrVote(text: string, r: Read, lex: NumberLexicon): boolean {
  const window = text.slice(Math.max(0, r.start - 60), r.start);
  if (!lex.labelWords?.test(window)) return false;
  const before = window.toLowerCase().match(/[\p{L}'’]+|\d+/gu) ?? [];
  if (before.slice(-4).some((w) => lex.voteWords.has(w)) || lex.ageBefore.has(before.slice(-2).join(' '))) return true;
  if (!lex.scoreWords.size || !/^\d{1,3}$/.test(text.slice(r.start, r.end)) || !before.some((w) => lex.scoreWords.has(w))) return false;
  const link = /^[ \u00a0]*([\p{L}]+)[ \u00a0]+\d{1,3}(?!\d)/u.exec(text.slice(r.end, r.end + 12));
  if (link && lex.scoreLinks.has(link[1].toLowerCase())) return true;
  const prev = before.slice(-2);
  return prev.length === 2 && /^\d{1,3}$/.test(prev[0]) && lex.scoreLinks.has(prev[1]);
}

/** The modifier words before the figure ("mehr als", "plus de", "около"), longest first. */
function modifierBefore(text: string, start: number, lex: NumberLexicon): { kind: string; start: number; phrase: string } | null {
  // The words in the 40 characters before, only white space between them and the figure.
  const words = modifierWordsBefore(text, Math.max(0, start - 40), start, lex.maxModifierWords);
  const lower = words.map((w) => text.slice(w.s, w.e).toLowerCase());
  for (let n = words.length; n >= 1; n--) {
    const first = words[n - 1];
    // Of several words, the first is a modifier's first word (the final dot dropped below is the last word's).
    if (!first.spaced || (n > 1 && !lex.modifierFirst.has(lower[n - 1]))) continue;
    let phrase = '';
    for (let j = n - 1; j >= 0; j--) phrase += (phrase ? ' ' : '') + lower[j];
    const kind = lex.modifiers.get(phrase) ?? (phrase.endsWith('.') ? lex.modifiers.get(phrase.slice(0, -1)) : undefined);
    if (kind) return { kind, start: first.s, phrase };
  }
  return null;
}

function quantityOf(textOf: string, r: Read, modifier: string | null): Quantity {
  const q: Quantity = { text: textOf, approximate: r.vague || r.approx || modifier === 'approx' };
  if (r.vague || modifier === 'min') q.min = r.value;
  else if (modifier === 'max') q.max = r.value;
  else q.value = r.value;
  if (r.unit) q.unit = r.unit;
  return q;
}

/**
 * Every figure in `text` in language `lang` (offsets shifted by `offset`), or null when the language has no
 * number lexicon (the English reader applies). Never throws.
 */
export function findLangQuantities(text: string, offset: number, lang: string): QuantityMatch[] | null {
  const lex = LEXICONS.get(lang) ?? LEXICONS.get(FORMAT_ONLY[lang] ?? '');
  if (!lex) return null;
  const out: QuantityMatch[] = [];
  let from = 0;
  try {
    for (let at = nextCandidate(text, 0, lex); at >= 0; at = nextCandidate(text, from, lex)) {
      // Inside a word or a code ("F-16", "COVID-19", "A380"): not a figure.
      if (/\d/.test(text[at]) && at > 0 && /[\p{L}\d_-]/u.test(text[at - 1]) && !/[\s(]/.test(text[at - 1])) {
        from = skipRun(text, at);
        continue;
      }
      const r = readAt(text, at, lex);
      if (!r) { from = skipRun(text, at); continue; }
      from = Math.max(r.end, at + 1);
      if (notAFigure(text, r, lex)) continue;
      const mod = modifierBefore(text, r.start, lex);
      const start = mod ? mod.start : r.start;
      const phrase = text.slice(start, r.end);
      const q = quantityOf(phrase, r, mod?.kind ?? null);
      const hedges = mod && mod.kind === 'approx' ? [mod.phrase] : [];
      out.push({ start: start + offset, end: r.end + offset, text: phrase, quantity: q, hedges });
    }
  } catch {
    // A bug must not break the page: keep what was found.
  }
  return out;
}

function skipRun(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\p{L}\d.,:/_-]/u.test(text[i])) i++;
  return Math.max(i, at + 1);
}

