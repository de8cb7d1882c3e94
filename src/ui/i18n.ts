// The extension's own words in the reader's language. Messages live in _locales/<lang>/messages.json and are read
// through the browser's i18n API (it picks the browser's interface language, falling back to English), which
// works in every context: extension pages, the background and the content script. Counts take the plural form
// of that language (keys `<base>_one`, `_few`, `_many`, `_other`... as Intl.PluralRules names them: Ukrainian
// and Russian have three forms, French and Spanish a "many" for millions), and numbers and dates are written by
// Intl in that same language, so "1.234 Aussagen" and "3. März" agree with the words around them.
// The command-line tool does not use this module: it stays English.

type Catalogue = typeof import('../_locales/en/messages.json');
type AnyKey = Extract<keyof Catalogue, string>;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key of a message without plural forms. */
export type MessageKey = Exclude<AnyKey, `${string}_${PluralSuffix}`>;
/** The base of a message with plural forms ("claimCount" for claimCount_one, claimCount_other...). */
export type PluralKey = AnyKey extends infer K ? K extends `${infer B}_other` ? B : never : never;

/** What the browser's i18n API gives (and what tests and tools can stand in for it). */
export interface MessageSource {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

type Sub = string | number;

let installed: MessageSource | null = null;

function browserSource(): MessageSource | null {
  const g = globalThis as { browser?: { i18n?: MessageSource }; chrome?: { i18n?: MessageSource } };
  return g.browser?.i18n?.getMessage ? g.browser.i18n : g.chrome?.i18n?.getMessage ? g.chrome.i18n : null;
}

function source(): MessageSource | null {
  return installed ?? browserSource();
}

/** Replaces the browser's messages (unit tests, and pages rendered outside the extension). */
export function setMessageSource(next: MessageSource | null): void {
  installed = next;
  formats.clear();
}

/** The reader's interface language as a BCP 47 tag ("de", "pt-BR"); "en" outside the browser. */
export function uiLocale(): string {
  const tag = source()?.getUILanguage()?.replace(/_/g, '-');
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : 'en';
  } catch {
    return 'en';
  }
}

// Intl objects cost a few milliseconds to build: one of each per locale and options, made on first use.
const formats = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(id: string, make: (locale: string) => T): T {
  const locale = uiLocale();
  const key = `${locale}|${id}`;
  let f = formats.get(key) as T | undefined;
  if (!f) {
    f = make(locale);
    formats.set(key, f);
  }
  return f;
}

/** A number in the reader's locale: 10000 -> "10,000" (en), "10.000" (de), "10 000" (fr, uk, ru). */
export function localNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n${JSON.stringify(options)}`, (l) => new Intl.NumberFormat(l, options)).format(n);
}

/** A whole percentage in the reader's locale: 82 -> "82%" (en), "82 %" (de, fr). */
export function localPercent(pct: number): string {
  return localNumber(pct / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** A date in the reader's locale. */
export function localDate(time: number, options: Intl.DateTimeFormatOptions): string {
  return cached(`d${JSON.stringify(options)}`, (l) => new Intl.DateTimeFormat(l, options)).format(time);
}

/** A language's name in the reader's language: "pt" -> "Portuguese" (en), "Portugiesisch" (de); the code when unknown. */
export function localLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function text(sub: Sub): string {
  return typeof sub === 'number' ? localNumber(sub) : sub;
}

/** The message in the reader's language with its placeholders filled (numbers written in that language). */
export function t(key: MessageKey, ...subs: Sub[]): string {
  return lookup(key, subs.map(text)) || key;
}

/** A count's message in the right plural form: tn('claimCount', 3) -> "3 claims", "3 заяви". The count is the first placeholder. */
export function tn(base: PluralKey, count: number, ...more: Sub[]): string {
  const category = cached('p', (l) => new Intl.PluralRules(l)).select(count);
  const subs = [localNumber(count), ...more.map(text)];
  return lookup(`${base}_${category}`, subs) || lookup(`${base}_other`, subs) || base;
}

function lookup(key: string, subs: string[]): string {
  const s = source();
  if (!s) return '';
  try {
    return s.getMessage(key, subs);
  } catch {
    return ''; // an orphaned content script's API throws: the caller shows the key rather than break the card
  }
}

/**
 * A record of words read at the moment they are used (`LEVEL_WORDS.high`), so modules that hold such tables can be
 * loaded before the messages are available and still speak the reader's language.
 */
export function localized<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) Object.defineProperty(out, k, { get: () => t(keys[k]), enumerable: true });
  return out;
}
