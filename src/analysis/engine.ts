// One block through the engine: sentences -> tokens, cues, quotations, quantities -> attributions ->
// claims. The Discourse object carries who was named and any open quotation to the next block.
import type { Block, Claim, ClaimSource } from './types';
import { segmentBlock } from './segment';
import { tokenize } from './tokens';
import { findQuotes, blockOpensWithQuote, type Quote } from './quotes';
import { findCues } from './cues';
import { attributeSentence, registerNames, type Attribution } from './attribution';
import { contentHedges, featuresFor, finish, isScareQuote, titleLike, type CreditInfo, type Draft } from './claims';
import { detectEmbed } from './embeds';
import { linkedSource } from './links';
import { Discourse } from './discourse';
import { findQuantities } from './numbers';
import { topicForFigure, topicForText } from './topics';
import { isAttributionHedge } from './hedges';
import { LISTENER_VERBS } from './lexicon';

export { Discourse };

interface SentenceInfo { ss: number; se: number; atts: Attribution[] }

/** Index of the sentence holding pos (or the last one starting before it). */
function sentenceIndex(sentences: SentenceInfo[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].ss <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
function wordCount(text: string, s: number, e: number, cap = 8): number {
  let n = 0;
  WORD_RE.lastIndex = s;
  for (let m = WORD_RE.exec(text); m && m.index < e && n < cap; m = WORD_RE.exec(text)) n++;
  return n;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean { return a0 < b1 && b0 < a1; }

/** Words of [s, e) outside the quotations (sorted by start). */
function unquotedWords(text: string, s: number, e: number, quotes: Draft[]): number {
  let n = 0;
  let pos = s;
  for (const q of quotes) {
    if (q.end <= s || q.start >= e) continue;
    if (q.start > pos) n += wordCount(text, pos, q.start, 20);
    pos = Math.max(pos, q.end);
  }
  if (pos < e) n += wordCount(text, pos, e, 20);
  return n;
}

/** Whether any of `sorted` (by start, not nested) overlaps [s, e). */
function overlapsAny(sorted: Draft[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = sorted[mid];
    if (d.end <= s) lo = mid + 1;
    else if (d.start >= e) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Quotations sorted by start; a binary search tells whether an offset lies inside one. */
function makeInQuote(quotes: Quote[]): (pos: number) => boolean {
  return (pos) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (pos < q.innerStart) hi = mid - 1;
      else if (pos >= q.innerEnd) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function credit(att: Attribution, otherSentence = false, continued = false): CreditInfo {
  return { att, source: { ...att.source! }, cueKind: att.cue.kind, cueSpan: { start: att.cue.s, end: att.cue.e }, otherSentence, continued };
}

function cueOf(text: string, c: CreditInfo): Claim['cue'] {
  if (!c.cueSpan || c.cueKind === 'context') return null;
  return { start: c.cueSpan.start, end: c.cueSpan.end, text: text.slice(c.cueSpan.start, c.cueSpan.end), kind: c.cueKind };
}

function figureDrafts(text: string, ss: number, se: number, drafts: Draft[], out: Draft[]): void {
  for (const q of findQuantities(text.slice(ss, se), ss)) {
    if (q.start < ss || q.end > se || q.end <= q.start) continue;
    // The outermost statement that holds the figure gives it its source ("Dahl said allies had pledged
    // 35 systems" is Dahl's figure); a quotation holding it wins, being the speaker's own words.
    let container: Draft | null = null;
    for (const d of drafts) {
      if (d.form === 'figure' || d.start > q.start || q.end > d.end) continue;
      if (outranks(d, container)) container = d;
    }
    const hedges = [...q.hedges];
    const ambiguous = !!container && container.ambiguousAt >= 0 && q.start >= container.ambiguousAt;
    const features = container?.features ? { ...container.features, form: 'figure' as const, ambiguousClause: ambiguous || container.features.ambiguousClause } : null;
    out.push({
      start: q.start, end: q.end, form: 'figure', topic: topicForFigure(text, q.start, q.end), quantity: q.quantity, hedges,
      source: container?.source ?? null, cue: container?.cue ?? null, features, container, att: container?.att ?? null, ambiguousAt: -1,
    });
  }
}

/** Which of two quotes or statements holding a figure credits it: a quotation, else the outermost. */
function outranks(d: Draft, current: Draft | null): boolean {
  if (!current) return true;
  if ((d.form === 'quote') !== (current.form === 'quote')) return d.form === 'quote';
  return d.end - d.start > current.end - current.start;
}

/** Figures of every sentence; each sees only the quotes and statements that overlap its sentence. */
function allFigures(text: string, sentences: SentenceInfo[], containers: Draft[]): Draft[] {
  const sorted = containers.slice().sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  let active: Draft[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p < sorted.length && sorted[p].start < s.se) active.push(sorted[p++]);
    if (active.length) active = active.filter((d) => d.end > s.ss);
    figureDrafts(text, s.ss, s.se, active, out);
  }
  return out;
}

/** Analyzes one block; returns its claims with ids continuing `next`. */
export function analyzeBlock(text: string, block: Block, disc: Discourse, next: { n: number }): Claim[] {
  const bs = block.start;
  const be = block.end;
  disc.block++;
  const embed = detectEmbed(text, block);
  if (embed) return embedClaims(text, block, embed, disc, next);

  const opensWithQuote = blockOpensWithQuote(text, bs, be);
  const continuing = !!disc.openQuote && opensWithQuote;
  const carried = continuing ? disc.openQuote : null;
  disc.openQuote = null;
  // "Breitbart News responded:" ended the previous block: this block's opening quotation is its content.
  const lead = opensWithQuote ? disc.pendingColon as Attribution | null : null;
  disc.pendingColon = null;
  const quotes = findQuotes(text, bs, be, continuing);
  const inQuote = makeInQuote(quotes);
  const sentences: SentenceInfo[] = [];
  for (const sent of segmentBlock(text, bs, be)) {
    disc.sentence++;
    const toks = tokenize(text, sent.start, sent.end);
    const cues = findCues(toks, inQuote, isAttributionHedge);
    const atts = cues.length ? attributeSentence(text, toks, sent.start, sent.end, cues, disc) : [];
    registerNames(text, toks, disc);
    sentences.push({ ss: sent.start, se: sent.end, atts });
  }
  const drafts: Draft[] = [];

  // Quotations.
  let lastQuoteCredit: CreditInfo | null = null;
  for (const q of quotes) {
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
    const qs = sentences[qsi];
    const qe = sentences[qei];
    const wholeSentence = !!qs && !!qe && q.start - qs.ss <= 1 && qe.se - q.end <= 2 && wordCount(text, q.innerStart, q.innerEnd) >= 3;
    const adjacent = !!gov && (((gov.position === 'after' || gov.position === 'inverted') && gov.cue.s - q.end < 40 && gov.cue.s >= q.end)
      // A quotation right after its cue ('declared "What a night!"', 'Kasich: "..."'), not after a listener ('told "Good Morning America"').
      || (gov.content[0][0] === q.start && !LISTENER_VERBS.has(gov.cue.lemma)));
    const endsSentence = /[.!?]\s*$/.test(text.slice(Math.max(q.innerStart, q.innerEnd - 3), q.innerEnd));
    if (isScareQuote(q, !!gov || !!lead, adjacent || (!!lead && !lastQuoteCredit), wholeSentence, titleLike(text, q.innerStart, q.innerEnd), endsSentence)) continue;
    let c: CreditInfo | null = null;
    if (gov && gov.source) c = credit(gov);
    else if (lead?.source && !lastQuoteCredit) c = credit(lead, true);
    else if (q.continued && carried) {
      const src: ClaimSource = { name: carried.sourceName, kind: carried.kind, mention: null };
      c = { att: null, source: src, cueKind: 'context', cueSpan: null, otherSentence: true, continued: true };
    } else if (lastQuoteCredit && q.words >= 3) {
      c = { ...(lastQuoteCredit as CreditInfo), cueKind: 'context', otherSentence: true, continued: false };
    } else if (disc.lastSpeaker && disc.block - disc.lastSpeaker.block <= 1 && q.words >= 5 && wholeSentence) {
      const e = disc.lastSpeaker.entity;
      c = { att: null, source: { name: e.name, kind: e.kind, mention: null }, cueKind: 'context', cueSpan: null, otherSentence: true, continued: false };
    }
    if (!c) continue;
    lastQuoteCredit = c;
    const features = featuresFor('quote', c, text, q.end - q.start, false);
    drafts.push({
      start: q.start, end: q.end, form: 'quote', topic: topicForText(text.slice(q.innerStart, q.innerEnd)), quantity: null,
      hedges: contentHedges(text, q.innerStart, q.innerEnd), source: c.source, cue: cueOf(text, c), features,
      container: null, att: c.att, ambiguousAt: -1,
    });
    if (q.open) disc.openQuote = { entity: c.att?.entity ?? null, sourceName: c.source.name, kind: c.source.kind };
  }
  const quoteDrafts = drafts.slice();

  // Statements: cue complements that hold no quotation (quote drafts are in text order).
  for (const s of sentences) for (const a of s.atts) {
    if (!a.source) continue;
    const start = a.content[0][0];
    const end = a.content[a.content.length - 1][1];
    // A complement that is mostly a quotation is the quotation; one with a clause of its own besides
    // ('said that the offensive would continue "until ..."') is a statement too, holding the quote.
    if (overlapsAny(quoteDrafts, start, end) && unquotedWords(text, start, end, quoteDrafts) < 4) continue;
    if (wordCount(text, start, end, 3) < 3) continue;
    const c = credit(a);
    const features = featuresFor('statement', c, text, end - start, false);
    drafts.push({
      start, end, form: 'statement', topic: topicForText(text.slice(start, end)), quantity: null,
      hedges: contentHedges(text, start, end), source: c.source, cue: cueOf(text, c), features,
      container: null, att: a, ambiguousAt: a.ambiguousAt,
    });
  }
  // Quote drafts carry the ambiguity marker of their attribution too.
  for (const d of quoteDrafts) if (d.att) d.ambiguousAt = -1;

  // Figures, sentence by sentence.
  for (const f of allFigures(text, sentences, drafts)) drafts.push(f);

  // Links: an unattributed or vaguely sourced claim whose words link to an outlet.
  if (block.links?.length) applyLinks(text, block, drafts);
  return finish(text, drafts, next);
}

function applyLinks(text: string, block: Block, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.source && d.source.kind !== 'vague') continue;
    const probe = d.source?.mention ?? d;
    const ls = linkedSource(text, block, probe.start, probe.end) ?? (d.source ? null : linkedSource(text, block, d.start, d.end));
    if (!ls) continue;
    d.source = ls;
    const c: CreditInfo = { att: null, source: ls, cueKind: 'link', cueSpan: ls.mention ? { start: ls.mention.start, end: ls.mention.end } : null, otherSentence: false, continued: false };
    d.cue = cueOf(text, c);
    d.features = featuresFor(d.form, c, text, d.end - d.start, false);
  }
}

function embedClaims(text: string, block: Block, embed: NonNullable<ReturnType<typeof detectEmbed>>, disc: Discourse, next: { n: number }): Claim[] {
  const source: ClaimSource = {
    name: embed.author, kind: embed.kind,
    mention: embed.byline ? { start: embed.byline.start, end: embed.byline.end, text: text.slice(embed.byline.start, embed.byline.end) } : null,
  };
  if (embed.url) source.url = embed.url;
  const cueSpan = embed.byline ?? { start: block.start, end: block.start };
  const c: CreditInfo = { att: null, source, cueKind: 'embed', cueSpan, otherSentence: false, continued: false };
  const drafts: Draft[] = [{
    start: embed.start, end: embed.end, form: 'statement', topic: topicForText(text.slice(embed.start, embed.end)), quantity: null,
    hedges: contentHedges(text, embed.start, embed.end), source, cue: cueOf(text, c),
    features: featuresFor('statement', c, text, embed.end - embed.start, false), container: null, att: null, ambiguousAt: -1,
  }];
  figureDrafts(text, embed.start, embed.end, drafts.slice(), drafts);
  disc.openQuote = null;
  return finish(text, drafts, next);
}
