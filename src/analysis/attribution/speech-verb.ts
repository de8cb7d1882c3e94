// Speech verbs: passive with a by-agent ("was told by X"), inverted ('"...," said Smith'), a participle or
// a second verb of the same subject (", adding that ...", "... and said ..."), else the subject on the left.
import type { Cue } from '../cues';
import { LISTENER_VERBS, PRONOUNS } from '../lexicon';
import { classifyPhrase, NP_DETERMINERS, phraseEndRight } from '../mentions';
import { subjectLeft } from '../speakers/subject-left';
import { leadingSubject, nearestSubjectLeft } from '../speakers/leading-subject';
import { CLOSE_QUOTE, isClosingQuoteTok, isOpeningQuoteTok } from '../content/quote-marks';
import { pushRange } from '../content/ranges';
import { PREP_START, tailWords } from '../content/tails';
import { complementStart, objectIsSaid } from '../content/complement';
import { readSubjectCue, OBJECT_VERBS } from './subject-cue';
import { reading, type Reading, type SentenceCtx } from './types';
import { wordSet } from '../lexicon/load';

/** "began by saying", "left without saying": the participle's subject is the clause's. */
const PARTICIPLE_LEAD = wordSet('attribution', 'participleLead');

export function readSpeechVerb(ctx: SentenceCtx, cue: Cue): Reading | null {
  if (cue.passive) return readPassive(ctx, cue);
  const inv = readInverted(ctx, cue);
  if (inv) return inv;
  const prev = ctx.toks[cue.ti - 1];
  const conjoined = (cue.form === 'ing' && prev && (prev.w === ',' || PARTICIPLE_LEAD.has(prev.lw))) || (prev && (prev.lw === 'and' || prev.lw === 'but') && cue.form !== 'ing');
  if (conjoined) return readConjoined(ctx, cue);
  const r = readSubjectCue(ctx, cue);
  // "Critics blasted the mayor for saying ...": the one who said it is the object before "for", not a phrase read
  // leftwards through it ("the mayor for").
  if (r && cue.form === 'ing' && prev?.lw === 'for') return { ...r, m: objectBeforeFor(ctx, cue.ti - 2) };
  return r;
}

/** The noun phrase that ends at toks[end] and opens with a determiner or a name, as a mention ("the mayor"). */
function objectBeforeFor(ctx: SentenceCtx, end: number): Reading['m'] {
  const { text, toks } = ctx;
  for (let k = end; k >= 0 && end - k < 6; k--) {
    const t = toks[k];
    if (t.punct) return null;
    const opens = NP_DETERMINERS.has(t.lw) || (t.cap && !toks[k - 1]?.cap);
    if (opens) return classifyPhrase(text, toks, k, end);
  }
  return null;
}

/** "was told by X": the agent after "by"; the content is what comes before the cue. */
function readPassive(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n } = ctx;
  const by = toks[cue.tj + 1]?.lw === 'by' ? cue.tj + 2 : -1;
  if (by < 0 || by >= n) return null;
  const end = phraseEndRight(toks, by, n - 1);
  const m = classifyPhrase(text, toks, by, end);
  const content: Array<[number, number]> = [];
  pushRange(content, text, ctx.ss, toks[cue.ti].s);
  return reading(m, content, 'after');
}

/**
 * Inverted: '"...," said Smith' / '..., says a senior official.' / '..., says political scientist Dossym
 * Satpayev': after a boundary, a phrase after the verb that reads as a source and closes the clause.
 * Null when the cue is not inverted.
 */
function readInverted(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n } = ctx;
  const prev = toks[cue.ti - 1];
  const nextTok = toks[cue.tj + 1];
  const afterBoundary = !prev || prev.w === ',' || isClosingQuoteTok(toks, cue.ti - 1) || (prev.punct && CLOSE_QUOTE.test(prev.w));
  // A pronoun after the verb is inverted only when nothing follows it ('"...," said he.').
  const pronounNext = !!nextTok && PRONOUNS.has(nextTok.lw) && !(toks[cue.tj + 2]?.punct ?? true);
  const nextStartsNP = !!nextTok && !nextTok.punct && !pronounNext && nextTok.lw !== 'that' && !(PREP_START.has(nextTok.lw) && !nextTok.cap);
  if (!afterBoundary || !nextStartsNP) return null;
  const end = phraseEndRight(toks, cue.tj + 1, n - 1);
  const quoteBefore = isClosingQuoteTok(toks, cue.ti - 1) || !!(prev && prev.punct && CLOSE_QUOTE.test(prev.w));
  if (cue.form === 'ing' && prev && prev.w === ',') return null;
  if (LISTENER_VERBS.has(cue.lemma) && !quoteBefore) return null;
  if (!(quoteBefore || end + 1 >= n || toks[end + 1].punct || (PREP_START.has(toks[end + 1].lw) && tailWords(toks, end + 1) <= 8))) return null;
  const m = classifyPhrase(text, toks, cue.tj + 1, end);
  if (!m || (!quoteBefore && m.form === 'generic' && m.kind === 'person')) return null;
  // "A Fox News poll, conducted with ..., shows Sanders ahead": a subject set off by an appositive
  // on the left outranks an inverted reading.
  if (!quoteBefore) {
    const alt = subjectLeft(text, toks, cue, 0);
    if (alt && alt.indirect && (alt.m.form !== 'generic' || alt.m.kind !== 'person')) return null;
  }
  const content: Array<[number, number]> = [];
  if (prev) pushRange(content, text, ctx.ss, toks[cue.ti - 1].e);
  const splitAt = end + 1 < n && toks[end + 1].w === ',' && isOpeningQuoteTok(toks, end + 2) ? end + 2 : -1;
  if (splitAt >= 0) pushRange(content, text, toks[splitAt].s, ctx.se);
  return reading(m, content, 'inverted');
}

/** ", adding that ..." / "... and said ...": the subject of the cue before, or of the clause. */
function readConjoined(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n } = ctx;
  const earlier = ctx.out.filter((a) => a.cue.ti < cue.ti && a.mention).pop();
  const m = earlier?.mention ?? leadingSubject(text, toks, 0, cue.ti) ?? nearestSubjectLeft(text, toks, cue.ti);
  // "adding to his wins", "responded to": not speech.
  if (toks[cue.tj + 1]?.lw === 'to' && (cue.lemma === 'add' || cue.lemma === 'respond' || cue.lemma === 'reply')) return null;
  const comp = complementStart(toks, cue, n - 1);
  if (cue.weak && !comp.explicit && !(OBJECT_VERBS.has(cue.lemma) && objectIsSaid(toks, cue))) return null;
  const content: Array<[number, number]> = [];
  if (comp.k < n) pushRange(content, text, toks[comp.k].s, ctx.se);
  return reading(m, content, 'before', true);
}
