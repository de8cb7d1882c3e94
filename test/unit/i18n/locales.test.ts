// Every language has every message of English, with the same placeholders, none empty, and every plural form its
// language needs (Intl.PluralRules: Ukrainian and Russian one/few/many, French and Spanish a "many" for millions).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, type LocaleMessages } from '../../../src/ui/i18n-catalogue';
import { localeMessages } from '../../support/i18n-setup';

const LOCALES = ['en', 'de', 'fr', 'es', 'uk', 'ru'];
const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = localeMessages('en');
const pluralBases = new Set(Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.replace(PLURAL, '')));
const plain = Object.keys(en).filter((k) => !PLURAL.test(k));

/** Placeholder names used in a message and the substitution each stands for ("count=$1"). */
function placeholders(m: LocaleMessages[string]): string[] {
  const used = [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase());
  return [...new Set(used)].map((name) => `${name}=${Object.entries(m.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content}`).sort();
}

describe('_locales', () => {
  it('holds exactly the six languages, English the default', () => {
    expect(readdirSync('src/_locales').sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = localeMessages(locale);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

      it('has every message of English with the same placeholders, and nothing else', () => {
        for (const key of plain) {
          expect(messages[key], key).toBeDefined();
          expect(placeholders(messages[key]), key).toEqual(placeholders(en[key]));
        }
        const expected = new Set([...plain, ...[...pluralBases].flatMap((b) => categories.map((c) => `${b}_${c}`))]);
        expect(Object.keys(messages).filter((k) => !expected.has(k))).toEqual([]);
      });

      it('has every plural form of its language, each with the count', () => {
        for (const base of pluralBases) {
          for (const c of categories) {
            const m = messages[`${base}_${c}`];
            expect(m, `${base}_${c}`).toBeDefined();
            expect(placeholders(m), `${base}_${c}`).toEqual(placeholders(en[`${base}_other`]));
          }
        }
      });

      it('has no empty message and no placeholder left unfilled', () => {
        for (const [key, m] of Object.entries(messages)) {
          const subs = Array.from({ length: 9 }, (_, i) => `«${i + 1}»`);
          const shown = formatMessage(m, subs);
          expect(shown.trim(), key).not.toBe('');
          expect(shown, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
        }
      });
    });
  }

  it('the manifest names only messages that exist', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = readFileSync('manifest.json', 'utf8');
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) expect(en[key], key).toBeDefined();
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });
});
