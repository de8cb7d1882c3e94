// One block through the engine: sentences -> tokens, cues, quotations -> attributions -> claims (quotes,
// statements, figures). The Discourse object carries who was named and any open quotation to the next block.
import type { Block, Claim, ClaimSource } from './types';
import { segmentBlock } from './segment';
import { pastDateline } from './dateline';
import { tokenize } from './tokens';
import { findQuotes, blockOpensWithQuote } from './quotes';
import { findCues } from './cues';
import { attributeSentence, type Attribution } from './attribution';
import { registerNames } from './mentions/register-names';
import { registerLeadingDescription } from './speakers/leading-subject';
import {
  allFigures, contentHedges, cueOf, featuresFor, figureDrafts, finish, makeInQuote, quoteDrafts, statementDrafts,
  type CreditInfo, type Draft, type SentenceInfo,
} from './claims';
import { detectEmbed } from './embeds';
import { linkedSource } from './links';
import { Discourse } from './discourse';
import { topicForText } from './topics';
import { isAttributionHedge } from './hedges';
import { langLexicon } from './lang-lexicon';
import { attributeLangSentence, registerLangNames } from './lang-attribution';
import { ENGINE_LANGUAGES } from './language';

export { Discourse };

/**
 * Analyzes one block; returns its claims with ids continuing `next`. `lang` is the block's language (language.ts):
 * English and the languages with a cue lexicon (lang-lexicon.ts) get claims, sources and figures; any other,
 * figures only (and embedded posts, whose author the page's structure names).
 */
export function analyzeBlock(text: string, block: Block, disc: Discourse, next: { n: number }, lang = 'en'): Claim[] {
  const bs = block.start;
  const be = block.end;
  disc.block++;
  const lex = lang === 'en' ? null : langLexicon(lang);
  const figuresOnly = !lex && lang !== 'en' && lang !== 'und' && !ENGINE_LANGUAGES.includes(lang);
  const embed = detectEmbed(text, block);
  if (embed) return embedClaims(text, block, embed, disc, next, lang);

  const opensWithQuote = blockOpensWithQuote(text, bs, be);
  const continuing = !!disc.openQuote && opensWithQuote;
  const carried = continuing ? disc.openQuote : null;
  disc.openQuote = null;
  // "Breitbart News responded:" ended the previous block: this block's opening quotation is its content.
  const lead = opensWithQuote ? disc.pendingColon as Attribution | null : null;
  disc.pendingColon = null;
  const quotes = figuresOnly ? [] : findQuotes(text, bs, be, continuing, lang);
  const inQuote = makeInQuote(quotes);
  const sentences: SentenceInfo[] = [];
  let first = true;
  for (const seg of segmentBlock(text, bs, be)) {
    disc.sentence++;
    // A dateline opening the block is no part of its first sentence.
    const sent = first ? { start: pastDateline(text, seg.start, seg.end), end: seg.end } : seg;
    first = false;
    const toks = tokenize(text, sent.start, sent.end);
    let atts: Attribution[] = [];
    if (lex) {
      atts = attributeLangSentence(lex, text, toks, sent.start, sent.end, inQuote, disc);
      registerLangNames(lex, text, toks, disc);
    } else if (!figuresOnly) {
      const cues = findCues(toks, inQuote, isAttributionHedge);
      // Names first: a pronoun can mean a name earlier in its own sentence (coreference.ts sees each entity as
      // the pronoun's position does).
      registerNames(text, toks, disc, inQuote);
      registerLeadingDescription(text, toks, disc);
      if (cues.length) atts = attributeSentence(text, toks, sent.start, sent.end, cues, disc);
    }
    sentences.push({ ss: sent.start, se: sent.end, atts });
  }
  const quoteClaims = quoteDrafts(text, quotes, sentences, { carried, lead }, disc);
  // Languages without articles say as much in two words ("вирок остаточний") as English in three.
  const drafts: Draft[] = [...quoteClaims, ...statementDrafts(text, sentences, quoteClaims, lang === 'ru' || lang === 'uk' ? 2 : 3, complementizersOf(lang))];
  for (const f of allFigures(text, sentences, drafts, lang)) drafts.push(f);
  // Links: an unattributed or vaguely sourced claim whose words link to an outlet.
  if (block.links?.length) applyLinks(text, block, drafts);
  return finish(text, drafts, next);
}

/** The words that open a reported clause in the block's language (English's from lexicon/en/attribution.json). */
function complementizersOf(lang: string): ReadonlySet<string> | undefined {
  const lex = lang === 'en' ? null : langLexicon(lang);
  return lex ? lex.complementizers : undefined;
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

function embedClaims(text: string, block: Block, embed: NonNullable<ReturnType<typeof detectEmbed>>, disc: Discourse, next: { n: number }, lang: string): Claim[] {
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
  figureDrafts(text, embed.start, embed.end, drafts.slice(), drafts, lang);
  disc.openQuote = null;
  return finish(text, drafts, next);
}
