// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) JSON-LD: an AnnotationCollection whose
// first page holds one Annotation per claim.
//
// Model rules this follows: every Annotation has "@context" http://www.w3.org/ns/anno.jsonld, exactly one
// IRI id (urn:uuid), type "Annotation" and a target; the target names the page (source) and selects the
// claim with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end, counted in
// Unicode code points, not UTF-16 units). Positions index the article text as Sourcemark extracted it; the
// quote selector is the one that re-anchors on the live page. The collection and its page have ids, type,
// total and items as section 5 asks.
//
// Bodies: a TextualBody with purpose "describing" that a person can read, plus a structured body for
// machines. Rather than inventing a vocabulary (which would need a context document of our own), the
// structured body uses schema.org terms through the "schema:" prefix that anno.jsonld already defines, as
// the annotation vocabulary's Extensions section recommends: a schema:Claim whose schema:author is the
// source, with Sourcemark's fields as schema:PropertyValue entries.
import type { Claim, SourceKind } from '../analysis/types';
import { codePointMapper, quoteContext } from './context';
import { correctionNote } from './correction-words';
import type { ExportInput } from './export-types';
import { CUE_WORDS, FORM_WORDS, KIND_WORDS, LEVEL_WORDS, STRENGTH_WORDS, formatQuantity, isHttpUrl, percent } from './format';
import { localPercent, t } from './i18n';
import { localReason } from './reason-words';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const SCHEMA_TYPE: Record<SourceKind, string> = {
  person: 'schema:Person', organization: 'schema:Organization', government: 'schema:GovernmentOrganization',
  outlet: 'schema:NewsMediaOrganization', document: 'schema:CreativeWork', anonymous: 'schema:Thing',
  vague: 'schema:Thing', author: 'schema:Person',
};

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface AnnotationOptions {
  /** Makes the IRIs that identify the collection, its page and each annotation. */
  newId?: () => string;
}

function uuidIri(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** The sentence a person reads: "Quote attributed to KCNA (news outlet), citing Kim Jong Un. On record. ..." */
export function describeClaim(c: Claim): string {
  const parts: string[] = [];
  if (c.source) {
    const named = `${c.source.name} (${KIND_WORDS[c.source.kind]})`;
    parts.push(t('annAttributed', FORM_WORDS[c.form], c.source.via ? t('sourceCiting', named, c.source.via.name) : named));
  } else {
    parts.push(t('annNoSource', FORM_WORDS[c.form]));
  }
  parts.push(c.level === 'none' ? `${LEVEL_WORDS.none}.` : `${STRENGTH_WORDS[c.strength]}. ${LEVEL_WORDS[c.level]}: ${localPercent(percent(c.confidence))}.`);
  const field = (label: string, value: string) => parts.push(`${t('labelColon', label)} ${value}.`);
  if (c.quantity) field(t('cardQuantity'), formatQuantity(c.quantity));
  if (c.cue) field(t('mdCue'), `${t('quoteOpen')}${c.cue.text}${t('quoteClose')} (${CUE_WORDS[c.cue.kind]})`);
  if (c.hedges.length) field(t('cardHedges'), c.hedges.join(', '));
  if (c.reasons.length) field(t('cardWhy'), c.reasons.map(localReason).join('; '));
  return parts.join(' ');
}

function property(name: string, value: Json, extra: JsonObject = {}): JsonObject {
  return { type: 'schema:PropertyValue', 'schema:propertyID': name, 'schema:value': value, ...extra };
}

function structuredBody(c: Claim): JsonObject {
  const props: JsonObject[] = [
    property('form', c.form), property('topic', c.topic), // the data value, the same in every language
    property('strength', c.strength),
    property('confidence', Math.round(c.confidence * 1000) / 1000, { 'schema:minValue': 0, 'schema:maxValue': 1 }),
    property('level', c.level),
  ];
  if (c.source) props.push(property('sourceKind', c.source.kind));
  if (c.source?.via) props.push(property('via', c.source.via.name), property('viaKind', c.source.via.kind));
  if (c.cue) props.push(property('cue', c.cue.text), property('cueKind', c.cue.kind));
  for (const h of c.hedges) props.push(property('hedge', h));
  if (c.correction) props.push(property('readerCorrection', c.correction.verdict));
  if (c.correction?.engineSource) props.push(property('engineSource', c.correction.engineSource.name));
  const body: JsonObject = { type: 'schema:Claim', 'schema:text': c.text, 'schema:additionalProperty': props };
  if (c.source) {
    const author: JsonObject = { type: SCHEMA_TYPE[c.source.kind], 'schema:name': c.source.name };
    if (isHttpUrl(c.source.url)) author['schema:url'] = c.source.url;
    body['schema:author'] = author;
  }
  return body;
}

/** The reader's correction, said in words (purpose "editing": the reader changed what Sourcemark said). */
function correctionBody(c: Claim): JsonObject[] {
  const note = correctionNote(c);
  return note ? [{ type: 'TextualBody', purpose: 'editing', value: note, format: 'text/plain', language: 'en' }] : [];
}

export function claimAnnotation(c: Claim, input: ExportInput, id: string, toCodePoint?: (n: number) => number): JsonObject {
  const text = input.text ?? null;
  const quote: JsonObject = { type: 'TextQuoteSelector', exact: c.text };
  const selectors: JsonObject[] = [quote];
  // Without the analyzed text there is no prefix/suffix to give and UTF-16 offsets cannot be turned into code points.
  if (text !== null && toCodePoint) {
    Object.assign(quote, quoteContext(text, c));
    selectors.push({ type: 'TextPositionSelector', start: toCodePoint(c.start), end: toCodePoint(c.end) });
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'describing',
    created: (input.generatedAt ?? new Date()).toISOString(),
    generator: { type: 'Software', name: 'Sourcemark' },
    body: [
      { type: 'TextualBody', purpose: 'describing', value: describeClaim(c), format: 'text/plain', language: 'en' },
      structuredBody(c),
      ...correctionBody(c),
    ],
    target: { source: input.page?.url ?? 'about:blank', selector: selectors },
  };
}

export function toAnnotationCollection(input: ExportInput, { newId = uuidIri }: AnnotationOptions = {}): JsonObject {
  const toCodePoint = input.text != null ? codePointMapper(input.text) : undefined;
  const items = input.claims.map((c) => claimAnnotation(c, input, newId(), toCodePoint));
  const collectionId = newId();
  const label = `Sourcemark claims: ${input.page?.title?.trim() || input.page?.url || 'page'}`;
  const collection: JsonObject = { '@context': ANNO_CONTEXT, id: collectionId, type: 'AnnotationCollection', label, total: items.length };
  // The model wants a first page only when there is something in it.
  if (items.length) collection.first = { id: newId(), type: 'AnnotationPage', partOf: collectionId, startIndex: 0, items };
  return collection;
}

export function toJsonLd(input: ExportInput, options?: AnnotationOptions): string {
  return `${JSON.stringify(toAnnotationCollection(input, options), null, 2)}\n`;
}
