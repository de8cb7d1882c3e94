// A speech verb with its subject on the left: "Smith said that ...", "..., officials said on Tuesday",
// '"X," she said, "Y."', "The attack, he said, was unprovoked.", "KCNA cites Kim that ...".
import type { ClaimSource } from '../types';
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import { LISTENER_VERBS } from '../lexicon';
import { classifyPhrase, isMedium, phraseEndRight, type Mention } from '../mentions';
import { resolveMention } from '../resolve';
import { subjectLeft } from '../speakers/subject-left';
import { RELATIVES, skipAuxLeft } from '../speakers/left-words';
import { closesQuote, isOpeningQuoteTok, OPEN_QUOTE, quoteOpensSentence } from '../content/quote-marks';
import { pushRange } from '../content/ranges';
import { PREP_START, shortTail, tailWords } from '../content/tails';
import { complementStart, objectIsSaid, type Complement } from '../content/complement';
import { frontedPhrase } from './checks';
import type { Reading, SentenceCtx } from './types';
import { wordSet } from '../lexicon/load';

/** Verbs whose object is what was said ("called Trump 'unhinged'", "criticized the plan", "asked whether"). */
export const OBJECT_VERBS = wordSet('attribution', 'objectVerbs');
/** "Gallup finds ...", "the ministry's figures show ...": bodies report data with these. */
const DATA_VERBS = wordSet('attribution', 'dataVerbs');
/** Verbs that are speech whatever their subject ("the lab said ..."). */
const PLAIN_SPEECH = wordSet('attribution', 'plainSpeech');

/** The subject stands after a comma or a closing quotation (and is not in a relative clause): "..., officials said". */
function postPosedSubject(toks: Token[], cue: Cue, startTok: number): boolean {
  const before = toks[startTok - 1];
  const inRelative = RELATIVES.has(toks[cue.ti - 1]?.lw ?? '') || RELATIVES.has(toks[skipAuxLeft(toks, cue.ti - 1)]?.lw ?? '');
  return !inRelative && !!before && (before.w === ',' || closesQuote(toks, startTok - 1));
}

/** Whether what follows the post-posed cue is only adverbial, so the content is what came before. */
function contentBefore(ctx: SentenceCtx, cue: Cue, startTok: number, comp: Complement): boolean {
  const { toks, n } = ctx;
  const before = toks[startTok - 1];
  // A quotation right before the subject is what it said only when it opens the sentence
  // (or began before it): 'on Fox's "Sunday Futures," Rep. Issa said' names a show.
  const afterQuote = closesQuote(toks, startTok - 1) && quoteOpensSentence(toks, startTok - 1);
  // "In a 1963 speech, he declared ..." / "Courted by donors, Adelson said ...": a fronted adverbial is not content.
  const frontedAdverbial = before.w === ',' && frontedPhrase(toks) && tailWords(toks, cue.tj + 1) >= 3;
  // "..., Ash Carter told a Senate panel on Wednesday": skip the listener, then look at the tail.
  const tailAt = LISTENER_VERBS.has(cue.lemma) && toks[cue.tj + 1] && !toks[cue.tj + 1].punct ? phraseEndRight(toks, cue.tj + 1, n - 1, 8) + 1 : cue.tj + 1;
  const tailStart = toks[tailAt];
  const adverbialTail = !tailStart || tailStart.punct || PREP_START.has(tailStart.lw);
  // '"X," she said, "Y."': a quotation after the comma continues a split quotation.
  const splitQuote = comp.explicit && comp.k < n && isOpeningQuoteTok(toks, comp.k) && toks[comp.k - 1]?.w === ',';
  const viaThat = comp.explicit && toks[comp.k - 1]?.lw === 'that';
  return (!comp.explicit || splitQuote || (afterQuote && !viaThat)) && !frontedAdverbial && (afterQuote || adverbialTail || shortTail(toks, tailAt));
}

/** '"...," he said.' / "At least 42 were killed, officials said on Tuesday.": content before, a split quotation or a parenthetical after. */
function postPosedContent(ctx: SentenceCtx, cue: Cue, startTok: number): Array<[number, number]> {
  const { text, toks, n, se } = ctx;
  const before = toks[startTok - 1];
  const content: Array<[number, number]> = [];
  pushRange(content, text, ctx.ss, before.s + (before.w === ',' ? 0 : 1));
  // Split quotation: '"X," he said, "Y."'
  let k = cue.tj + 1;
  while (k < n && !isOpeningQuoteTok(toks, k) && toks[k].w !== '.' && k < cue.tj + 8) k++;
  if (k < n && isOpeningQuoteTok(toks, k) && toks[k - 1]?.w === ',') {
    pushRange(content, text, toks[k].s, se);
    return content;
  }
  if (closesQuote(toks, startTok - 1) && quoteOpensSentence(toks, startTok - 1)) return content;
  // Parenthetical: "The attack, he said, was unprovoked." — the content resumes after the comma.
  let c = cue.tj + 1;
  while (c < n && c < cue.tj + 6 && toks[c].w !== ',' && !toks[c].punct) c++;
  if (c < n - 2 && toks[c].w === ',' && !OPEN_QUOTE.test(toks[c + 1].w) && !/ing$/.test(toks[c + 1].lw)) pushRange(content, text, toks[c + 1].s, se);
  return content;
}

/** Whether a weak or unusual subject-verb pair reports nothing without an explicit complement. */
function reportsNothing(toks: Token[], cue: Cue, m: Mention, comp: Complement): boolean {
  const dataSource = m.kind === 'document' || (DATA_VERBS.has(cue.lemma) && m.kind !== 'person' && m.kind !== 'vague');
  if (cue.weak && !comp.explicit && !dataSource && !(OBJECT_VERBS.has(cue.lemma) && (m.form !== 'generic' || m.kind !== 'person') && objectIsSaid(toks, cue))) return true;
  // "TV shows the crowd", "the economy added 200,000 jobs": a medium, or a thing no word list
  // knows, reports only with "that", a colon or a quotation after the verb.
  return !comp.explicit && ((isMedium(m.name) && DATA_VERBS.has(cue.lemma)) || (!!m.unknownHead && !PLAIN_SPEECH.has(cue.lemma)));
}

/** "KCNA cites Kim that ...": the one quoted between a chain verb and its "that". */
function viaOf(ctx: SentenceCtx, comp: Complement): ClaimSource['via'] {
  if (!comp.viaRange) return undefined;
  const { text, toks } = ctx;
  const vm = classifyPhrase(text, toks, comp.viaRange[0] + (toks[comp.viaRange[0]].lw === 'of' ? 1 : 0), comp.viaRange[1]);
  if (!vm || (vm.form !== 'name' && vm.form !== 'pronoun' && vm.form !== 'title')) return undefined;
  const vr = resolveMention(vm, ctx.disc, false);
  return { name: vr.ent?.name ?? vm.name, kind: vr.ent?.kind ?? vm.kind };
}

/** The subject on the left of a speech verb; null when there is none or the verb reports nothing here. */
export function readSubjectCue(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n } = ctx;
  const subj = subjectLeft(text, toks, cue, 0);
  // '"...," he said' needs a subject; a bare verb with nothing before credits no one.
  if (!subj) return null;
  const { m, startTok, indirect } = subj;
  const postPosed = postPosedSubject(toks, cue, startTok);
  const comp = complementStart(toks, cue, n - 1);
  if (postPosed && contentBefore(ctx, cue, startTok, comp)) return { m, position: 'after', content: postPosedContent(ctx, cue, startTok), indirect };
  if (reportsNothing(toks, cue, m, comp)) return null;
  const via = viaOf(ctx, comp);
  const content: Array<[number, number]> = [];
  if (comp.k < n) pushRange(content, text, toks[comp.k].s, ctx.se);
  // "But in late November, Rubio seemed to urge ...": nothing after the verb, and a fronted adverbial before the
  // subject is no content.
  if (postPosed && content.length === 0 && !frontedPhrase(toks)) {
    pushRange(content, text, ctx.ss, toks[startTok - 1].s);
    if (content.length) return { m, position: 'after', content, indirect, via };
  }
  return { m, position: 'before', content, indirect, via };
}
