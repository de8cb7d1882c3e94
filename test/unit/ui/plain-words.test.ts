// What a reader is told about each claim, on real engine output (the demo article and saved news pages): one
// sentence on the source in plain words, reasons with no grammar terms, and no reason that contradicts another.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/analysis';
import { extractArticle } from '../../../src/page';
import { sourceSentence } from '../../../src/ui/explain';

const JARGON = /speech verb|reporting noun|appositive|participle|\bcue\b|resolved to|capped at|embedded post by|explicit/i;

function claimsOf(file: string) {
  const doc = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://news.example.com/a' }).window.document;
  const extraction = extractArticle(doc);
  return analyze(extraction.text, extraction.blocks);
}

const pages = ['test/fixtures/seed-article.html', ...readdirSync('test/fixtures/pages')
  .filter((f) => f.endsWith('.html') && !f.includes('.expected')).slice(0, 12).map((f) => `test/fixtures/pages/${f}`)];

describe('plain words on real claims', () => {
  const claims = pages.flatMap(claimsOf);

  it('reads enough claims to mean something', () => {
    expect(claims.length).toBeGreaterThan(100);
  });

  it('says in one sentence what the source is and why, with no grammar terms', () => {
    for (const c of claims) {
      const sentence = sourceSentence(c);
      expect(sentence, c.text).toMatch(/^This (figure|quotation|statement) (comes from|has no source)/);
      expect(sentence.match(/[.!?](\s|$)/g) ?? [], sentence).toHaveLength(1);
      expect(sentence, sentence).not.toMatch(JARGON);
      for (const r of c.reasons) expect(r, r).not.toMatch(JARGON);
    }
  });

  it('never gives contradictory reasons', () => {
    for (const c of claims) {
      const all = c.reasons.join(' | ');
      if (/without a name/.test(all)) expect(all, all).not.toMatch(/the source is a named/);
      if (c.source === null) expect(all, all).not.toMatch(/the source is/);
      if (c.source?.kind === 'anonymous') expect(all, all).not.toMatch(/named person|named organisation/);
    }
  });
});
