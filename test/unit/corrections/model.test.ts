// The correction store's format and its application to claims: pure, so tested on plain data.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { sourceCandidates } from '../../../src/corrections/candidates';
import { labelledExamples, toJsonLines } from '../../../src/corrections/labelled-examples';
import {
  MAX_CORRECTED_PAGES, applyCorrections, claimKey, correctionRecord, engineClaim, normalizePageUrl, parseCorrections,
  stillClaims, withCorrection, type CorrectionRecord,
} from '../../../src/corrections/model';
import { articleClaims } from '../../dom/claim-factory';

const URL_A = 'https://news.example/story?id=1';
const claims = articleClaims();
const byId = (id: string, list: Claim[] = claims) => list.find((c) => c.id === id)!;
const kimQuote = byId('kim-quote-hegemony');
const reports = byId('reports-confined');

function record(claim: Claim, verdict: CorrectionRecord['verdict'], at = '2026-12-01T10:00:00.000Z'): CorrectionRecord {
  return correctionRecord(claim, `Before. ${claim.text} After.`, verdict, new Date(at));
}

describe('normalizePageUrl', () => {
  it('drops the #hash and keeps the query; only http(s)', () => {
    expect(normalizePageUrl('https://news.example/story?id=1#comments')).toBe(URL_A);
    expect(normalizePageUrl('https://news.example/story?id=1')).toBe(URL_A);
    expect(normalizePageUrl('HTTPS://News.Example/story?id=1#x')).toBe(URL_A);
    for (const bad of ['file:///tmp/a.html', 'about:blank', 'not a url', '', null, undefined]) expect(normalizePageUrl(bad)).toBeNull();
  });
});

describe('claimKey', () => {
  it('is the form and the text, whitespace collapsed: the same claim after a reload, not another form of it', () => {
    expect(claimKey({ form: 'quote', text: ' a\n  b ' })).toBe(claimKey({ form: 'quote', text: 'a b' }));
    expect(claimKey({ form: 'quote', text: 'a b' })).not.toBe(claimKey({ form: 'statement', text: 'a b' }));
  });
});

describe('applyCorrections', () => {
  const page = {
    [claimKey(kimQuote)]: record(kimQuote, { kind: 'source', name: '  KCNA ', sourceKind: 'outlet' }),
    [claimKey(reports)]: record(reports, { kind: 'not-a-claim' }),
  };

  it('puts the reader\'s source in place of the engine\'s, keeping the engine\'s, and marks "not a claim"', () => {
    const out = applyCorrections(claims, page);
    const quote = byId(kimQuote.id, out);
    expect(quote.source).toEqual({ name: 'KCNA', kind: 'outlet', mention: null });
    expect(quote.correction).toEqual({ verdict: 'source', engineSource: kimQuote.source });
    expect(quote.level).toBe(kimQuote.level);
    expect(byId(reports.id, out).correction).toEqual({ verdict: 'not-a-claim', engineSource: reports.source });
    expect(byId(reports.id, out).source).toEqual(reports.source);
    // Every other claim is untouched.
    for (const c of out.filter((x) => x.id !== kimQuote.id && x.id !== reports.id)) expect(c).toEqual(byId(c.id));
    expect(stillClaims(out).map((c) => c.id)).toEqual(claims.filter((c) => c.id !== reports.id).map((c) => c.id));
  });

  it('is idempotent, and undoing gives the engine\'s claim back', () => {
    const once = applyCorrections(claims, page);
    expect(applyCorrections(once, page)).toEqual(once);
    expect(applyCorrections(once, {})).toEqual(claims);
    expect(applyCorrections(once, undefined)).toEqual(claims);
    expect(once.map(engineClaim)).toEqual(claims);
  });

  it('keeps the engine\'s mention when the reader names the same source', () => {
    const same = { [claimKey(kimQuote)]: record(kimQuote, { kind: 'source', name: kimQuote.source!.name.toUpperCase(), sourceKind: 'person' }) };
    expect(byId(kimQuote.id, applyCorrections(claims, same)).source!.mention).toEqual(kimQuote.source!.mention);
  });

  it('a record made from an already corrected claim still keeps the engine\'s source', () => {
    const corrected = byId(kimQuote.id, applyCorrections(claims, page));
    expect(correctionRecord(corrected, undefined, { kind: 'not-a-claim' }).engineSource).toEqual({ name: kimQuote.source!.name, kind: kimQuote.source!.kind });
  });
});

describe('parseCorrections', () => {
  it('keeps valid records and drops whatever is malformed, never throwing', () => {
    const good = record(kimQuote, { kind: 'source', name: 'KCNA', sourceKind: 'outlet' });
    const raw = {
      [URL_A]: {
        [claimKey(kimQuote)]: good,
        'wrong-key': good,
        [claimKey(reports)]: { ...record(reports, { kind: 'not-a-claim' }), verdict: { kind: 'source', name: '', sourceKind: 'person' } },
        other: { ...good, verdict: { kind: 'source', name: 'X', sourceKind: 'alien' } },
      },
      'https://news.example/a#hash': { [claimKey(kimQuote)]: good },
      'javascript:alert(1)': { [claimKey(kimQuote)]: good },
    };
    expect(parseCorrections(raw)).toEqual({ [URL_A]: { [claimKey(kimQuote)]: good } });
    for (const junk of [null, undefined, 42, 'x', [], { [URL_A]: 'x' }, { [URL_A]: [] }]) expect(parseCorrections(junk)).toEqual({});
  });
});

describe('withCorrection', () => {
  it('adds, replaces and removes, dropping pages left empty; never mutates', () => {
    const a = record(kimQuote, { kind: 'not-a-claim' });
    const b = record(kimQuote, { kind: 'source', name: 'KCNA', sourceKind: 'outlet' });
    const one = withCorrection({}, URL_A, claimKey(kimQuote), a);
    const two = withCorrection(one, URL_A, claimKey(kimQuote), b);
    expect(one[URL_A][claimKey(kimQuote)]).toBe(a);
    expect(two[URL_A][claimKey(kimQuote)]).toBe(b);
    expect(withCorrection(two, URL_A, claimKey(kimQuote), null)).toEqual({});
    expect(one[URL_A][claimKey(kimQuote)]).toBe(a);
  });

  it('keeps at most MAX_CORRECTED_PAGES pages, dropping those corrected longest ago', () => {
    let all = {};
    for (let i = 0; i <= MAX_CORRECTED_PAGES; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      all = withCorrection(all, `https://news.example/${i}`, claimKey(kimQuote), record(kimQuote, { kind: 'not-a-claim' }, at));
    }
    expect(Object.keys(all)).toHaveLength(MAX_CORRECTED_PAGES);
    expect(all).not.toHaveProperty('https://news.example/0');
    expect(all).toHaveProperty(`https://news.example/${MAX_CORRECTED_PAGES}`);
  });
});

describe('sourceCandidates', () => {
  it('offers the engine\'s runner-ups when it gave some, without the source shown', () => {
    const withAlternatives: Claim = { ...kimQuote, source: { ...kimQuote.source!, alternatives: [
      { name: 'KCNA', kind: 'outlet' }, { name: kimQuote.source!.name, kind: 'person' }, { name: 'KCNA', kind: 'outlet' }, { name: 'Moscow', kind: 'government' },
    ] } };
    expect(sourceCandidates(withAlternatives, claims)).toEqual([{ name: 'KCNA', kind: 'outlet' }, { name: 'Moscow', kind: 'government' }]);
  });

  it('otherwise offers the other sources the article names (relayed ones too), once each, not the one shown', () => {
    const offered = sourceCandidates(kimQuote, claims);
    const named = new Set(claims.flatMap((c) => (c.source ? [c.source.name, ...(c.source.via ? [c.source.via.name] : [])] : [])));
    named.delete(kimQuote.source!.name);
    expect(new Set(offered.map((c) => c.name))).toEqual(named);
    expect(offered.length).toBe(named.size);
  });

  it('for a claim with no source, offers every source of the article; for an article of one source, none', () => {
    expect(sourceCandidates({ ...kimQuote, source: null }, claims).length).toBeGreaterThan(1);
    expect(sourceCandidates(kimQuote, [kimQuote])).toEqual([]);
  });
});

describe('labelled examples', () => {
  it('one JSON line per correction: the sentence, the claim, the engine\'s source and the reader\'s (or "not a claim")', () => {
    const all = withCorrection(
      withCorrection({}, URL_A, claimKey(kimQuote), record(kimQuote, { kind: 'source', name: 'KCNA', sourceKind: 'outlet' }, '2026-12-01T10:00:00.000Z')),
      URL_A, claimKey(reports), record(reports, { kind: 'not-a-claim' }, '2026-12-01T09:00:00.000Z'));
    const lines = toJsonLines(all).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(labelledExamples(all));
    expect(labelledExamples(all)).toEqual([
      { url: URL_A, sentence: `Before. ${reports.text} After.`, claim: reports.text, form: reports.form,
        engine_source: { name: reports.source!.name, kind: reports.source!.kind }, reader_source: 'not a claim', corrected_at: '2026-12-01T09:00:00.000Z' },
      { url: URL_A, sentence: `Before. ${kimQuote.text} After.`, claim: kimQuote.text, form: 'quote',
        engine_source: { name: kimQuote.source!.name, kind: 'person' }, reader_source: { name: 'KCNA', kind: 'outlet' }, corrected_at: '2026-12-01T10:00:00.000Z' },
    ]);
    expect(toJsonLines({})).toBe('');
  });
});
