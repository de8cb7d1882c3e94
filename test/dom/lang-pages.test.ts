// The real pages in other languages (test/fixtures/pages): read as the extension reads them (src/page, the
// page's <html lang>), the engine never throws, reads no date or year as a figure, says which language it read;
// on the French page (lang="en" declared, French text) the figures are measured against labels written by
// reading the text (test/fixtures/languages/pages.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page';
import { analysisLanguage, analyze } from '../../src/analysis/index';
import { documentFromHtml, FIXTURES } from './load-page';

const PAGES = ['aktualne', 'folha', 'liberation-1', 'nytimes-5', 'qq', 'yahoo-4'];
const MONTHS = /^[\s\u00a0.]*(?:de\s+)?(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mär|apr|may|jun|jul|aug|sep|okt|dez|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ledn|únor|březn|dub|květ|červ|srp|září|říj|listop|prosin|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)/iu;
const LABELS = JSON.parse(readFileSync(path.join(FIXTURES, 'languages/pages.json'), 'utf8')) as Record<string, { lang: string; figures: number[] }>;

const cache = new Map<string, ReturnType<typeof readPage>>();
function read(name: string) {
  if (!cache.has(name)) cache.set(name, readPage(name));
  return cache.get(name)!;
}

function readPage(name: string) {
  const doc = documentFromHtml(readFileSync(path.join(FIXTURES, 'pages', `${name}.html`), 'utf8'), `https://example.org/${name}`);
  const { text, blocks } = extractArticle(doc);
  const lang = doc.documentElement.getAttribute('lang');
  return { text, blocks, lang, claims: analyze(text, blocks, { lang }), language: analysisLanguage(text, { lang }) };
}

describe('real pages in other languages', () => {
  it.each(PAGES)('%s: no throw, no date or year read as a figure', (name) => {
    const { text, claims } = read(name);
    for (const c of claims.filter((x) => x.form === 'figure')) {
      const after = text.slice(c.end, c.end + 14);
      expect(MONTHS.test(after), `"${c.text}" before "${after}"`).toBe(false);
      expect(/^(?:19|20)\d\d$/.test(c.text.trim()), c.text).toBe(false);
    }
  });

  it('the language each page is read in, and what it gets', () => {
    const got = Object.fromEntries(PAGES.map((n) => [n, read(n).language]));
    expect(got).toMatchObject({
      aktualne: { code: 'cs', support: 'figures' },
      folha: { code: 'pt', support: 'figures' },
      'liberation-1': { code: 'fr', support: 'full' },
      'nytimes-5': { code: 'es', support: 'full' },
    });
  });

  it('a page read for figures only credits nobody from its own words', () => {
    const { claims } = read('folha');
    expect(claims.filter((c) => c.form !== 'figure' && c.cue?.kind !== 'embed')).toEqual([]);
  });

  it('liberation-1: figures against the labels (recall and precision at least 0.9)', () => {
    const { claims } = read('liberation-1');
    const want = [...LABELS['liberation-1'].figures];
    const found = claims.filter((c) => c.form === 'figure').map((c) => c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max);
    let right = 0;
    for (const v of found) {
      const i = want.indexOf(v as number);
      if (i >= 0) { right++; want.splice(i, 1); }
    }
    const recall = right / LABELS['liberation-1'].figures.length;
    const precision = right / found.length;
    console.log(`liberation-1 figures: recall ${right}/${LABELS['liberation-1'].figures.length}, precision ${right}/${found.length}; missed ${JSON.stringify(want)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
