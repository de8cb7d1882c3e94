// Where a number may start in a text of another language than English (number-lang.ts): its candidate regex is
// tried only at a digit, or at a letter no letter precedes that, with the unit after it, can start a number word.
import { letterAt } from './char-class';

/** The parts of a language's number lexicon (number-lang.ts) that find where a number may start. */
export interface StartLexicon {
  /** Where a number may start (sticky): tried only where `mayStart` and `mayStartTwo` say one can. */
  candidate: RegExp;
  /** The first letters of the number words (case-insensitive, as the candidate regex reads them). */
  firstLetter: RegExp;
  /** Per UTF-16 unit of the BMP: 0 not yet known, 1 a number may start there, 2 not. */
  starts: Uint8Array;
  /** A number word's first two units (as the candidate regex reads them: any case, spaces alike), and its answers. */
  firstTwo: RegExp;
  pairs: Map<number, boolean>;
}

/**
 * The start parts of a lexicon whose number words are `words` and whose candidate regex is `candidate` (a digit,
 * or one of the words, any case, its spaces matched by `space`); `esc` escapes a word for a regex.
 */
export function startLexicon(words: string[], candidate: RegExp, esc: (s: string) => string, space: string): StartLexicon {
  return {
    candidate,
    firstLetter: new RegExp(`^(?:${[...new Set(words.map((w) => esc(w[0])))].join('|')})$`, 'iu'),
    starts: new Uint8Array(0x10000),
    firstTwo: new RegExp(`^(?:${[...new Set(words.map((w) => w.slice(0, 2)))].map((p) => esc(p).replace(/ /g, space)).join('|')})`, 'iu'),
    pairs: new Map(),
  };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where the next number may start at or after `from`, or -1: the candidate regex tried only at a digit or at a first
 * letter of a number word (a global search tried it at every position, each behind a look-behind).
 */
export function nextCandidate(text: string, from: number, lex: StartLexicon): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A digit, or a first letter of a number word that no letter precedes (the regex's look-behind).
    if (c < 48 || (c > 57 && (!mayStart(c, lex) || letterBefore(text, i) || !mayStartTwo(text, i, c, lex)))) continue;
    // A digit is the regex's first alternative (\d).
    if (c <= 57) return i;
    lex.candidate.lastIndex = i;
    if (lex.candidate.test(text)) return i;
  }
  return -1;
}

/** Whether a letter (\p{L}) ends right before text[i]. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return letterAt(text, i - 2) > 0;
  return letterAt(text, i - 1) > 0;
}

/**
 * Whether a number word may start with text[i] (unit `c`, no surrogate) and the unit after it: the first two units
 * of one of the candidate regex's words match there (a word the regex matches at i matches its first two there).
 */
function mayStartTwo(text: string, i: number, c: number, lex: StartLexicon): boolean {
  const d = text.charCodeAt(i + 1);
  if (Number.isNaN(d)) return lex.firstTwo.test(text.slice(i, i + 1));
  const key = c * 0x10000 + d;
  let k = lex.pairs.get(key);
  if (k === undefined) {
    k = lex.firstTwo.test(text.slice(i, i + 2));
    if (lex.pairs.size < 100000) lex.pairs.set(key, k);
  }
  return k;
}

/** Whether a number word may start with unit `c` (no surrogate starts one). */
function mayStart(c: number, lex: StartLexicon): boolean {
  let k = lex.starts[c];
  if (!k) {
    k = !(c >= 0xd800 && c <= 0xdfff) && lex.firstLetter.test(String.fromCharCode(c)) ? 1 : 2;
    lex.starts[c] = k;
  }
  return k === 1;
}
