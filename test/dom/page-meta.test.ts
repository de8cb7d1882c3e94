// Page metadata on the real pages, against Readability's own metadata for them (a reference, not gospel:
// it reads titles from <title> and bylines as printed), plus the byline clean-up on its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/page';
import { cleanAuthor, declaredLanguage } from '../../src/page/meta';
import { documentFromHtml, FIXTURES } from './load-page';

const PAGES = path.join(FIXTURES, 'pages');
interface Entry { name: string; file: string; expected_metadata: string }
interface Reference { title: string | null; siteName: string | null; publishedTime: string | null; byline: string | null }
const index: Entry[] = JSON.parse(readFileSync(path.join(PAGES, 'index.json'), 'utf8'));

const norm = (s: string | null | undefined) => (s ?? '').replace(/^(?:by|par|por)\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
const agrees = (a: string | null, b: string | null) => {
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
};

describe('page metadata on real pages', () => {
  const rows = index.map((entry) => {
    const doc = documentFromHtml(readFileSync(path.join(PAGES, entry.file), 'utf8'), `https://example.org/${entry.name}`);
    const ref: Reference = JSON.parse(readFileSync(path.join(PAGES, entry.expected_metadata), 'utf8'));
    return { name: entry.name, meta: extractMeta(doc, doc.URL), ref };
  });

  // Measured, where Readability has a value: title 29/30 (theverge: og:title differs from <title>), publisher
  // 23/23, published date 10/11 (NBC's article:published_time is its update time), author 22/26.
  it('agrees with Readability on titles, publishers, dates and authors', () => {
    const share = (field: (r: (typeof rows)[number]) => [string | null, string | null], same = agrees) => {
      const comparable = rows.filter((r) => field(r)[1] !== null);
      const ok = comparable.filter((r) => same(...field(r)));
      const misses = comparable.filter((r) => !same(...field(r))).map((r) => `${r.name}: ${JSON.stringify(field(r))}`);
      return { share: ok.length / comparable.length, line: `${ok.length}/${comparable.length}`, misses };
    };
    const title = share((r) => [r.meta.title, r.ref.title]);
    const publisher = share((r) => [r.meta.publisher, r.ref.siteName]);
    const date = share((r) => [r.meta.published, r.ref.publishedTime], (a, b) => (a ?? '').slice(0, 10) === (b ?? '').slice(0, 10));
    const author = share((r) => [r.meta.author, r.ref.byline]);
    console.log([`title ${title.line}`, `publisher ${publisher.line}`, `published ${date.line}`, `author ${author.line}`].join(', '));
    console.log([...title.misses, ...publisher.misses, ...date.misses, ...author.misses].join('\n'));
    expect(title.share).toBeGreaterThanOrEqual(0.9);
    expect(publisher.share).toBeGreaterThanOrEqual(0.9);
    expect(date.share).toBeGreaterThanOrEqual(0.85);
    expect(author.share).toBeGreaterThanOrEqual(0.75);
  });

  it('never gives an author that is a URL, a date or a whole sentence', () => {
    for (const { meta } of rows) {
      if (meta.author === null) continue;
      expect(meta.author).not.toMatch(/^https?:|\d{4}|\d:\d\d/);
      expect(meta.author.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('cleanAuthor', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Dan Goodin - Apr 16, 2015 8:02 pm UTC', 'Dan Goodin'],
    ['Steven Musil January 18, 2017 11:00 PM PST @stevenmusil', 'Steven Musil'],
    ['By GILLIAN MOHNEY\n   March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Maria Ressa | Rappler', 'Maria Ressa'],
    ['Brenda Goodman, MA', 'Brenda Goodman, MA'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ['http://www.liberation.fr/auteur/2005-afp', null],
    ['   ', null],
    ['12:30', null],
  ])('%j gives %j', (raw, want) => {
    expect(cleanAuthor(raw)).toBe(want);
  });
});

describe('declaredLanguage', () => {
  const page = (head: string, html = '<html>') => documentFromHtml(`<!doctype html>${html}<head>${head}</head><body><p>x</p></body></html>`);
  it.each([
    ['<html lang> first', page('<meta property="og:locale" content="fr_FR">', '<html lang="de-AT">'), 'de-AT'],
    ['then og:locale', page('<meta property="og:locale" content="pt_BR"><meta http-equiv="content-language" content="es">'), 'pt_BR'],
    ['then a content-language meta (its first language)', page('<meta http-equiv="Content-Language" content="cs, en">'), 'cs'],
    ['none said', page('<meta name="description" content="x">'), null],
    ['an empty lang says nothing', page('<meta property="og:locale" content="uk_UA">', '<html lang="  ">'), 'uk_UA'],
  ])('%s', (_name, doc, want) => {
    expect(declaredLanguage(doc)).toBe(want);
  });
});
