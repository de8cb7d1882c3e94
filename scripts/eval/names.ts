// Judging the name a card shows against the name a careful reader gives. The eval scores what the reader sees:
// the source's canonical `name` after the engine resolved "he" or "the minister", never a span that merely overlaps
// where the text names the source (an overlapping "He" that the engine resolved to the wrong person is wrong).

/** Words that name nobody by themselves: a card that shows one of these has not resolved its source. */
const UNRESOLVED = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'whom', 'him', 'her', 'them', 'his', 'its', 'their', 'this',
  'that', 'one', 'someone', 'me', 'us', 'which',
]);

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** True when the name is only a pronoun ("He", "they"): nobody a reader can identify. */
export function isUnresolvedName(name: string): boolean {
  const n = normalizeName(name);
  return n === '' || UNRESOLVED.has(n);
}

/** Honorifics and titles a reader drops when comparing names ("Mr. Burman" is "Leonard E. Burman"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'sgt', 'rev', 'president', 'senator',
  'governor', 'representative', 'secretary', 'minister', 'general', 'judge', 'justice', 'mayor', 'chancellor',
  'professor',
]);

/** Generational suffixes: part of a name, not its head ("Brent Bozell III" is the "Bozell" of the next sentence). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The name's words, without leading titles and a trailing generational suffix. */
function words(name: string): string[] {
  const w = normalizeName(name).split(' ').filter(Boolean);
  let i = 0;
  while (i < w.length - 1 && TITLES.has(w[i])) i++;
  const end = w.length - i > 1 && SUFFIXES.has(w[w.length - 1]) ? w.length - 1 : w.length;
  return w.slice(i, end);
}

/** `short` is a run of `long`'s words ending on its last word. */
function endsWith(long: string[], short: string[]): boolean {
  return short.length > 0 && short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * A title and one word ("Mr. Lou", "Ms. Acosta") name the person whose full name holds that word anywhere: a title
 * goes with the family name, which stands first in a Chinese or Korean name ("Lou Jiwei") and is one of two in a
 * Spanish one ("Melba Acosta Febo"). Only with a title: a bare "Lou" is still not "Lou Jiwei".
 */
function titledFamilyName(titled: string, full: string[]): boolean {
  const all = normalizeName(titled).split(' ').filter(Boolean);
  const rest = words(titled);
  return all.length > rest.length && rest.length === 1 && full.length >= 2 && full.includes(rest[0]);
}

/**
 * Same canonical name, case and punctuation aside; a title or first name more or less is allowed: one name
 * may be a run of the other's words that ends on the same last word ("President Yoon Suk Yeol" = "Yoon
 * Suk Yeol", "Reeves" = "Eric Reeves"), never a different head ("Korea" is not "The Korea Times").
 */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length <= y.length ? endsWith(y, x) : endsWith(x, y)) return true;
  if (titledFamilyName(a, y) || titledFamilyName(b, x)) return true;
  // Two descriptions before one full name: "Rival Hillary Clinton" and "Democrat Hillary Clinton".
  return x.length >= 3 && y.length >= 3 && endsWith(x, y.slice(-2));
}

/**
 * A description rather than a name: its head word is lower-case ("the former president", "The Republican
 * presidential nominee"). PolNeAR labels who such a mention is only for pronouns, so for these the eval can check
 * only that the card stands on the labelled mention.
 */
export function isDescription(phrase: string): boolean {
  const head = phrase.trim().split(/\s+/).at(-1) ?? '';
  return /^\p{Ll}/u.test(head);
}

/**
 * The shown name is a proper name standing inside a longer labelled phrase: "Jason Miller" in "a spokesman for the
 * campaign, Jason Miller". Only capitalised names count, so "the campaign" inside that phrase is not the source.
 */
function properNameWithin(shown: string, phrase: string): boolean {
  const s = words(shown);
  const p = words(phrase);
  if (!s.length || !/\p{Lu}/u.test(shown) || s.length >= p.length) return false;
  for (let i = 0; i + s.length <= p.length; i++) if (s.every((w, j) => p[i + j] === w)) return true;
  return false;
}

/**
 * Names a label accepts. `strict` lists (a careful reader's referent plus the aliases a reader would accept) take the
 * shown name when it equals one of them or ends with one ("Senator Tim Kaine" for "Tim Kaine"); a shorter name counts
 * only when it is itself an alias, because the aliases leave out a surname that someone else in the article shares.
 */
export interface AcceptedNames { names: string[]; strict: boolean }

export function nameAccepted(shown: string, accepted: AcceptedNames): boolean {
  if (isUnresolvedName(shown)) return false;
  const s = words(shown);
  return accepted.names.some((name) => {
    if (accepted.strict) return endsWith(s, words(name));
    return sameName(shown, name) || properNameWithin(shown, name);
  });
}
