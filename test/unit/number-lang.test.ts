import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analysis/numbers';

const read = (text: string, lang: string) => findQuantities(text, 0, lang).map((q) => [q.text, q.quantity.value ?? q.quantity.min ?? q.quantity.max]);

describe('figures in each language’s number format', () => {
  it.each([
    ['de', 'Es kamen 3.000 Menschen.', [['3.000', 3000]]],
    ['de', 'Die Inflation lag bei 3,5 Prozent.', [['3,5 Prozent', 3.5]]],
    ['es', 'Llegaron 3.000 personas y el paro es del 3,5 %.', [['3.000', 3000], ['3,5 %', 3.5]]],
    ['fr', 'Il y a 3 000 habitants.', [['3 000', 3000]]],
    ['fr', 'Il y a 3\u00a0000 habitants.', [['3\u00a0000', 3000]]],
    ['fr', 'Il y a 3\u202f000 habitants.', [['3\u202f000', 3000]]],
    ['ru', 'В городе 3\u2009000 жителей.', [['3\u2009000', 3000]]],
    ['uk', 'Виторг склав 1,2 млрд гривень.', [['1,2 млрд гривень', 1.2e9]]],
    ['en', 'It cost 3.000 dollars.', [['3.000 dollars', 3]]],
  ])('%s: %s', (lang, text, want) => {
    expect(read(text, lang)).toEqual(want);
  });
});

describe('number words', () => {
  it.each([
    ['de', 'Tausende Menschen demonstrierten.', 2000],
    ['de', 'Zehntausende sind ohne Strom.', 20000],
    ['fr', 'Des centaines de personnes ont fui.', 200],
    ['fr', 'Des dizaines de milliers de personnes sont sans abri.', 20000],
    ['es', 'Miles de personas se manifestaron.', 2000],
    ['uk', 'Тисячі людей вийшли на протест.', 2000],
    ['uk', 'Там живуть мільйони людей.', 2e6],
    ['ru', 'Десятки тысяч человек остались без света.', 20000],
    ['ru', 'Более шести миллионов человек покинули страну.', 6e6],
    ['uk', 'Постраждали шестеро людей.', 6],
  ])('%s: %s', (lang, text, value) => {
    expect(read(text, lang).map((r) => r[1])).toEqual([value]);
  });
});

describe('dates, times, years, ages and scores are not figures', () => {
  it.each([
    ['de', 'Am 12. März 2023 um 18.30 Uhr begann das Spiel, es endete 2:1.'],
    ['de', 'Der 34-jährige Mann war drei Wochen unterwegs.'],
    ['fr', 'Le 1er janvier 2024 à 18 h 30, il avait 34 ans.'],
    ['es', 'El 5 de enero de 2016, a las 10.00 horas, el partido terminó 2-1.'],
    ['uk', '3 жовтня 2023 року о 10:00 місто відзначило ювілей.'],
    ['ru', '24 февраля 2022 года в 10:00 ему было 34 года.'],
    ['ru', 'Дом построили в 1895 году, путешествие длилось три недели.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
});
