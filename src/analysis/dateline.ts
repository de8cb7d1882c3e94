// A dateline opening a story's first paragraph ("SEOUL —", "BRUSSELS (Reuters) -", "KYIV, Ukraine (AP) —") says
// where it was filed: no part of the first sentence, so neither a name in it nor the words of its content.
import { COUNTRIES, ORGANIZATIONS, OUTLETS } from './lexicon';

// Capitals (a city, maybe of two or three words), maybe ", Region", maybe "(Agency)", then a dash set off by spaces.
const DATELINE = /^([A-Z][A-Z.'’-]*[A-Z](?:\s+[A-Z][A-Z.'’-]*)*)(?:,\s+[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})?(?:\s*\([^()]{1,40}\))?\s+(?:—|–|--|-)\s+(?=\S)/u;

/** Where the sentence [s, e) starts past a dateline, or s when it opens with none (an acronym that names a body is no dateline). */
export function pastDateline(text: string, s: number, e: number): number {
  const m = DATELINE.exec(text.slice(s, Math.min(e, s + 100)));
  if (!m) return s;
  const place = m[1].toLowerCase();
  if (OUTLETS.has(place) || ORGANIZATIONS.has(place) || COUNTRIES.has(place)) return s;
  return s + m[0].length < e ? s + m[0].length : s;
}
