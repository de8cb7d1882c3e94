import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';

// Constructions the articles showed the language rules missing (issue 11), each in sentences of their own.
function sources(text: string, lang: string): string[] {
  return analyze(text, undefined, { lang }).filter((c) => c.form !== 'figure').map((c) => `${c.form}:${c.source?.name ?? '-'}`);
}

describe('more cues in de, fr, es, uk, ru', () => {
  it('a pronoun after a postposed verb is the whole source (de)', () => {
    expect(sources('Die Ärztin Eva Brandt kam am Morgen. „Wir sind am Limit“, sagte sie der Zeitung.', 'de')).toEqual(['quote:Eva Brandt']);
  });

  it('"nach eigenen Angaben" in mid-sentence credits the subject, as "laut eigenen Angaben" does (de)', () => {
    const claims = analyze('Die Feuerwehr hat nach eigenen Angaben 35 Menschen gerettet.', undefined, { lang: 'de' });
    expect(claims.map((c) => [c.form, c.source?.name])).toEqual([['statement', 'Feuerwehr'], ['figure', 'Feuerwehr']]);
  });

  it('a definite role noun means the person named before (de)', () => {
    expect(sources('„Wir bauen neu“, sagte Landrat Paul Neumann. Die Kosten seien gedeckt, fügte der SPD-Politiker hinzu.', 'de'))
      .toEqual(['quote:Paul Neumann', 'statement:Paul Neumann']);
  });

  it('a German day ordinal before a month does not end the sentence', () => {
    expect(sources('Ministerin Lea Roth kündigte am 3. Mai an, die Schulen würden saniert.', 'de')).toEqual(['statement:Lea Roth']);
  });

  it('a participle or a coordinated verb keeps the speaker (fr, es)', () => {
    expect(sources('Le maire, Paul Girard, a annoncé la fermeture du pont, ajoutant que les travaux dureraient un an.', 'fr'))
      .toContain('statement:Paul Girard');
    const ugt = analyze('El sindicato UGT criticó que el plan llega tarde y recordó que faltan médicos en la región.', undefined, { lang: 'es' });
    expect(ugt.map((c) => [c.text, c.source?.name])).toEqual([['el plan llega tarde', 'sindicato UGT'], ['faltan médicos en la región', 'sindicato UGT']]);
  });

  it('a quotation with no named subject in Spanish is the last speaker\'s', () => {
    expect(sources('La ministra Ana Ruiz visitó el hospital. «Vamos a contratar más personal», aseguró.', 'es')).toEqual(['quote:Ana Ruiz']);
  });

  it('"según" before a verb, and data published by someone (es)', () => {
    expect(sources('El tráfico se normalizará el lunes, según indicó su portavoz, Luis de la Fuente.', 'es')).toEqual(['statement:Luis de la Fuente']);
    expect(sources('El paro bajó en marzo, según los datos publicados ayer por el Ministerio de Trabajo.', 'es')).toEqual(['statement:Ministerio de Trabajo']);
  });

  it('before a plural figure verb with no subject, the first word is what is counted, not who speaks (uk, ru)', () => {
    expect(sources('Втрати оцінюють у 3 мільйони гривень, повідомили в міністерстві.', 'uk')).toEqual(['statement:міністерстві']);
    expect(sources('Потери оценивают в 4 миллиона рублей, сообщили в министерстве.', 'ru')).toEqual(['statement:министерстве']);
    // A group that speaks stays the speaker.
    expect(sources('Экономисты оценивают потери в 5 миллионов рублей.', 'ru')).toEqual(['statement:Экономисты']);
  });

  it('a reporter citing someone ("со ссылкой на", "з посиланням на") is one claim, the reporter\'s, citing them (ru, uk)', () => {
    const ru = analyze('В городе нет света, сообщило агентство Интерфакс со ссылкой на источник в мэрии.', undefined, { lang: 'ru' });
    expect(ru.map((c) => [c.text, c.source?.name, c.source?.via?.name])).toEqual([['В городе нет света', 'агентство Интерфакс', 'источник']]);
    const uk = analyze('У місті немає світла, повідомило агентство Укрінформ з посиланням на джерело в міськраді.', undefined, { lang: 'uk' });
    expect(uk.map((c) => [c.text, c.source?.name, c.source?.via?.name])).toEqual([['У місті немає світла', 'агентство Укрінформ', 'джерело']]);
  });

  it('fronted, "З посиланням на X видання пише" is the outlet citing X (uk)', () => {
    const uk = analyze('З посиланням на Генштаб ЗСУ видання пише, що знищено 40 дронів.', undefined, { lang: 'uk' });
    expect(uk.filter((c) => c.form !== 'figure').map((c) => [c.source?.name, c.source?.via?.name])).toEqual([['видання', 'Генштаб ЗСУ']]);
  });

  it('"за її словами", "по его словам": the pronoun inside the phrase (uk, ru)', () => {
    expect(sources('Лікарка Ірина Мельник приїхала до лікарні. За її словами, місць уже немає.', 'uk')).toEqual(['statement:Ірина Мельник']);
    expect(sources('Мэр Олег Петров провел совещание. По его словам, дороги откроют к утру.', 'ru')).toEqual(['statement:Олег Петров']);
  });

  it('a place before the verb is not its subject, a body is (uk)', () => {
    expect(sources('Речниця Ольга Левченко на брифінгу в Києві сказала, що рішення ухвалять завтра.', 'uk')).toEqual(['statement:Ольга Левченко']);
    expect(sources('У ДСНС повідомили, що пожежу загасили.', 'uk')).toEqual(['statement:ДСНС']);
  });

  it('a Ukrainian surname in -ко named in the genitive', () => {
    expect(sources('Міністр Петро Шевченко приїхав до Львова. Ремонт завершать у травні, за словами Шевченка.', 'uk')).toEqual(['statement:Петро Шевченко']);
  });

  it('a name after its title is the sentence\'s subject, and the title may say the gender (de, fr)', () => {
    expect(sources('„Wir helfen“, sagte Landrat Paul Neumann. Bürgermeisterin Eva Kraus besuchte die Schule. „Das war knapp“, sagte sie.', 'de'))
      .toEqual(['quote:Paul Neumann', 'quote:Eva Kraus']);
    expect(sources("« Nous tenons », a dit le préfet, Paul Roux. Le ministre, Marc Petit, est arrivé mardi. Il a déclaré : « Nous restons. »", 'fr'))
      .toEqual(['quote:Paul Roux', 'quote:Marc Petit']);
  });
});
