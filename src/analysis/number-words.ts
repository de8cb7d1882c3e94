// Number words and their values: the vocabulary half of the quantity recogniser (numbers.ts). The words are
// data (lexicon/en/figures.json).
import { numberMap, wordMap } from './lexicon/load';

/** Cardinal words below one hundred that stand alone or combine ("twenty-five"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = numberMap('figures', 'smallNumbers');

/** Multiplier words after a number ("3 million", "two hundred", "two dozen"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = numberMap('figures', 'scaleWords');

/** Multiplier suffixes written onto digits ("2.3m", "$2bn", "10k"). */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = numberMap('figures', 'scaleSuffixes');

/**
 * Vague plurals and their floors (design.md): "hundreds" is at least 200, "dozens" at least 24.
 * "scores" is two scores or more. Always approximate.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = numberMap('figures', 'vaguePlurals');

/** Words that make "a/several/a few" + scale vague: "several hundred" is at least 300, "a few thousand" 2,000. */
export const FEW_WORDS: ReadonlyMap<string, number> = numberMap('figures', 'fewWords');

/** ISO codes for currency signs and names ("$2bn", "3 million euros"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = wordMap('figures', 'currencySigns');

export const CURRENCY_WORDS: ReadonlyMap<string, string> = wordMap('figures', 'currencyWords');

const NUMBER_WORD = new RegExp(
  `(${[...SMALL_NUMBERS.keys(), ...SCALE_WORDS.keys()].join('|')})(?![A-Za-z])`, 'iy');
// Between number words: a hyphen ("twenty-five"), a space, or "and" after a scale ("two hundred and fifty").
const WORD_GAP = /(?:-|[ \u00a0]{1,2}(?:and[ \u00a0]{1,2})?)/y;

export interface WordNumber {
  end: number;
  value: number;
  last: string;
  words: number;
  /** The largest scale word read ("eight thousand" -> 1000), 1 when none. */
  scale: number;
}

/**
 * Reads number words at `pos` ("twenty-five", "two hundred and fifty", "three thousand", "two dozen")
 * following English number grammar, so "five four" stops after "five". Null when no number word is there.
 */
export function readNumberWords(text: string, pos: number): WordNumber | null {
  NUMBER_WORD.lastIndex = pos;
  const first = NUMBER_WORD.exec(text);
  if (!first) return null;
  let total = 0;
  let current = 0;
  let words = 0;
  let end = pos;
  let lastWord = '';
  let lastScale = Infinity;
  let maxScale = 1;
  let token = first[1].toLowerCase();
  for (;;) {
    const small = SMALL_NUMBERS.get(token);
    if (small !== undefined) current += small;
    else {
      const scale = SCALE_WORDS.get(token) ?? 1;
      if (scale < 1000) current = (current || 1) * scale;
      else { total += (current || 1) * scale; current = 0; }
      lastScale = scale;
      maxScale = Math.max(maxScale, scale);
    }
    words++;
    lastWord = token;
    end = NUMBER_WORD.lastIndex;
    WORD_GAP.lastIndex = end;
    const gap = WORD_GAP.exec(text);
    if (!gap) break;
    NUMBER_WORD.lastIndex = end + gap[0].length;
    const next = NUMBER_WORD.exec(text);
    if (!next) break;
    const nextToken = next[1].toLowerCase();
    if (!follows(lastWord, nextToken, gap[0].includes('and'), lastScale)) break;
    token = nextToken;
  }
  return { end, value: total + current, last: lastWord, words, scale: maxScale };
}

/** Whether `next` may continue a number that ended with `prev` ("twenty" + "five", "two" + "hundred"). */
function follows(prev: string, next: string, viaAnd: boolean, lastScale: number): boolean {
  const prevSmall = SMALL_NUMBERS.get(prev);
  const nextSmall = SMALL_NUMBERS.get(next);
  const nextScale = SCALE_WORDS.get(next);
  if (nextScale !== undefined) {
    if (viaAnd || nextScale === 12 && prevSmall === undefined) return false;
    return prevSmall !== undefined ? prevSmall > 0 : nextScale > (SCALE_WORDS.get(prev) ?? 0);
  }
  if (nextSmall === undefined || nextSmall === 0) return false;
  if (prevSmall !== undefined) return !viaAnd && prevSmall >= 20 && prevSmall % 10 === 0 && nextSmall < 10;
  // After a scale: "two hundred fifty", "three thousand and five" (never after "dozen").
  return prev !== 'dozen' && lastScale >= 100;
}
