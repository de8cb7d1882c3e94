// Hedge words: the markers of uncertainty that the confidence module weighs and the card shows.
// Two families (design.md "Confidence"): hedges on the ATTRIBUTION ("reportedly said", "is said to")
// lower confidence in who said it; hedges on the CONTENT ("possibly hundreds", "up to 500") do not.
import { alternation, wordList, wordSet } from './lexicon/load';

export interface HedgeMatch { start: number; end: number; text: string }

/** Hedges that qualify who said it (the act of saying), not what was said. */
const ATTRIBUTION_HEDGES = wordSet('hedges', 'attributionHedges');

// Approximators are hedges only before a figure ("some 10,000", but not "some reports").
const NUMBER_AHEAD = String.raw`(?:[$£€¥₹\d]|${alternation('hedges', 'numberWordPatterns')}\b)`;

// One pass, built once. Longer phrases come first so "is said to" wins over "said to" (the word lists are
// data: lexicon/en/hedges.json). "May" with a capital is skipped below ("May 5", "Theresa May" are not hedges).
const HEDGE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      ...wordList('hedges', 'hedgePatterns'),
      alternation('hedges', 'approximatorPatterns') + String.raw`(?=\s{1,3}` + NUMBER_AHEAD + ')',
      String.raw`or\sso(?<=\d[%a-z]{0,3}\sor\sso)`,  // "200 or so", not "or so it seemed"
    ].join('|') +
    String.raw`)\b`,
  'gi',
);

const CAPITAL_MAY = /^May$/;
const SPACES = /\s+/g;
const NOT_AFTER = /(?:[ \u00a0]+not|n['’]t|[ \u00a0]+never)(?![A-Za-z])/iy;

/**
 * Hedge words in `text` with offsets relative to `text` plus `offset`.
 * Approximators ("some", "about", "up to") count only before a number.
 */
export function findHedges(text: string, offset = 0): HedgeMatch[] {
  const out: HedgeMatch[] = [];
  if (typeof text !== 'string' || !text) return out;
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(text); m; m = HEDGE_RE.exec(text)) {
    const word = m[0];
    if (CAPITAL_MAY.test(word)) continue;  // the month or a name far more often than a sentence-initial modal
    // "could not" is inability ("you could not work with them"), not doubt; "could not be verified" matched above.
    if (word.length === 5 && word.toLowerCase() === 'could') {
      NOT_AFTER.lastIndex = m.index + 5;
      if (NOT_AFTER.test(text)) continue;
    }
    out.push({ start: m.index + offset, end: m.index + word.length + offset, text: word });
  }
  return out;
}

/** True for hedges on the attribution ("reportedly", "allegedly", "is said to"), false for content hedges. */
export function isAttributionHedge(word: string): boolean {
  return ATTRIBUTION_HEDGES.has(normalizeHedge(word));
}

/** Lower case, single spaces: the form hedges are listed in (`Claim.hedges`). */
export function normalizeHedge(word: string): string {
  return word.toLowerCase().replace(SPACES, ' ').trim();
}
