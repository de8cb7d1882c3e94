import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/analysis/types';
import { exportClaims, exportFilename, toAnnotationCollection, toCsv, toJsonLd, toMarkdown } from '../../../src/ui/export';
import { ANNO_CONTEXT } from '../../../src/ui/export-annotations';
import { CSV_COLUMNS, csvCell } from '../../../src/ui/export-csv';
import { escapeMarkdown } from '../../../src/ui/export-markdown';
import { ARTICLE_TEXT, PAGE, articleClaims, claimAt } from '../../dom/claim-factory';
import { parseCsv } from '../../support/rfc4180';

const claims = articleClaims();
const generatedAt = new Date('2026-11-26T12:00:00Z');
const input = { page: PAGE, claims, text: ARTICLE_TEXT, generatedAt };

describe('CSV export', () => {
  const csv = toCsv(input);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((col, i) => [col, r[i]])));

  it('starts with a BOM and the header, one CRLF-terminated record a claim, all the same width', () => {
    expect(csv.startsWith('\uFEFFid,form,topic,text,')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(claims.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('parses back to the claims', () => {
    records.forEach((rec, i) => {
      const c = claims[i];
      expect(rec.id).toBe(c.id);
      expect(rec.text).toBe(c.text);
      expect(rec.form).toBe(c.form);
      expect(rec.source_name).toBe(c.source?.name ?? '');
      expect(rec.strength).toBe(c.strength);
      expect(Number(rec.confidence)).toBeCloseTo(c.confidence, 3);
      expect(rec.level).toBe(c.level);
      expect(Number(rec.start)).toBe(c.start);
      expect(rec.page_url).toBe(PAGE.url);
    });
    const troops = records.find((r) => r.id === 'fig-troops')!;
    expect([troops.value, troops.approximate, troops.hedges, troops.within]).toEqual(['10000', 'true', 'some', 'reports-confined']);
    const kcna = records.find((r) => r.id === 'kcna-quote')!;
    expect([kcna.via_name, kcna.via_kind, kcna.cue_kind]).toEqual(['Kim Jong Un', 'person', 'speech-verb']);
    expect(records.find((r) => r.id === 'fig-aid')!.unit).toBe('$');
  });

  it('quotes commas, quotes and line breaks, and round-trips them', () => {
    const text = 'He said: "no", then\r\nleft, again\nand "again"';
    const tricky = claimAt('Kursk', { id: 'tricky', text, reasons: ['a, b', 'line\nbreak'] });
    const [, rec] = parseCsv(toCsv({ page: PAGE, claims: [tricky] }, { bom: false }));
    expect(rec[CSV_COLUMNS.indexOf('text')]).toBe(text);
    expect(rec[CSV_COLUMNS.indexOf('reasons')]).toBe('a, b; line\nbreak');
  });

  it('defuses cells a spreadsheet would run as formulas, and only text cells', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(evil).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
    }
    const evilClaim = claimAt('Kursk', {
      id: 'evil', text: '=cmd|" /C calc"!A0', source: { name: '@handle', kind: 'person', mention: null },
    });
    const [, rec] = parseCsv(toCsv({ page: PAGE, claims: [evilClaim] }, { bom: false }));
    expect(rec[CSV_COLUMNS.indexOf('text')]).toBe('\'=cmd|" /C calc"!A0');
    expect(rec[CSV_COLUMNS.indexOf('source_name')]).toBe("'@handle");
    expect(csvCell(-5)).toBe('-5'); // our own numbers stay numbers
    expect(csvCell('safe text')).toBe('safe text');
  });
});

const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const types = (v: unknown) => (Array.isArray(v) ? v : [v]);
type Obj = Record<string, unknown>;

/** The Web Annotation Data Model's MUSTs for what we emit (sections 3.1, 3.2, 4.2, 5), as the W3C test suite checks them. */
function annotationProblems(a: Obj, standalone: boolean): string[] {
  const p: string[] = [];
  const ctx = a['@context'];
  if (standalone || ctx !== undefined) {
    if (!(ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT)))) p.push('@context');
  }
  if (!isIri(a.id)) p.push('id must be one IRI');
  if (!types(a.type).includes('Annotation')) p.push('type');
  if (a.target === undefined) p.push('target required');
  if (a.motivation !== undefined && !MOTIVATIONS.includes(a.motivation as string)) p.push('motivation');
  for (const body of types(a.body ?? []) as Obj[]) {
    if (types(body.type).includes('TextualBody') && typeof body.value !== 'string') p.push('TextualBody needs a value');
    if (body.purpose !== undefined && !MOTIVATIONS.includes(body.purpose as string)) p.push('purpose');
  }
  for (const target of types(a.target) as Obj[]) {
    if (typeof target === 'string') { if (!isIri(target)) p.push('target IRI'); continue; }
    if (!isIri(target.source ?? target.id)) p.push('target source IRI');
    for (const s of types(target.selector ?? []) as Obj[]) {
      if (s.type === 'TextQuoteSelector') {
        if (typeof s.exact !== 'string') p.push('exact');
        for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') p.push(k);
      } else if (s.type === 'TextPositionSelector') {
        const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
        if (!ok(s.start) || !ok(s.end) || (s.start as number) > (s.end as number)) p.push('positions');
      } else p.push(`unexpected selector ${String(s.type)}`);
    }
  }
  return p;
}

describe('Web Annotation JSON-LD export', () => {
  const collection = JSON.parse(toJsonLd(input)) as Obj;
  const page = collection.first as Obj;
  const items = page.items as Obj[];

  it('is an AnnotationCollection with a first page holding every claim', () => {
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(isIri(collection.id)).toBe(true);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(claims.length);
    expect(collection.label).toContain(PAGE.title);
    expect(page.type).toBe('AnnotationPage');
    expect(isIri(page.id)).toBe(true);
    expect(page.partOf).toBe(collection.id);
    expect(page.startIndex).toBe(0);
    expect(items).toHaveLength(claims.length);
  });

  it('makes each claim a valid Annotation with unique ids', () => {
    for (const a of items) expect(annotationProblems(a, true)).toEqual([]);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('selects each claim by quote (with prefix and suffix) and by position', () => {
    items.forEach((a, i) => {
      const c = claims[i];
      const [quote, position] = (a.target as Obj).selector as Obj[];
      expect((a.target as Obj).source).toBe(PAGE.url);
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: c.text });
      expect(ARTICLE_TEXT).toContain(`${quote.prefix}${c.text}${quote.suffix}`);
      expect((quote.prefix as string).length).toBeGreaterThan(0);
      expect(position).toEqual({ type: 'TextPositionSelector', start: c.start, end: c.end }); // no astral characters here
    });
  });

  it('counts positions in code points, not UTF-16 units, when the text has astral characters', () => {
    const text = 'Update 🇺🇦🚀: officials said 300 drones were launched.';
    const c = claimAt('300 drones', { id: 'astral' }, text);
    const a = ((toAnnotationCollection({ page: PAGE, claims: [c], text, generatedAt }).first as Obj).items as Obj[])[0];
    const sel = ((a.target as Obj).selector as Obj[])[1];
    expect(Array.from(text).slice(sel.start as number, sel.end as number).join('')).toBe('300 drones');
    expect(sel.start).toBeLessThan(c.start);
  });

  it('carries source, strength, confidence and level in a readable body and a structured one', () => {
    const a = items[claims.findIndex((c) => c.id === 'kcna-quote')];
    const [textual, structured] = a.body as Obj[];
    expect(textual).toMatchObject({ type: 'TextualBody', purpose: 'describing', format: 'text/plain', language: 'en' });
    expect(textual.value).toContain('KCNA');
    expect(textual.value).toContain('citing Kim Jong Un');
    expect(textual.value).toContain('On record');
    expect(textual.value).toContain('86%');
    expect(textual.value).toContain('High confidence');
    expect(structured.type).toBe('schema:Claim');
    expect(structured['schema:author']).toEqual({ type: 'schema:NewsMediaOrganization', 'schema:name': 'KCNA' });
    const props = Object.fromEntries((structured['schema:additionalProperty'] as Obj[]).map((p) => [p['schema:propertyID'], p['schema:value']]));
    expect(props).toMatchObject({ strength: 'on-record', confidence: 0.86, level: 'high', sourceKind: 'outlet', via: 'Kim Jong Un', form: 'quote' });
    // Every key in the structured body is a term of anno.jsonld or a CURIE on its "schema:" prefix: nothing is lost on expansion.
    const keys = JSON.stringify(structured).match(/"([^"]+)":/g)!.map((k) => k.slice(1, -2));
    for (const k of keys) expect(k === 'type' || k.startsWith('schema:')).toBe(true);
  });

  it('falls back to a quote selector alone when the analyzed text is not at hand', () => {
    const a = ((toAnnotationCollection({ page: PAGE, claims, generatedAt }).first as Obj).items as Obj[])[0];
    expect((a.target as Obj).selector).toEqual([{ type: 'TextQuoteSelector', exact: claims[0].text }]);
    expect(annotationProblems(a, true)).toEqual([]);
  });

  it('gives an empty collection no page', () => {
    const empty = toAnnotationCollection({ page: PAGE, claims: [], text: '', generatedAt });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
  });
});

describe('Markdown export', () => {
  const md = toMarkdown(input);
  it('names the page and contains every claim with its source and confidence', () => {
    expect(md).toContain(`# Claims in “${escapeMarkdown(PAGE.title!)}”`);
    expect(md).toContain(`<${PAGE.url}>`);
    for (const c of claims) {
      expect(md).toContain(`> ${escapeMarkdown(c.text)}`);
      if (c.source) expect(md).toContain(escapeMarkdown(c.source.name));
    }
    expect(md).toContain('86% — High confidence');
    expect(md).toContain('| KCNA | News outlet | On record | 1 |');
    expect(md).toContain('**10 claims:** 2 high, 4 medium, 3 low confidence; 1 with no source');
  });
  it('escapes page text so it cannot become HTML, links or images', () => {
    const evil: Claim = claimAt('Kursk', { id: 'x', text: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://t/x.png)' });
    const out = toMarkdown({ page: { ...PAGE, title: '<script>alert(1)</script>' }, claims: [evil], generatedAt });
    expect(out).not.toMatch(/(?<!\\)<(img|script)|(?<!\\)\]\(|(?<!\\)!\[/);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('- 42 killed')).toBe('\\- 42 killed');
    expect(escapeMarkdown('2025. The year')).toBe('2025\\. The year');
    expect(escapeMarkdown('Russia-Ukraine war, 10,000 troops (some)')).toBe('Russia-Ukraine war, 10,000 troops (some)');
    expect(escapeMarkdown('AT&T *bold* `code` a|b')).toBe('AT&amp;T \\*bold\\* \\`code\\` a\\|b');
  });
});

describe('export entry', () => {
  it('names files after the page and the day, with the right type', () => {
    expect(exportFilename(input, 'csv')).toBe('sourcemark-kim-jong-un-blames-us-for-prolonging-russia-ukraine-war-2026-11-26.csv');
    expect(exportFilename({ ...input, page: { ...PAGE, title: null } }, 'jsonld')).toBe('sourcemark-news-example-com-2026-11-26.jsonld');
    expect(exportFilename({ ...input, page: null }, 'markdown')).toBe('sourcemark-page-2026-11-26.md');
    const file = exportClaims('jsonld', input);
    expect(file.mimeType).toBe('application/ld+json;charset=utf-8');
    expect(() => JSON.parse(file.content)).not.toThrow();
    expect(exportClaims('markdown', input).content).toBe(toMarkdown(input));
  });
});
