// The labelled evaluation set itself (test/fixtures/eval): well-formed, locatable, big enough, split by its rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, KINDS, STRENGTHS, TOPICS, fnv1a, loadDataset, pageName, splitFor, type LabelDoc } from '../../scripts/eval/dataset';
import { referenceText } from '../../scripts/eval/page-text';
import { findAll, locateMention, locateOnce } from '../../scripts/eval/locate';
import { DEFAULT_POLNEAR_DIR, EVAL_DIR, PAGES_DIR } from '../../scripts/eval/paths';

const docs = loadDataset(EVAL_DIR);
const claims = docs.flatMap((d) => d.claims.map((c) => ({ doc: d, c })));
const required = claims.filter(({ c }) => !c.optional);
// Labels are checked against the stable reference text (Readability's body), not the evolving extraction.
const texts = new Map(docs.map((d) => [d.id, referenceText(d)]));

const STRENGTH_OF_KIND: Record<string, string> = {
  person: 'on-record', organization: 'on-record', government: 'on-record', outlet: 'on-record', document: 'on-record',
  anonymous: 'anonymous', vague: 'vague', author: 'none',
};

describe('the evaluation set', () => {
  it('holds at least 300 required attributions, from pages and from written sentences', () => {
    expect(required.filter(({ c }) => c.source).length).toBeGreaterThanOrEqual(300);
    expect(required.filter(({ doc }) => pageName(doc)).length).toBeGreaterThanOrEqual(150);
    expect(required.filter(({ doc }) => !pageName(doc)).length).toBeGreaterThanOrEqual(150);
    for (const form of FORMS) expect(required.filter(({ c }) => c.form === form).length).toBeGreaterThanOrEqual(50);
    for (const s of STRENGTHS) expect(required.filter(({ c }) => c.strength === s).length).toBeGreaterThanOrEqual(20);
    expect(docs.filter((d) => d.claims.length === 0).length).toBeGreaterThanOrEqual(5); // negatives: nothing to find
  });

  it('has unique ids, known origins, and text only for written documents', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      const name = pageName(d);
      if (name) {
        expect(d.text, d.id).toBeUndefined();
        expect(existsSync(path.join(PAGES_DIR, `${name}.expected.html`)), d.id).toBe(true);
        expect(d.id).toBe(`page:${name}`);
      } else {
        expect(d.origin, d.id).toBe('written');
        expect(typeof d.text, d.id).toBe('string');
      }
    }
  });

  it('gives every claim valid fields, consistent strength and a short content snippet', () => {
    for (const { doc, c } of claims) {
      const where = `${doc.id}: ${c.content}`;
      expect(FORMS, where).toContain(c.form);
      if (c.topic !== undefined) expect(TOPICS, where).toContain(c.topic);
      expect(STRENGTHS, where).toContain(c.strength);
      expect(c.content.trim().split(/\s+/).length, where).toBeLessThanOrEqual(12);
      if (c.source === null) expect(c.strength, where).toBe('none');
      else {
        expect(KINDS, where).toContain(c.source.kind);
        expect(c.source.name.trim(), where).not.toBe('');
        expect(c.strength, where).toBe(STRENGTH_OF_KIND[c.source.kind]);
        if (c.source.via) expect(KINDS, where).toContain(c.source.via.kind);
      }
    }
  });

  it('finds every content snippet exactly once (or at its given occurrence) and every mention', () => {
    for (const { doc, c } of claims) {
      const text = texts.get(doc.id)!;
      const where = `${doc.id}: ${c.content}`;
      const content = locateOnce(text, c.content, c.nth);
      expect(content, `${where} (${findAll(text, c.content).length} occurrences)`).not.toBeNull();
      if (c.source?.mention) expect(locateMention(text, c.source.mention, content!), `${where} / ${c.source.mention}`).not.toBeNull();
    }
  });

  it('finds every ignored furniture snippet', () => {
    for (const d of docs) for (const s of d.ignore ?? []) expect(findAll(texts.get(d.id)!, s).length, `${d.id}: ${s}`).toBeGreaterThan(0);
  });
});

describe('the split', () => {
  it('follows the hash rule on every document', () => {
    for (const d of docs) expect(d.split, d.id).toBe(splitFor(d.id));
  });

  it('uses a fixed FNV-1a hash, so the split never moves', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('holds out about a quarter, with pages and written documents on both sides', () => {
    const held = docs.filter((d) => d.split === 'holdout');
    expect(held.length / docs.length).toBeGreaterThan(0.15);
    expect(held.length / docs.length).toBeLessThan(0.35);
    const heldClaims = required.filter(({ doc }) => doc.split === 'holdout').length;
    expect(heldClaims / required.length).toBeGreaterThan(0.15);
    expect(heldClaims / required.length).toBeLessThan(0.4);
    for (const split of ['dev', 'holdout']) {
      expect(docs.some((d: LabelDoc) => d.split === split && pageName(d))).toBe(true);
      expect(docs.some((d: LabelDoc) => d.split === split && !pageName(d))).toBe(true);
    }
  });
});

describe('written documents', () => {
  // Only where PolNeAR is present (it is never in the project): no written sentence may come from it.
  it.skipIf(!existsSync(path.join(DEFAULT_POLNEAR_DIR, 'dev', 'text')))('copy nothing from PolNeAR', () => {
    const corpus = ['dev', 'train'].flatMap((s) => {
      const dir = path.join(DEFAULT_POLNEAR_DIR, s, 'text');
      return existsSync(dir) ? readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')) : [];
    }).join('\n');
    for (const d of docs.filter((x) => !pageName(x))) {
      const words = d.text!.split(/\s+/);
      for (let i = 0; i + 8 <= words.length; i += 4) {
        const run = words.slice(i, i + 8).join(' ');
        expect(corpus.includes(run), `${d.id}: "${run}"`).toBe(false);
      }
    }
  });
});
