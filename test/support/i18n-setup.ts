// Unit and DOM tests render the interface outside the browser, where there is no browser.i18n: they read the
// English messages from _locales/en (the same file the extension ships), as an English browser would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogueSource, type LocaleMessages } from '../../src/ui/i18n-catalogue';
import { setMessageSource } from '../../src/ui/i18n';

export function localeMessages(locale: string): LocaleMessages {
  // Tests run from the project's root (a jsdom test's import.meta.url is not a file URL).
  return JSON.parse(readFileSync(path.resolve('src', '_locales', locale, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** Renders the interface in `locale` (a folder of _locales) until the next call. */
export function useLocale(locale: string): void {
  setMessageSource(catalogueSource(localeMessages(locale), locale));
}

useLocale('en');
