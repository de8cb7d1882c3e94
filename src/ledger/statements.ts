// Statements compared by their content: reported speech is retold, not copied ("the ministry said that 40 people
// had been evacuated from the town" / "40 people were evacuated from the town, the ministry said"), so the words
// that only hold a sentence together (articles, auxiliaries, pronouns, "that") are dropped, plural nouns and
// common verb endings are folded, and what is compared is the set of pairs of neighbouring content words.
// Pairs, not single words, keep the roles: "Russia will send troops to Belarus" and "Belarus will send troops to
// Russia" share every word but few pairs. What one word turns into another claim is held apart from the pairs:
// a statement and its negation ("did not expect prices to rise" / "expected prices to rise"), or the same words
// with other numbers ("40 people" / "400 people"), share no pair at all, because every pair carries the
// statement's polarity and its numbers.
// Two statements match when the Jaccard similarity of their pair sets is at least STATEMENT_JACCARD: 0.6 keeps
// one changed content word in ten (8 of 12 pairs shared: 0.67) and refuses two (6 of 14: 0.43). English
// function words only: in other languages the pairs keep their function words, which makes matching stricter,
// never looser.
import { fnv1a } from './hash';
import { lemma, wordsOf } from './words';

export const STATEMENT_JACCARD = 0.6;
/** Fewer content words than this say too little to be matched ("prices will rise"). */
export const MIN_CONTENT_WORDS = 4;

const FUNCTION_WORDS = new Set(`a an the this that these those there here it its it's they them their theirs he him his she her
  hers we us our you your i me my of in on at to for from by with as into onto about over after before than then so
  and or but if because while when where which who whom whose what also just very too more most such
  is are was were be been being am has have had having do does did will would shall should can could may might must
  said says say saying told tells according added adding stated noted claimed reported`.split(/\s+/));

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'without']);

/**
 * The content words of a statement, lower-cased and folded ("evacuated" -> "evacuat", "people" -> "person"),
 * and its frame: whether it is negated (an odd number of negations) and the numbers it gives.
 */
export function contentWords(text: string): { words: string[]; frame: string } {
  const words: string[] = [];
  const numbers: string[] = [];
  let negations = 0;
  for (const raw of wordsOf(text)) {
    const w = raw.toLowerCase();
    if (NEGATIONS.has(w) || /n't$/.test(w)) { negations++; continue; }
    if (FUNCTION_WORDS.has(w)) continue;
    const folded = fold(w);
    if (/\d/.test(folded)) numbers.push(folded);
    words.push(folded);
  }
  return { words, frame: `${negations % 2 ? 'not' : ''}|${numbers.sort().join(',')}` };
}

/** Plural nouns to the singular, and the -ed/-ing of verbs cut, so tense and number do not count as a change. */
function fold(w: string): string {
  if (/\d/.test(w)) return w.replace(/,/g, '');
  const l = lemma(w);
  if (l !== w) return l;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

/** The distinct hashed pairs of neighbouring content words, sorted ascending (the global order for prefixes). */
export function statementHashes(text: string): number[] {
  const { words, frame } = contentWords(text);
  if (words.length < MIN_CONTENT_WORDS) return [];
  const set = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) set.add(fnv1a(`${frame} ${words[i]} ${words[i + 1]}`));
  return [...set].sort((x, y) => x - y);
}
