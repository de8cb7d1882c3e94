// Words and numbers a reader sees: one place for every label, so the card, the popup and the exports agree.
import type { ClaimSource, CueKind, Form, Level, Quantity, SourceKind, Strength, Topic } from '../analysis/types';
import { localDate, localNumber, localized, t } from './i18n';

export const LEVELS: Level[] = ['high', 'medium', 'low', 'none'];
export const FORMS: Form[] = ['figure', 'quote', 'statement'];
export const TOPICS: Topic[] = ['casualties', 'troops', 'weapons', 'displacement', 'money', 'other'];
export const STRENGTHS: Strength[] = ['on-record', 'anonymous', 'vague', 'none'];

export const LEVEL_WORDS = localized<Level>({
  high: 'levelHigh', medium: 'levelMedium', low: 'levelLow', none: 'levelNone',
});
export const LEVEL_SHORT = localized<Level>({ high: 'levelHighShort', medium: 'levelMediumShort', low: 'levelLowShort', none: 'levelNoneShort' });
export const FORM_WORDS = localized<Form>({ figure: 'formFigure', quote: 'formQuote', statement: 'formStatement' });
export const TOPIC_WORDS = localized<Topic>({
  casualties: 'topicCasualties', troops: 'topicTroops', weapons: 'topicWeapons', displacement: 'topicDisplacement',
  money: 'topicMoney', other: 'topicOther',
});
export const STRENGTH_WORDS = localized<Strength>({
  'on-record': 'strengthOnRecord', anonymous: 'strengthAnonymous', vague: 'strengthVague', none: 'strengthNone',
});
export const KIND_WORDS = localized<SourceKind>({
  person: 'kindPerson', organization: 'kindOrganization', government: 'kindGovernment', outlet: 'kindOutlet',
  document: 'kindDocument', anonymous: 'kindAnonymous', vague: 'kindVague', author: 'kindAuthor',
});
export const CUE_WORDS = localized<CueKind>({
  'speech-verb': 'cueSpeechVerb', 'according-to': 'cueAccordingTo', 'reporting-noun': 'cueReportingNoun',
  colon: 'cueColon', embed: 'cueEmbed', link: 'cueLink', other: 'cueOther',
});

/** 0.8234 -> "82%"; anything outside 0..1 (or not a number) is clamped so the meter never lies about its range. */
export function percent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₴', '₽', '₩']);

/** 10000 -> "10,000" ("10.000" in German); 1.2e9 -> "1.2 billion" (digits stop being readable past a million). */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1_000_000) return localNumber(n, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  return localNumber(n, { maximumFractionDigits: 2 });
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
  if (has(q.min)) return t('quantityAtLeast', withUnit(q.min, q.unit));
  if (has(q.max)) return t('quantityUpTo', withUnit(q.max, q.unit));
  if (has(q.value)) return `${q.approximate ? '≈ ' : ''}${withUnit(q.value, q.unit)}`;
  return q.text;
}

/** "KCNA, citing Kim Jong Un"; "No source" when the text credits no one. */
export function sourceLabel(source: ClaimSource | null): string {
  if (!source) return t('levelNoneShort');
  return source.via ? t('sourceCiting', source.name, source.via.name) : source.name;
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
  return localDate(time, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
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
