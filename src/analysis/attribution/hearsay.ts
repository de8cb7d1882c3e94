// Impersonal hearsay ("it is believed that", "X is said to have ...", "reportedly") and reporting nouns
// ("(some) reports are that ..."): vague sources.
import type { Cue } from '../cues';
import { classifyPhrase, phraseStartLeft, type Mention } from '../mentions';
import { pushRange } from '../content/ranges';
import { reading, type Reading, type SentenceCtx } from './types';
import { wordSet } from '../lexicon/load';

const ADVERB_HEARSAY = wordSet('attribution', 'hearsayAdverbs');

export function readImpersonal(ctx: SentenceCtx, cue: Cue): Reading {
  const { text, toks, n } = ctx;
  const noun = toks[cue.tj];
  const name = cue.kind === 'reporting-noun' ? noun.w : ADVERB_HEARSAY.has(cue.lemma) ? 'unnamed reports' : text.slice(cue.s, cue.e);
  let m: Mention = { s: cue.s, e: cue.e, kind: 'vague', form: 'vague', name };
  if (cue.kind === 'reporting-noun') m = { ...m, s: noun.s, e: noun.e };
  const start = cue.tj + 1 < n && toks[cue.tj + 1].lw === 'that' ? toks[cue.tj + 1].e : cue.e;
  // "X is said to have ordered ...": the whole sentence is hearsay.
  const whole = text.slice(cue.e - 2, cue.e) === 'to' || ADVERB_HEARSAY.has(cue.lemma);
  const content: Array<[number, number]> = [];
  pushRange(content, text, whole ? ctx.ss : start, ctx.se);
  return reading(m, content);
}

/** "(some) reports are that ...": whatever names the reports is a vague source (or a document). */
export function readReportingNoun(ctx: SentenceCtx, cue: Cue): Reading {
  const { text, toks } = ctx;
  const start = phraseStartLeft(toks, cue.ti - 1, 0, 5);
  let m = classifyPhrase(text, toks, start, cue.ti - 1);
  if (m && m.kind !== 'vague' && m.kind !== 'document') m = { ...m, kind: 'vague', form: 'vague' };
  const content: Array<[number, number]> = [];
  pushRange(content, text, toks[cue.tj].e, ctx.se);
  return reading(m, content);
}
