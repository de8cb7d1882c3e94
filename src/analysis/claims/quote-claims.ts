// Quotes: the block's quotations that quote someone, credited by the cue whose content holds them, a
// colon cue that ended the previous paragraph, a quotation left open there, the quotation before, or the
// last speaker; titles and scare quotes left out.
import type { ClaimSource } from '../types';
import type { Quote } from '../quotes';
import type { Attribution } from '../attribution';
import type { Discourse, OpenQuote } from '../discourse';
import { LISTENER_VERBS } from '../lexicon';
import { topicForText } from '../topics';
import { contentHedges, credit, cueOf, featuresFor, type CreditInfo, type Draft } from './draft';
import { isScareQuote, titleLike } from './scare-quotes';
import { overlaps, sentenceIndex, wordCount, type SentenceInfo } from './spans';

// At module level: a bundler targeting a browser turns a literal with \p{…} into `new RegExp(…)`, built at each call.
const HAS_LETTER = /\p{L}/u;

/** What carries over from the previous block: an open quotation, a colon cue waiting for its quotation. */
export interface Carried { carried: OpenQuote | null; lead: Attribution | null }

/** The attribution whose content holds the quotation, nearest cue first. */
function governing(sentences: SentenceInfo[], q: Quote): Attribution | null {
  let gov: Attribution | null = null;
  let bestDist = Infinity;
  const qsi = sentenceIndex(sentences, q.start);
  const qei = sentenceIndex(sentences, Math.max(q.start, q.end - 1));
  for (let si = qsi; si <= qei && si < sentences.length; si++) {
    for (const a of sentences[si].atts) {
      for (const [c0, c1] of a.content) {
        if (!overlaps(c0, c1, q.innerStart, q.innerEnd)) continue;
        const dist = Math.min(Math.abs(a.cue.s - q.end), Math.abs(a.cue.e - q.start));
        if (dist < bestDist) { bestDist = dist; gov = a; }
      }
    }
  }
  return gov;
}

/** The quotation fills its sentence(s) and has three words or more. */
function fillsSentence(text: string, sentences: SentenceInfo[], q: Quote): boolean {
  const qs = sentences[sentenceIndex(sentences, q.start)];
  const qe = sentences[sentenceIndex(sentences, Math.max(q.start, q.end - 1))];
  return !!qs && !!qe && q.start - qs.ss <= 1 && qe.se - q.end <= 2 && wordCount(text, q.innerStart, q.innerEnd) >= 3;
}

/** The cue stands right by the quotation: after it ('"...," he said'), or right before it ('declared "What a night!"'). */
function adjacentCue(text: string, gov: Attribution | null, q: Quote): boolean {
  if (!gov) return false;
  return ((gov.position === 'after' || gov.position === 'inverted') && gov.cue.s - q.end < 40 && gov.cue.s >= q.end)
    // Not right after a listener ('told "Good Morning America"'), but after the one called something ('called Trump "unhinged"').
    || (gov.content[0][0] === q.start && (!LISTENER_VERBS.has(gov.cue.lemma) || HAS_LETTER.test(text.slice(gov.cue.e, q.start))));
}

/** Who a quotation that quotes someone is credited to, or null. */
function quoteCredit(q: Quote, gov: Attribution | null, ctx: Carried, last: CreditInfo | null, disc: Discourse, wholeSentence: boolean): CreditInfo | null {
  if (gov && gov.source) return credit(gov);
  if (ctx.lead?.source && !last) return credit(ctx.lead, true);
  if (q.continued && ctx.carried) {
    const src: ClaimSource = { name: ctx.carried.sourceName, kind: ctx.carried.kind, mention: null };
    return { att: null, source: src, cueKind: 'context', cueSpan: null, otherSentence: true, continued: true };
  }
  if (last && q.words >= 3) return { ...last, cueKind: 'context', otherSentence: true, continued: false };
  if (disc.lastSpeaker && disc.block - disc.lastSpeaker.block <= 1 && q.words >= 5 && wholeSentence) {
    const e = disc.lastSpeaker.entity;
    return { att: null, source: { name: e.name, kind: e.kind, mention: null }, cueKind: 'context', cueSpan: null, otherSentence: true, continued: false };
  }
  return null;
}

/** Quote drafts of the block, in text order; sets `disc.openQuote` for a quotation left open. */
export function quoteDrafts(text: string, quotes: Quote[], sentences: SentenceInfo[], ctx: Carried, disc: Discourse): Draft[] {
  const out: Draft[] = [];
  let last: CreditInfo | null = null;
  for (const q of quotes) {
    const gov = governing(sentences, q);
    const wholeSentence = fillsSentence(text, sentences, q);
    const adjacent = adjacentCue(text, gov, q);
    const endsSentence = /[.!?]\s*$/.test(text.slice(Math.max(q.innerStart, q.innerEnd - 3), q.innerEnd));
    const lead = !!ctx.lead;
    if (isScareQuote(q, !!gov || lead, adjacent || (lead && !last), wholeSentence, titleLike(text, q.innerStart, q.innerEnd), endsSentence)) continue;
    const c = quoteCredit(q, gov, ctx, last, disc, wholeSentence);
    if (!c) continue;
    last = c;
    out.push({
      start: q.start, end: q.end, form: 'quote', topic: topicForText(text.slice(q.innerStart, q.innerEnd)), quantity: null,
      hedges: contentHedges(text, q.innerStart, q.innerEnd), source: c.source, cue: cueOf(text, c),
      features: featuresFor('quote', c, text, q.end - q.start, false), container: null, att: c.att, ambiguousAt: -1,
    });
    if (q.open) disc.openQuote = { entity: c.att?.entity ?? null, sourceName: c.source.name, kind: c.source.kind };
  }
  return out;
}
