// The names of the page's highlights (`CSS.highlights` is the page's own registry, and `::highlight(name)` the
// page's own selector). Fixed names ("sourcemark-low") let any page detect the extension or style our marks, so
// each page load draws with names of its own: eleven independent random identifiers, no shared prefix, made
// from crypto.getRandomValues in the content script's isolated world. Per page load rather than per install:
// a name that stayed the same on every site would be a tracking identifier readable by every page.
import type { Level } from '../analysis/types';

export const HIGHLIGHT_LEVELS: readonly Level[] = ['high', 'medium', 'low', 'none'];
/** The marks drawn while a card is open or a claim is being shown; painted above the level colours. */
export const HIGHLIGHT_MARKS = ['focus', 'mention', 'flash'] as const;
export type Mark = typeof HIGHLIGHT_MARKS[number];

export type HighlightKey = Level | `contrast-${Level}` | Mark;
export type HighlightNames = Readonly<Record<HighlightKey, string>>;

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [
  ...HIGHLIGHT_LEVELS, ...HIGHLIGHT_LEVELS.map((l) => `contrast-${l}` as const), ...HIGHLIGHT_MARKS,
];

/** A CSS identifier that cannot collide with a selector keyword: a letter, then letters and digits. */
const NAME = /^[a-z][a-z0-9]{9,31}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const NAME_LENGTH = 12;

export type RandomBytes = (bytes: Uint8Array) => Uint8Array;
const cryptoBytes: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

/** One random name: a letter, then 11 letters or digits (about 57 bits; bytes mod 26/36 keep it simple, not uniform). */
function randomName(random: RandomBytes): string {
  const bytes = random(new Uint8Array(NAME_LENGTH));
  let name = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < NAME_LENGTH; i++) name += ALPHABET[bytes[i] % ALPHABET.length];
  return name;
}

/** A fresh set of names, all different, none already taken in the page's registry (`taken`). */
export function randomHighlightNames(random: RandomBytes = cryptoBytes, taken: (name: string) => boolean = () => false): HighlightNames {
  const used = new Set<string>();
  const names = {} as Record<HighlightKey, string>;
  for (const key of HIGHLIGHT_KEYS) {
    let name = randomName(random);
    while (used.has(name) || taken(name)) name = randomName(random);
    used.add(name);
    names[key] = name;
  }
  return names;
}

/** The key of a level's highlight, in normal or high contrast. */
export function levelKey(level: Level, highContrast: boolean): HighlightKey {
  return highContrast ? `contrast-${level}` : level;
}

/** Whether a message's names are a full, valid set: they go into a stylesheet, so nothing else gets through. */
export function isHighlightNames(value: unknown): value is HighlightNames {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length !== HIGHLIGHT_KEYS.length) return false;
  const names = HIGHLIGHT_KEYS.map((key) => record[key]);
  return names.every((n) => typeof n === 'string' && NAME.test(n)) && new Set(names).size === names.length;
}
