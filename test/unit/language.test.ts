import { describe, expect, it } from 'vitest';
import { blockLanguage, guessLanguage, languageInfo, pageLanguage, PageWords, primaryLanguage } from '../../src/analysis/language';
import { analysisLanguage, analyze } from '../../src/analysis/index';

const SAMPLES: Record<string, string> = {
  en: 'The minister said on Monday that the government would not cut the aid it had promised to the army, and that it was ready to talk.',
  de: 'Der Minister sagte am Montag, dass die Regierung die Hilfe für die Armee nicht kürzen werde und dass sie zu Gesprächen bereit sei.',
  fr: 'Le ministre a déclaré lundi que le gouvernement ne réduirait pas l’aide promise à l’armée et qu’il était prêt à discuter avec les syndicats.',
  es: 'El ministro dijo el lunes que el Gobierno no recortará la ayuda prometida al ejército y que está dispuesto a negociar con los sindicatos.',
  pt: 'O ministro disse na segunda-feira que o governo não vai cortar a ajuda prometida ao exército e que está pronto para negociar com os sindicatos.',
  uk: 'Міністр заявив у понеділок, що уряд не скоротить допомогу армії, яку він обіцяв, і що він готовий до переговорів із профспілками.',
  ru: 'Министр заявил в понедельник, что правительство не сократит помощь армии, которую оно обещало, и что оно готово к переговорам с профсоюзами.',
};

describe('language of a text', () => {
  it.each(Object.entries(SAMPLES))('reads %s', (lang, text) => {
    expect(guessLanguage(text)?.lang).toBe(lang);
  });

  it('reads a quotation in the first person as English (\'i\' is a Polish word too)', () => {
    expect(guessLanguage('I disavow. I disavowed him. I disavowed him and I always will.')?.lang).toBe('en');
    expect(guessLanguage('"I think I did and I will again," the senator said to reporters on Sunday.')?.lang).toBe('en');
  });

  it('primary subtag of a declared language', () => {
    expect(primaryLanguage('de-AT')).toBe('de');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage(' FR ')).toBe('fr');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('not a tag')).toBeNull();
    expect(primaryLanguage(undefined)).toBeNull();
  });

  it('the page: declared first, the text when it clearly says otherwise, else "und"', () => {
    expect(pageLanguage('de', 'Kurz.')).toBe('de');
    // A template's lang="en" on a French article (liberation-1 does this): the text wins.
    expect(pageLanguage('en', `${SAMPLES.fr} ${SAMPLES.fr} ${SAMPLES.fr}`)).toBe('fr');
    // A short text proves little against the declared language.
    expect(pageLanguage('es', 'La jueza declaró que la sentencia es firme.')).toBe('es');
    expect(pageLanguage(null, SAMPLES.uk)).toBe('uk');
    expect(pageLanguage(null, '12 345')).toBe('und');
  });

  it('a block in another language than its page', () => {
    const text = `${SAMPLES.en}\n${SAMPLES.ru}`;
    const ruStart = SAMPLES.en.length + 1;
    expect(blockLanguage(text, 0, SAMPLES.en.length, 'en')).toBe('en');
    expect(blockLanguage(text, ruStart, text.length, 'en')).toBe('ru');
    expect(blockLanguage(text, ruStart, ruStart + 12, 'en')).toBe('en');
  });

  it('a block judged from the words the page check kept gets what reading it again gets', () => {
    // Blocks starting inside a word, inside a surrogate pair, past the page check's 600 words, on a word or a space.
    const parts = [SAMPLES.en, SAMPLES.ru, `𝐀𝐁 ${SAMPLES.de}`, SAMPLES.uk, 'Nein nein nein nein.', SAMPLES.fr];
    const text = Array.from({ length: 40 }, (_, k) => parts[k % parts.length]).join('\n');
    for (const declared of ['en', 'de', null]) {
      const words = new PageWords(text);
      const page = pageLanguage(declared, text, words);
      expect(page).toBe(pageLanguage(declared, text));
      let checked = 0;
      for (let start = 0; start < text.length; start += 7) {
        for (const length of [1, 12, 90, 400, 2000]) {
          const end = Math.min(text.length, start + length);
          expect(blockLanguage(text, start, end, page, words)).toBe(blockLanguage(text, start, end, page));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(3000);
      // The page check kept its 600 words; the blocks after them were read again.
      expect(words.n).toBe(600);
      expect(words.covered).toBeLessThan(text.length - 1000);
    }
  });

  it('a language without a lexicon gets figures only, and says so', () => {
    expect(languageInfo('pt')).toEqual({ code: 'pt', support: 'figures' });
    expect(languageInfo('de')).toEqual({ code: 'de', support: 'full' });
    expect(analysisLanguage(SAMPLES.pt, { lang: 'pt-BR' })).toEqual({ code: 'pt', support: 'figures' });
    const claims = analyze('O ministro disse que 3.000 soldados foram enviados para a fronteira, segundo o governo.', undefined, { lang: 'pt' });
    expect(claims.map((c) => [c.form, c.quantity?.value, c.source])).toEqual([['figure', 3000, null]]);
  });

  it('a mixed page: the Russian block gets its Russian source, the English one its English source', () => {
    const en = 'The mayor said that 40 people had been evacuated from the flooded district overnight.';
    const ru = '«Ситуация под контролем», — сказал губернатор Алексей Дюмин журналистам в понедельник вечером в Курске.';
    const text = `${en}\n${ru}`;
    const claims = analyze(text, undefined, { lang: 'en' });
    expect(claims.find((c) => c.form === 'quote')?.source?.name).toBe('Алексей Дюмин');
    expect(claims.find((c) => c.form === 'statement')?.source?.name.toLowerCase()).toContain('mayor');
  });
});
