// Gender as the text gives it, for he/she agreement: a title (Mr., Ms.), a gendered role noun
// ("spokeswoman", "chairman"), or a first name that is overwhelmingly one gender's (a data list). An
// earlier "she" resolved to the entity is kept apart (Entity.pronounGender): it is only as sure as
// that resolution was, so it is a feature of the ranking, not a rule.
import type { Entity } from './discourse';
import NAMES from './lexicon/en/first-names.json';
import ROLES from './lexicon/en/gendered-roles.json';

const FEMALE_NAMES = new Set(NAMES.female);
const MALE_NAMES = new Set(NAMES.male);
const FEMALE_ROLES = new Set(ROLES.female);
const MALE_ROLES = new Set(ROLES.male);

/** The gender a first name or role word says, if it says one. */
export function genderOfWord(word: string): 'm' | 'f' | undefined {
  const w = word.toLowerCase();
  if (FEMALE_NAMES.has(w) || FEMALE_ROLES.has(w)) return 'f';
  if (MALE_NAMES.has(w) || MALE_ROLES.has(w)) return 'm';
  return undefined;
}

/** What the text says of an entity's gender (not counting pronouns resolved to it). */
export function genderOf(e: Entity): 'm' | 'f' | undefined {
  if (e.gender) return e.gender;
  if (e.kind !== 'person') return undefined;
  // A first name only when the name has a surname too ("Maria Lopez", not "Lopez"). It comes before a role
  // noun: "spokesman" is said of women too ("Trump spokesman Hope Hicks").
  if (e.tokens.length > 1) {
    const first = e.tokens[0];
    if (FEMALE_NAMES.has(first)) return 'f';
    if (MALE_NAMES.has(first)) return 'm';
  }
  for (const r of e.roles) {
    const last = r.slice(r.lastIndexOf(' ') + 1);
    if (FEMALE_ROLES.has(last)) return 'f';
    if (MALE_ROLES.has(last)) return 'm';
  }
  return undefined;
}
