// What a name names: an outlet, an organisation, a government (a country or capital speaks for its
// government) or a person; and the name mention itself, with titles stripped into roles and gender.
import type { SourceKind } from '../types';
import type { Token } from '../tokens';
import PLACES from '../lexicon/en/places.json';
import GROUPS from '../lexicon/en/groups.json';
import NOT_SOURCES from '../lexicon/en/not-sources.json';
import { COUNTRIES, GOVERNMENT_NAMES, ORG_WORDS, ORGANIZATIONS, OUTLETS, OUTLET_SUFFIXES, ROLE_NOUNS, TITLES } from '../lexicon';
import type { Mention } from './mention';
import { bare, joinTokens } from './words';
import { wordSet } from '../lexicon/load';

export const ACRONYM_RE = /^[A-Z][A-Z0-9.&]{1,7}$/;
/** States, cities, regions: a place named as a source speaks for its government; it is never a person. */
const PLACE_NAMES = new Set(PLACES.places);
const MEDIA = new Set(NOT_SOURCES.media);
const NEWS_AGENCY_BEFORE = wordSet('mentions', 'newsAgencyBefore');
const NAMED_GROUPS = new Set(GROUPS.namedGroups);

/** A medium that shows pictures ("TV", "the video"): what it shows is no one's finding. */
export function isMedium(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return MEDIA.has(words[words.length - 1]);
}

/** A country, state, city or region by name. */
export function isPlace(name: string): boolean {
  // The regexes only where they can match (coreference asks this of every candidate for every pronoun).
  let ln = name.toLowerCase();
  if (ln.startsWith('the')) ln = ln.replace(/^the\s+/, '');
  if (ln.endsWith('.')) ln = ln.slice(0, -1);
  return PLACE_NAMES.has(ln) || COUNTRIES.has(ln);
}

/** What kind of body a capitalised name is. */
export function kindOfName(lowerName: string, lastWord: string, prevWord: string, original: string): SourceKind {
  const ln = lowerName.replace(/^the\s+/, '');
  if (OUTLETS.has(ln)) return 'outlet';
  if (ORGANIZATIONS.has(ln)) return 'organization';
  if (COUNTRIES.has(ln) || GOVERNMENT_NAMES.has(ln) || PLACE_NAMES.has(ln.replace(/\.$/, ''))) return 'government';
  if (lastWord === 'agency') return NEWS_AGENCY_BEFORE.has(prevWord) ? 'outlet' : 'organization';
  if (OUTLET_SUFFIXES.has(lastWord) && ln.includes(' ')) return 'outlet';
  const words = ln.split(/\s+/);
  if (words.some((w) => w === 'ministry' || w === 'government' || w === 'department' || w === 'kremlin' || w === 'cabinet')) return 'government';
  if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (ACRONYM_RE.test(original)) return 'organization';
  return 'person';
}

interface Titles { k: number; roles: string[]; gender?: 'm' | 'f' }

/**
 * Leading titles of the name run toks[a..b], stripped unless the name is only titles ("President").
 * Words before the last title describe the role: "Chinese Foreign Minister Wang Tao" -> Wang Tao, a
 * "chinese foreign minister".
 */
function stripTitles(text: string, toks: Token[], a: number, b: number): Titles {
  const roles: string[] = [];
  let gender: 'm' | 'f' | undefined;
  let lastTitle = -1;
  for (let i = a; i < b; i++) if (TITLES.has(bare(toks[i].lw))) lastTitle = i;
  if (lastTitle < a) return { k: a, roles };
  const rest = joinTokens(text, toks, lastTitle + 1, b).toLowerCase();
  const restWords = rest.split(' ');
  if (kindOfName(rest, restWords[restWords.length - 1], restWords[restWords.length - 2] ?? '', rest) !== 'person' || ORG_WORDS.has(restWords[0])) return { k: a, roles };
  for (let i = a; i <= lastTitle; i++) {
    const tl = bare(toks[i].lw);
    if (tl === 'mr') gender = 'm';
    if (tl === 'mrs' || tl === 'ms' || tl === 'miss') gender = 'f';
    if (ROLE_NOUNS.has(tl)) roles.push(tl);
  }
  if (lastTitle > a) roles.push(joinTokens(text, toks, a, lastTitle).toLowerCase());
  return { k: lastTitle + 1, roles, gender };
}

/** Classifies the name run toks[a..b] within the noun phrase toks[npStart..npEnd]: strips titles, finds the kind. */
export function nameMention(text: string, toks: Token[], a: number, b: number, npStart: number, npEnd: number): Mention {
  const { k, roles, gender } = stripTitles(text, toks, a, b);
  const full = joinTokens(text, toks, a, b);
  const name = joinTokens(text, toks, k, b);
  const lastWord = bare(toks[b].lw);
  const prevWord = b > a ? bare(toks[b - 1].lw) : '';
  let kind = kindOfName(name.toLowerCase(), lastWord, prevWord, name);
  // "Senate Majority Leader Mitch McConnell": a body in the title does not make a full name behind it a body.
  const fullKind = kind === 'person' && (k === a || b - k < 1) ? kindOfName(full.toLowerCase(), lastWord, prevWord, full) : kind;
  if (fullKind !== 'person') kind = fullKind;
  // "The Post", "The Journal": a newspaper word alone after "the" is the paper, not a person.
  if (kind === 'person' && a === b && a > npStart && toks[a - 1].lw === 'the' && OUTLET_SUFFIXES.has(lastWord)) kind = 'outlet';
  return {
    s: toks[npStart].s, e: toks[npEnd].e, kind, form: 'name',
    name: kind === 'person' ? name : full.replace(/^the\s+/i, ''),
    nameTokens: (kind === 'person' ? name : full).toLowerCase().split(/\s+/).map(bare),
    roles, gender,
    // "Republicans", "House Democrats": a group of people, whom "they" may mean and "he" never.
    ...(kind === 'person' && NAMED_GROUPS.has(lastWord) ? { plural: true } : {}),
  };
}
