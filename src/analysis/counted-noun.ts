// The noun a figure counts: "10,000 DPRK troops" -> troops, "hundreds of casualties" -> casualties.
// Shared by numbers.ts (the unit) and topics.ts (the topic). Reads at most a few words after the figure.
import type { Span } from './types';
import { wordSet } from './lexicon/load';

// One word after optional spaces; the gap may not cross punctuation. Letters (any script: "Français",
// "réfugiés"), digits and inner '-' / '’' so "F-16s" and "civilian-run" stay one word.
const NEXT_WORD = /[ \t\u00a0]{1,4}([\p{L}\p{N}]+(?:[,.'’-][\p{L}\p{N}]+)*)/uy;

/** Words that end a noun phrase: a verb, preposition or determiner after the figure means no counted noun. */
export const PHRASE_BREAKERS: ReadonlySet<string> = wordSet('countedNouns', 'phraseBreakers');

/** Nouns whose plural does not end in -s, or that name a group counted as one. */
const IRREGULAR_COUNT_NOUNS: ReadonlySet<string> = wordSet('countedNouns', 'irregularCountNouns');

// Words ending in -s that are not plural nouns.
const NOT_PLURAL: ReadonlySet<string> = wordSet('countedNouns', 'notPlural');

// "of the plant's 6 reactors": "of", a determiner and two modifiers before the noun.
const MAX_WORDS = 5;
const PARTITIVE_DETERMINERS: ReadonlySet<string> = wordSet('countedNouns', 'partitiveDeterminers');

const NOT_PLURAL_MEN: ReadonlySet<string> = wordSet('countedNouns', 'notPluralMen');

// A weapon or vehicle model in the plural: "F-16s", "Su-25s", "T-72s".
const MODEL_PLURAL = /^[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]*s$/;

/**
 * The noun counted by the figure ending at `end`, looking past "of" and up to two modifiers
 * ("DPRK", "Ukrainian", "civilian", "more"). Null when a verb, preposition or punctuation comes first.
 */
export function countedNoun(text: string, end: number): Span | null {
  let pos = end;
  // A capitalised plural ("Palestinians", "Marines") counts only when no lower-case noun follows it.
  let properPlural: Span | null = null;
  let afterOf = false;
  for (let i = 0; i < MAX_WORDS; i++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const word = m[1];
    const start = NEXT_WORD.lastIndex - word.length;
    pos = NEXT_WORD.lastIndex;
    const lower = word.toLowerCase();
    if (i === 0) afterOf = lower === 'of';
    if (lower === 'of' && i === 0) continue;
    if (i === 1 && afterOf && PARTITIVE_DETERMINERS.has(lower)) continue;  // "23 of the 31 drones", "three of its soldiers"
    if (PHRASE_BREAKERS.has(lower) && word !== word.toUpperCase()) break;  // "US troops" is not "us"
    if (MODEL_PLURAL.test(word)) return { start, end: pos, text: word };
    if (isCountNoun(lower)) {
      if (!isCapitalized(word)) return { start, end: pos, text: word };
      properPlural ??= { start, end: pos, text: word };
    }
  }
  return properPlural;
}

/** A weapon or vehicle model in the plural ("F-16s", "T-72s"): counted like a noun, a weapon by topic. */
export function isModelPlural(word: string): boolean {
  return MODEL_PLURAL.test(word);
}

export function isCountNoun(lower: string): boolean {
  if (IRREGULAR_COUNT_NOUNS.has(lower)) return true;
  if (lower.length > 5 && lower.endsWith('men') && !NOT_PLURAL_MEN.has(lower)) return true;  // "servicemen", "gunmen"
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ous')
    && !NOT_PLURAL.has(lower) && !lower.includes('\'') && !lower.includes('’');  // not "plant's"
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}
