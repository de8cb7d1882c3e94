// The engine's reasons in the reader's language: every sentence shape the engine writes (each branch of
// src/analysis/confidence.ts, driven through score() and unattributed(), and every reason on the demo article and
// saved pages) is recognised, reads back as exactly the engine's English, and reads in each other language with the
// article's words kept. A new wording in the engine fails here until reason-words.ts knows it.
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { score, unattributed, type AttributionFeatures } from '../../../src/analysis/confidence';
import type { SourceKind } from '../../../src/analysis/types';
import { extractArticle } from '../../../src/page';
import { localReason, reasonMessage } from '../../../src/ui/reason-words';
import { useLocale } from '../../support/i18n-setup';

afterEach(() => useLocale('en'));

const BASE: AttributionFeatures = {
  form: 'statement', cueKind: 'speech-verb', cueText: 'said', weakCue: false, position: 'before', otherSentence: false,
  resolution: 'name', mentionText: 'Olena Kovalenko', sourceName: 'Olena Kovalenko', sourceKind: 'person', genericMention: false,
  indirect: false, hedge: null, ambiguousClause: false, continued: false, impersonal: false, contentLength: 40, resolveP: 1, alternatives: [],
};
const KINDS: SourceKind[] = ['person', 'organization', 'government', 'outlet', 'document', 'anonymous', 'vague', 'author'];

/** One variation per branch of the engine's reasons. */
const VARIANTS: Array<Partial<AttributionFeatures>> = [
  {}, { otherSentence: true }, { cueKind: 'according-to', cueText: 'according to' }, { cueKind: 'reporting-noun', cueText: 'a report by' },
  { cueKind: 'colon', cueText: ':' }, { cueKind: 'embed', cueText: '' }, { cueKind: 'link', cueText: '' }, { cueKind: 'context', cueText: '' },
  { cueKind: 'other', cueText: 'in the view of' }, { cueKind: null, cueText: '' }, { weakCue: true, cueText: 'shows' },
  { form: 'quote' }, { form: 'quote', continued: true }, { form: 'figure' },
  { resolution: 'pronoun', mentionText: 'She', resolveP: 0.73, alternatives: ['Ann Lee', 'Bo Chen'] },
  { resolution: 'title', mentionText: 'the minister' }, { resolution: 'unresolved', mentionText: 'the official', resolveP: 0.4 },
  { resolution: 'unresolved', mentionText: 'the official', resolveP: 0 }, { indirect: true }, { hedge: 'reportedly' },
  { ambiguousClause: true }, { impersonal: true }, { position: 'after' }, ...KINDS.map((sourceKind) => ({ sourceKind })),
];

function engineReasons(): string[] {
  const synthetic = [...VARIANTS.flatMap((v) => score({ ...BASE, ...v }).reasons), ...unattributed().reasons];
  const pages = ['test/fixtures/seed-article.html', ...readdirSync('test/fixtures/pages')
    .filter((f) => f.endsWith('.html') && !f.includes('.expected')).slice(0, 8).map((f) => `test/fixtures/pages/${f}`)];
  const real = pages.flatMap((file) => {
    const doc = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://news.example.com/a' }).window.document;
    const { text, blocks } = extractArticle(doc);
    return analyze(text, blocks).flatMap((c) => c.reasons);
  });
  return [...new Set([...synthetic, ...real])];
}

describe('the engine’s reasons in six languages', () => {
  const reasons = engineReasons();

  it('covers many shapes', () => {
    expect(reasons.length).toBeGreaterThan(40);
  });

  it('recognises every reason the engine writes, and reads each back as exactly its English', () => {
    expect(reasons.filter((r) => reasonMessage(r) === null)).toEqual([]);
    for (const r of reasons) expect(localReason(r)).toBe(r);
  });

  it.each(['de', 'fr', 'es', 'uk', 'ru'])('reads every reason in %s, keeping the article’s words', (locale) => {
    useLocale(locale);
    for (const r of reasons) {
      const local = localReason(r);
      expect(local, r).not.toBe(r);
      for (const kept of reasonMessage(r)!.subs.filter((s) => !/^\d+%$/.test(s) && !s.includes(' or '))) expect(local, r).toContain(kept);
    }
    expect(localReason('a reason the engine does not write')).toBe('a reason the engine does not write');
  });
});
