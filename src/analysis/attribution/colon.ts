// Colon cues: "Graham: Trump's rhetoric ..." (the name right before the colon) and "X was blunt about
// the shortfall: “...”" (the clause's subject, if the clause names one).
import type { Cue } from '../cues';
import { isTitleCase } from '../cues';
import { classifyPhrase, nameRuns, phraseStartLeft } from '../mentions';
import { leadingSubject } from '../speakers/leading-subject';
import { isOpeningQuoteTok } from '../content/quote-marks';
import { pushRange } from '../content/ranges';
import { reading, type Reading, type SentenceCtx } from './types';

/** "X was blunt about the shortfall: “...”": only the sentence's first cue, and only a subject that names someone. */
export function readLeadColon(ctx: SentenceCtx, cue: Cue): Reading | null {
  if (ctx.out.length) return null;
  let m = leadingSubject(ctx.text, ctx.toks, 0, cue.ti);
  if (m && m.form === 'generic' && m.kind === 'person') m = null;
  const content: Array<[number, number]> = [];
  pushRange(content, ctx.text, cue.e, ctx.se);
  return reading(m, content);
}

/** "Kasich: ..." — the name or phrase right before the colon. */
export function readColon(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks } = ctx;
  const runs = nameRuns(toks, Math.max(0, cue.ti - 6), cue.ti - 1);
  const run = runs[runs.length - 1];
  const from = run && run.b === cue.ti - 1 ? run.a : phraseStartLeft(toks, cue.ti - 1, 0, 6);
  const m = classifyPhrase(text, toks, from, cue.ti - 1, true);
  // "Graham: Trump's Rhetoric Destroying GOP's Chance" credits Graham; "The Latest: Sanders Wins
  // Minnesota" is a section label over a headline.
  if (!isOpeningQuoteTok(toks, cue.tj + 1) && isTitleCase(toks.slice(cue.tj + 1)) && (!m || (m.form === 'generic' && m.kind !== 'document'))) return null;
  const content: Array<[number, number]> = [];
  pushRange(content, text, cue.e, ctx.se);
  return reading(m, content);
}
