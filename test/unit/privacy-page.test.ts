// The privacy policy inside the extension: one page per interface language, each the English page's structure (no
// statement dropped), in its own language, and naming every permission the manifest asks for, so that the policy
// cannot fall behind the manifest again (it once said nothing of `scripting`, `offscreen` or the optional host access).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeMessages } from '../support/i18n-setup';

const DIR = 'src/extension-pages/options';
const LOCALES = ['en', 'de', 'fr', 'es', 'uk', 'ru'];
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { permissions: string[]; optional_host_permissions?: string[] };

/** The page's element names in order: the same structure as the English page means the same sections and items. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]);

describe('the privacy policy', () => {
  const english = readFileSync(`${DIR}/privacy.html`, 'utf8');

  for (const locale of LOCALES) {
    it(`${locale}: the interface links to its own page, in its language, with every section and permission`, () => {
      const file = localeMessages(locale).optionsPrivacyPage?.message;
      expect(file).toMatch(/^privacy(\.[a-z]{2})?\.html$/);
      expect(existsSync(`${DIR}/${file}`), file).toBe(true);
      const html = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(html).toContain(`<html lang="${locale}">`);
      expect(tags(html)).toEqual(tags(english));
      for (const permission of manifest.permissions) expect(html, permission).toContain(`<code>${permission}</code>`);
      if (manifest.optional_host_permissions?.length) expect(html).toMatch(/http.*https/);
      if (locale !== 'en') expect(html).not.toContain('What it sends');
    });
  }
});
