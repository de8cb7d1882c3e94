// The attribution stage for one sentence: each cue is read by the reader for its kind (according to,
// colon, hearsay, speech verb), then its source is resolved against the discourse and its content trimmed.
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import type { Discourse } from '../discourse';
import { resolveMention, sourceFrom } from '../resolve';
import { contrastAt, creditOpensTail, cutConcessiveTail, endsWithColon, trimRange, trimNestedReports } from '../content/ranges';
import { adverbialOnly } from '../content/tails';
import { clauseBoundary, hypothetical, negated } from './checks';
import { readAccordingTo } from './according-to';
import { readColon, readLeadColon } from './colon';
import { readImpersonal, readReportingNoun } from './hearsay';
import { readSpeechVerb } from './speech-verb';
import type { Attribution, Reading, SentenceCtx } from './types';

const SPEAKING_KINDS = new Set(['person', 'organization', 'government', 'outlet', 'anonymous']);

/** Reported speech inside reported speech ("Dahl said allies had pledged ..."): the outer source is credited;
 * a cue past a clause boundary (", while police estimated") ends the outer content there. */
function cutOuterAtBoundary(ctx: SentenceCtx, cue: Cue): void {
  const outer = ctx.out.find((a) => a.content.some(([c0, c1]) => cue.s >= c0 && cue.e <= c1));
  if (!outer) return;
  const b = clauseBoundary(ctx.toks, outer.cue.tj + 1, cue.ti);
  if (b < 0) return;
  const last = outer.content[outer.content.length - 1];
  const r = trimRange(ctx.text, last[0], ctx.toks[b].s);
  if (r) outer.content[outer.content.length - 1] = r;
}

function readCue(ctx: SentenceCtx, cue: Cue): Reading | null {
  if (cue.kind === 'according-to') return readAccordingTo(ctx, cue);
  if (cue.kind === 'colon' && cue.lemma === 'lead') return readLeadColon(ctx, cue);
  if (cue.kind === 'colon') return readColon(ctx, cue);
  if (cue.impersonal) return readImpersonal(ctx, cue);
  if (cue.kind === 'reporting-noun') return readReportingNoun(ctx, cue);
  return readSpeechVerb(ctx, cue);
}

/** "Breitbart News responded:" at the end of a paragraph: the quotation comes in the next one. */
function holdsPendingColon(ctx: SentenceCtx, cue: Cue, r: Reading): boolean {
  const m = r.m;
  if (!m || cue.kind === 'according-to' || cue.kind === 'colon' || !endsWithColon(ctx.text, ctx.ss, ctx.se) || cue !== ctx.cues[ctx.cues.length - 1]) return false;
  const res = resolveMention(m.by ?? m, ctx.disc, true);
  ctx.disc.pendingColon = {
    cue, mention: m, entity: res.ent, source: sourceFrom(m.by ?? m, res, ctx.text), content: [], position: 'before',
    resolution: res.res, resolveDistance: res.dist, resolveP: res.p, others: res.others, ambiguousAt: -1, indirect: r.indirect,
  } satisfies Attribution;
  return true;
}

/** Resolves the reading's source and records the attribution. */
function record(ctx: SentenceCtx, cue: Cue, r: Reading): void {
  const text = ctx.text;
  const { content, position } = r;
  let m = r.m!;
  // "Estimates by the Institute ...", "figures from the ministry": the body behind the document speaks.
  if (m.by && cue.kind !== 'according-to') m = { ...m.by, documentWords: text.slice(m.s, m.by.s) };
  const res = resolveMention(m, ctx.disc, true);
  if (m.documentWords) ctx.disc.noteDocument(m.documentWords, res.ent);
  const source = sourceFrom(m, res, text);
  if (r.via) source.via = r.via;
  const ambiguousAt = position !== 'after' ? contrastAt(text, content[content.length - 1]) : -1;
  cutConcessiveTail(text, cue, content);
  if (position === 'after' && content.length === 1 && m.form !== 'pronoun' && creditOpensTail(text, content[0][1], Math.min(m.s, cue.s))) trimNestedReports(text, ctx.out, content[0]);
  ctx.out.push({ cue, mention: m, entity: res.ent, source, content, position, resolution: res.res, resolveDistance: res.dist, resolveP: res.p, others: res.others, ambiguousAt, indirect: r.indirect });
  if (res.ent && SPEAKING_KINDS.has(m.kind)) ctx.disc.noteSpeaker(res.ent);
}

/** Attributions of one sentence [ss, se) with tokens toks. */
export function attributeSentence(text: string, toks: Token[], ss: number, se: number, cues: Cue[], disc: Discourse): Attribution[] {
  const ctx: SentenceCtx = { text, toks, ss, se, n: toks.length, disc, cues, out: [], sourcePhrases: [] };
  if (!ctx.n) return ctx.out;
  for (const cue of cues) {
    cutOuterAtBoundary(ctx, cue);
    if (negated(toks, cue) || hypothetical(toks, cue)) continue;
    if (ctx.sourcePhrases.some(([a, b]) => cue.ti >= a && cue.tj <= b)) continue;
    const r = readCue(ctx, cue);
    if (!r || holdsPendingColon(ctx, cue, r)) continue;
    if (!r.m || r.content.length === 0) continue;
    // "she said in an interview.": an adverbial after the cue is not what was said.
    if (r.content.length === 1 && r.content[0][0] >= cue.e && adverbialOnly(toks, r.content[0])) continue;
    record(ctx, cue, r);
  }
  return ctx.out;
}
