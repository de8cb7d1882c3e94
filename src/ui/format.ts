// Words and numbers a reader sees: one place for every label, so the card, the popup and the exports agree.
import type { ClaimSource, CueKind, Form, Level, Quantity, SourceKind, Strength, Topic } from '../analysis/types';

export const LEVELS: Level[] = ['high', 'medium', 'low', 'none'];
export const FORMS: Form[] = ['figure', 'quote', 'statement'];
export const TOPICS: Topic[] = ['casualties', 'troops', 'weapons', 'displacement', 'money', 'other'];
export const STRENGTHS: Strength[] = ['on-record', 'anonymous', 'vague', 'none'];

export const LEVEL_WORDS: Record<Level, string> = {
  high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence', none: 'No source given',
};
export const LEVEL_SHORT: Record<Level, string> = { high: 'High', medium: 'Medium', low: 'Low', none: 'No source' };
export const FORM_WORDS: Record<Form, string> = { figure: 'Figure', quote: 'Quote', statement: 'Statement' };
export const TOPIC_WORDS: Record<Topic, string> = {
  casualties: 'Casualties', troops: 'Troops', weapons: 'Weapons', displacement: 'Displacement', money: 'Money', other: 'Other',
};
export const STRENGTH_WORDS: Record<Strength, string> = {
  'on-record': 'On record', anonymous: 'Anonymous', vague: 'Vague', none: 'Unsourced',
};
export const KIND_WORDS: Record<SourceKind, string> = {
  person: 'Person', organization: 'Organization', government: 'Government', outlet: 'News outlet',
  document: 'Document', anonymous: 'Anonymous source', vague: 'Vague attribution', author: 'The article’s author',
};
export const CUE_WORDS: Record<CueKind, string> = {
  'speech-verb': 'speech verb', 'according-to': '“according to”', 'reporting-noun': 'reporting noun',
  colon: 'colon', embed: 'embedded post', link: 'link', other: 'other cue',
};

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 0.8234 -> "82%"; anything outside 0..1 (or not a number) is clamped so the meter never lies about its range. */
export function percent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}

// Made on first use: constructing Intl formatters costs milliseconds, which every page would pay at injection.
let whole: Intl.NumberFormat | null = null;
let compact: Intl.NumberFormat | null = null;
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₴', '₽', '₩']);

/** 10000 -> "10,000"; 1.2e9 -> "1.2 billion" (digits stop being readable past a million). */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1_000_000) return (compact ??= new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })).format(n);
  return (whole ??= new Intl.NumberFormat('en', { maximumFractionDigits: 2 })).format(n);
}

function withUnit(n: number, unit: string | undefined): string {
  const num = formatNumber(n);
  if (!unit) return num;
  return CURRENCY_SIGNS.has(unit) ? `${unit}${num}` : `${num} ${unit}`;
}

/** "≈ 10,000", "at least 200", "up to 500", "200–500"; falls back to the quantity's own words. */
export function formatQuantity(q: Quantity): string {
  const has = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
  if (has(q.min) && has(q.max)) return `${q.approximate ? '≈ ' : ''}${withUnit(q.min, q.unit)}–${withUnit(q.max, q.unit)}`;
  if (has(q.min)) return `at least ${withUnit(q.min, q.unit)}`;
  if (has(q.max)) return `up to ${withUnit(q.max, q.unit)}`;
  if (has(q.value)) return `${q.approximate ? '≈ ' : ''}${withUnit(q.value, q.unit)}`;
  return q.text;
}

/** "KCNA, citing Kim Jong Un"; "No source" when the text credits no one. */
export function sourceLabel(source: ClaimSource | null): string {
  if (!source) return 'No source';
  return source.via ? `${source.name}, citing ${source.via.name}` : source.name;
}

/** Only http(s) URLs become links: a page could hand us javascript: or data: URLs. */
export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A readable date for an ISO 8601 string; the string itself when it does not parse. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  // A bare date is midnight UTC: showing it in UTC keeps it on the same day everywhere.
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(time);
}

const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“', '\'': '\'' };

/**
 * Shortens text for a list row without cutting a word, a number or a surrogate pair in half, and keeps a
 * quotation's closing mark so a shortened quote still reads as a quote: “He expressed serious concern…”.
 */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const close = OPEN_TO_CLOSE[flat[0]];
  const closing = close && flat.endsWith(close) && flat.length > 1 ? close : '';
  const budget = max - 1 - closing.length;
  let cut = flat.lastIndexOf(' ', budget);
  if (cut < budget * 0.6) {
    cut = budget; // one very long word: cut it, but never between the halves of a surrogate pair
    const code = flat.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  const head = flat.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, '');
  return `${head}…${closing}`;
}

/** The hostname of a URL, or undefined when there is none or it is not a URL. */
export function hostnameOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try { return new URL(url).hostname || undefined; } catch { return undefined; }
}
