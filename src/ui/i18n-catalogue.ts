// A MessageSource over a messages.json object, with the browser's substitution rules: "$name$" is the named
// placeholder, whose content "$1".."$9" is the n-th substitution, and "$$" is a dollar sign. Unit tests use it to
// render the interface in any of its languages, and the locale test to check what each message would show.
import type { MessageSource } from './i18n';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

function fill(content: string, subs: readonly string[]): string {
  return content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The message with its placeholders filled, as browser.i18n.getMessage returns it ("" when there is none). */
export function formatMessage(entry: LocaleMessage | undefined, subs: readonly string[] = []): string {
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (whole === '$$') return '$';
    if (digit) return subs[Number(digit) - 1] ?? '';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? whole : fill(content, subs);
  });
}

export function catalogueSource(messages: LocaleMessages, locale: string): MessageSource {
  return {
    getMessage: (key, substitutions = []) => formatMessage(messages[key], substitutions),
    getUILanguage: () => locale,
  };
}
