// Cues: the words that credit content to someone. Speech and reporting verbs in every tense and voice
// ("said", "has told", "was quoted as saying", "is said to"), "according to", reporting nouns
// ("reports are that", "figures from"), impersonal ("it is believed that") and the colon ("Kim: ...").
import type { CueKind } from './types';
import type { Token } from './tokens';
import { AMBIGUOUS_VERB_FORMS, ANON_HEADS, BODY_NOUNS, CAP_STOP, DOCUMENT_NOUNS, PRONOUNS, ROLE_NOUNS, VAGUE_HEADS, WEAK_VERBS } from './lexicon';
import { isPlace, nameRuns } from './mentions';

import type { VerbForm } from './verbs';
export type { VerbForm };

export interface Cue {
  /** Cue span in the text. */
  s: number;
  e: number;
  kind: CueKind;
  /** Token indexes of the first and last cue words. */
  ti: number;
  tj: number;
  lemma: string;
  form: VerbForm;
  /** Needs an explicit complement (that, a colon, a quote) to count. */
  weak: boolean;
  /** Passive voice: the subject is the listener, the source follows "by". */
  passive: boolean;
  /** "it is believed that", "there are reports that": no one named. */
  impersonal: boolean;
  /** Attribution hedge on the cue ("reportedly", "is said to"). */
  hedge: string | null;
}

import { VERBS, type VerbInfo } from './verbs';
import { wordSet, wordSetMap } from './lexicon/load';

const BE = wordSet('cueWords', 'be');
const HEDGE_PARTICIPLES = wordSet('cueWords', 'hedgeParticiples');
const IMPERSONAL_THAT = wordSet('cueWords', 'impersonalThat');
const REPORT_SUBJECT_NOUNS = wordSet('cueWords', 'reportSubjectNouns');
const DET_BEFORE_NOUN = wordSet('cueWords', 'determinersBeforeNoun');
/** Verbs a Title Case headline reports speech with ("Trump Says ...", "Minister Warns ..."). */
const HEADLINE_VERBS = wordSet('cueWords', 'headlineVerbs');
const TRUE_DETERMINERS = wordSet('cueWords', 'trueDeterminers');
const NOUN_FOLLOWERS = wordSet('cueWords', 'nounFollowers');
const OPEN_QUOTE = /^["“„«‘']$/;
const CLOSE_QUOTE_TOK = /^["”»’']$/;
/** What may stand before "reports" when they open a clause: "Some reports are that", "Unconfirmed rumours swirled". */
const REPORT_NOUN_LEAD = wordSet('cueWords', 'reportNounLead');
const AUX_BEFORE_ING = wordSet('cueWords', 'auxBeforeIng');
const MODALS_BEFORE_VERB = wordSet('cueWords', 'modalsBeforeVerb');
const REDUCED_PASSIVE = wordSet('cueWords', 'reducedPassive');
const NOT_SPEECH_AFTER = wordSetMap('cueWords', 'notSpeechAfter');
const POLL_NOUNS = wordSet('cueWords', 'pollNouns');
const POLL_PHRASE_WORDS = wordSet('cueWords', 'pollPhraseWords');
/** Words after a poll noun that make it part of another phrase ("respondents in the poll who said"). */
const NOT_AFTER_POLL = wordSet('cueWords', 'notAfterPoll');
const POLL_TAIL_WORDS = wordSet('cueWords', 'pollTailWords');

/** Verbs that are speech only as the tag of a quotation ('"...," he sighed'). */
const QUOTE_TAG_ONLY = wordSet('cueWords', 'quoteTagOnly');
/** Words that open "X: ..." as a label, not a speaker ("Photo:", "Related:"). */
const COLON_STOP = wordSet('cueWords', 'colonStop');

/** A closing quotation mark among the few words before the verb ('"...," she continued'). */
function closesQuoteBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (CLOSE_QUOTE_TOK.test(toks[k].w) && toks[k - 1]?.punct) return true;
    if (toks[k].punct && toks[k].w !== ',') return false;
  }
  return false;
}

function skipAdverbsLeft(toks: Token[], i: number, min: number): number {
  let j = i;
  while (j >= min && !toks[j].punct && (toks[j].lw.endsWith('ly') || toks[j].lw === 'also' || toks[j].lw === 'not' || toks[j].lw === "n't")) j--;
  return j;
}

/** A subject-like token right before the cue: a pronoun, a name, or a head noun. */
function subjectLike(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  const lw = t.lw.replace(/\.$/, '');
  return PRONOUNS.has(lw) || (t.cap && !CAP_STOP.has(lw)) || ANON_HEADS.has(lw) || ROLE_NOUNS.has(lw) || BODY_NOUNS.has(lw) || VAGUE_HEADS.has(lw) || DOCUMENT_NOUNS.has(lw);
}

/** One sentence's scan: its tokens, what tells a quotation and a hedge, and the cues found so far. */
interface CueScan {
  toks: Token[];
  inQuote: (pos: number) => boolean;
  isAttributionHedge: (w: string) => boolean;
  cues: Cue[];
  /** Whether the sentence is a Title Case headline, read once when first needed. */
  titleCase: boolean | null;
}

function makeCue(toks: Token[], ti: number, tj: number, kind: CueKind, lemma: string, form: VerbForm, extra: Partial<Cue> = {}): Cue {
  return { s: toks[ti].s, e: toks[tj].e, kind, ti, tj, lemma, form, weak: false, passive: false, impersonal: false, hedge: null, ...extra };
}

const CUE_STARTS = ['according', 'it', 'there', 'reportedly', 'purportedly', 'reputedly'];
/** The first letter and length of each word that may start a cue: most tokens are ruled out before a Set hashes them. */
const CUE_SHAPES = new Set([...VERBS.keys(), ...CUE_STARTS, ...REPORT_SUBJECT_NOUNS].map(shapeOf));
function shapeOf(w: string): number {
  return w.length * 0x10000 + w.charCodeAt(0);
}

/** Words that may start a cue other than a speech verb: a quick test before any other. */
function mayStartCue(lw: string): boolean {
  if (!CUE_SHAPES.has(shapeOf(lw))) return false;
  return VERBS.has(lw) || lw === 'according' || lw === 'it' || lw === 'there' || lw === 'reportedly' || lw === 'purportedly'
    || lw === 'reputedly' || REPORT_SUBJECT_NOUNS.has(lw);
}

/**
 * The cues of one sentence, toks being its tokens. `inQuote(pos)` tells whether a text offset lies inside
 * a quotation (cues there are the speaker's words, not attributions).
 */
export function findCues(toks: Token[], inQuote: (pos: number) => boolean, isAttributionHedge: (w: string) => boolean): Cue[] {
  const scan: CueScan = { toks, inQuote, isAttributionHedge, cues: [], titleCase: null };
  let hasColon = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) { if (t.w === ':') hasColon = true; continue; }
    // Most words are none of the cue words: a quick exit before any other test.
    // "In a CBS News poll, ...": "in" counts only opening the sentence.
    if (!(mayStartCue(t.lw) || (i === 0 && t.lw === 'in')) || inQuote(t.s)) continue;
    const phraseEnd = phraseCue(scan, i);
    i = phraseEnd >= 0 ? phraseEnd : verbCue(scan, i);
  }
  // "Kim: ..." a short source name opening the sentence, then a colon.
  const colon = hasColon ? colonCue(toks, inQuote) : null;
  if (colon) scan.cues.push(colon);
  return scan.cues;
}

/** "according to", "it is believed that", "there are reports that", "reports are that", "reportedly": the last token index of the cue pushed, or -1. */
function phraseCue(scan: CueScan, i: number): number {
  const { toks, cues } = scan;
  const n = toks.length;
  const lw = toks[i].lw;
  // according to X
  if (lw === 'according' && toks[i + 1]?.lw === 'to') {
    cues.push(makeCue(toks, i, i + 1, 'according-to', 'according to', 'base'));
    return i + 1;
  }
  // "In a CBS News poll, she led ...", "Trump leads in the polls": the poll is the source, as with "according to".
  if (lw === 'in') {
    if (i > 0 || pollAfter(toks, i) < 0) return -1;
    cues.push(makeCue(toks, i, i, 'according-to', 'in', 'base'));
    return i;
  }
  if ((lw === 'it' || lw === 'there') && i + 2 < n) {
    const end = impersonalCue(scan, i);
    if (end >= 0) return end;
  }
  // "reports are that", "rumours were that", "rumours swirled in the capital that"
  if (REPORT_SUBJECT_NOUNS.has(lw) && (i === 0 || REPORT_NOUN_LEAD.has(toks[i - 1].lw) || toks[i - 1].w === ',')) {
    let k = i + 1;
    while (k < n && k < i + 7 && !toks[k].punct && toks[k].lw !== 'that' && !VERBS.has(toks[k].lw)) k++;
    if (k < n && toks[k].lw === 'that' && k > i + 1) {
      cues.push(makeCue(toks, i + 1, k, 'reporting-noun', lw, 'base'));
      return k;
    }
  }
  // "The gunmen reportedly took 30 passengers hostage": hearsay with no one named.
  if ((lw === 'reportedly' || lw === 'purportedly' || lw === 'reputedly') && !(next0IsSpeech(toks, i))) {
    cues.push(makeCue(toks, i, i, 'other', lw, 'base', { impersonal: true, hedge: lw }));
    return i;
  }
  return -1;
}

/**
 * "in" opens a poll's name: only pollster names, numbers and poll words up to a poll noun ("In the latest
 * NBC News/Wall Street Journal poll, ..."), then a comma; the index of the poll noun, or -1.
 */
export function pollAfter(toks: Token[], i: number): number {
  for (let k = i + 1; k < toks.length && k <= i + 10; k++) {
    const t = toks[k];
    if (POLL_NOUNS.has(t.lw)) {
      const next = toks[k + 1];
      if (next && !next.punct && (VERBS.has(next.lw) || BE.has(next.lw) || NOT_AFTER_POLL.has(next.lw))) return -1;
      // Fronted only, before the clause it credits: inside a sentence "in the polls" is as often the writer's
      // own account ("he has slid in the polls", "Trump, who has surged in the polls, said ...").
      return commaAfterPoll(toks, k) ? k : -1;
    }
    const inName = t.cap || /\d/.test(t.w) || t.lw === "'s" || t.w === '/' || t.w === '-' || t.w === '’' || (!t.punct && t.lw.includes('-'));
    if (!inName && !POLL_PHRASE_WORDS.has(t.lw)) return -1;
  }
  return -1;
}

/** Only the poll's tail ("from Vale University", "released Sunday") between its noun and a comma. */
function commaAfterPoll(toks: Token[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 10; j++) {
    const t = toks[j];
    if (t.w === ',') return true;
    if (!(t.cap || /\d/.test(t.w) || t.w === '-' || t.lw === "'s" || POLL_TAIL_WORDS.has(t.lw))) return false;
  }
  return false;
}

/** "it is believed that", "it has been reported that", "there are (unconfirmed) reports that". */
function impersonalCue(scan: CueScan, i: number): number {
  const { toks, cues } = scan;
  const n = toks.length;
  const lw = toks[i].lw;
  let k = i + 1;
  while (k < n && (BE.has(toks[k].lw) || toks[k].lw === 'has' || toks[k].lw === 'had' || toks[k].lw === 'widely' || toks[k].lw === 'now' || toks[k].lw === 'also' || toks[k].lw === 'generally')) k++;
  if (lw === 'it' && k > i + 1 && k < n && IMPERSONAL_THAT.has(toks[k].lw) && toks[k + 1]?.lw === 'that') {
    cues.push(makeCue(toks, i, k, 'other', toks[k].lw, 'pp', { impersonal: true, hedge: scan.isAttributionHedge(toks[k].lw) ? toks[k].lw : null }));
    return k;
  }
  if (lw === 'there' && k > i + 1) {
    let r = k;
    while (r < n && r < k + 3 && !REPORT_SUBJECT_NOUNS.has(toks[r].lw) && !toks[r].punct) r++;
    if (r < n && REPORT_SUBJECT_NOUNS.has(toks[r].lw) && toks[r + 1]?.lw === 'that') {
      cues.push(makeCue(toks, i, r, 'reporting-noun', toks[r].lw, 'base', { impersonal: true }));
      return r;
    }
  }
  return -1;
}

/** Noun readings of ambiguous forms: "a report", "the claims of", "reported attacks". */
function nounReading(toks: Token[], i: number, v: VerbInfo, prev: Token | undefined): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  // "He did note that", "she will claim": after a modal or "do" the form is the verb (a weak one, "can find
  // the answer", still reads as a noun unless its context says otherwise).
  if (prev && !prev.punct && MODALS_BEFORE_VERB.has(prev.lw) && v.form === 'base' && !WEAK_VERBS.has(v.lemma)) return false;
  if (prev && !prev.punct && TRUE_DETERMINERS.has(prev.lw)) return true;
  if (prev && !prev.punct && !prev.cap && DET_BEFORE_NOUN.has(prev.lw) && v.form !== 'past' && v.form !== 'pp') return true;
  // "calls for a ban" after a subject ("Sanders calls for", "Republicans call for") is the verb; "amid calls for" the noun.
  const verbPrep = next?.lw === 'for' && v.lemma === 'call' && subjectLike(prev);
  if (next && !next.punct && NOUN_FOLLOWERS.has(next.lw) && !(v.form === 'past' || v.form === 'pp') && !verbPrep) return true;
  // "records compiled by", "reports released on": a noun with a participle after it.
  if ((v.form === 'base' || v.form === 's') && next && !next.punct && next.lw.length > 4 && next.lw.endsWith('ed') && !VERBS.has(next.lw)) return true;
  if (prev && (prev.lw === "'s" || prev.w === '’' || prev.w === "'")) return true;
  const pluralNoun = !!prev && !prev.punct && !prev.cap && prev.lw.length > 3 && prev.lw.endsWith('s') && !prev.lw.endsWith('ss');
  const quoteNext = !!next && (next.w === ':' || OPEN_QUOTE.test(next.w)) && next.s > t.e;
  return (v.form === 'base' || v.form === 's') && !subjectLike(prev) && !quoteNext && !(next?.lw === 'that' && pluralNoun) && !(prev && (prev.w === ',' || CLOSE_QUOTE_TOK.test(prev.w)));
}

/** "a group called Black Votes Matter, ...", "a firm called Cambridge Analytica.": "called" names, it reports nothing. */
function namedCalled(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.punct || prev.cap || PRONOUNS.has(prev.lw) || !toks[i + 1]?.cap) return false;
  const run = toks.slice(Math.max(0, i - 4), i - 1).some((t) => t.lw === 'a' || t.lw === 'an') ? nameRuns(toks, i + 1, Math.min(toks.length - 1, i + 8))[0] : undefined;
  return !!run && run.a === i + 1 && (!toks[run.b + 1] || toks[run.b + 1].punct);
}

/** A verb form that is no cue here: a capitalised word, a noun reading, a credit line, a participle after a noun. */
function notACue(scan: CueScan, i: number, v: VerbInfo, prev: Token | undefined): boolean {
  const { toks } = scan;
  const t = toks[i];
  const lw = t.lw;
  const next = toks[i + 1];
  // "United States", "Post" are not cues; a Title Case headline's "Trump Says ..." is.
  if (t.cap && i > 0 && !(OPEN_QUOTE.test(toks[i - 1].w))) {
    scan.titleCase ??= isTitleCase(toks);
    if (!(scan.titleCase && scan.cues.length === 0 && toks[i - 1].cap && (v.form === 's' || v.form === 'past') && HEADLINE_VERBS.has(v.lemma))) return true;
  }
  if (AMBIGUOUS_VERB_FORMS.has(lw) && nounReading(toks, i, v, prev)) return true;
  if (lw === 'called' && namedCalled(toks, i)) return true;
  // "continued", "sighed" tag a quotation just closed ('"...," she continued.'), never "continued to rise".
  if (QUOTE_TAG_ONLY.has(v.lemma) && !(closesQuoteBefore(toks, i) && !(next && (next.lw === 'to' || next.lw.endsWith('ing'))))) return true;
  // "Additional reporting by ...; Editing by ...": a wire credit line.
  if ((v.lemma === 'report' || v.lemma === 'write') && v.form === 'ing' && next?.lw === 'by') return true;
  // "with 90 percent of precincts reporting", "people saying": a participle after a plain noun.
  if (v.form === 'ing' && prev && !prev.punct && !prev.cap && !AUX_BEFORE_ING.has(prev.lw) && prev.lw.endsWith('s') && next?.lw !== 'that' && !(next && OPEN_QUOTE.test(next.w))) return true;
  // "when asked about it": a reduced passive with no speaker.
  if (lw === 'asked' && prev && REDUCED_PASSIVE.has(prev.lw)) return true;
  // "claimed victory", "added another title": the object is not something said.
  return !!next && !!NOT_SPEECH_AFTER.get(v.lemma)?.has(next.lw) && toks[i + 2]?.lw !== 'that';
}

/** A speech verb at i, with its voice and hedge: the last token index read. */
function verbCue(scan: CueScan, i: number): number {
  const { toks, cues } = scan;
  const lw = toks[i].lw;
  const v = VERBS.get(lw);
  if (!v) return i;
  const prevIdx = skipAdverbsLeft(toks, i - 1, 0);
  const prev = prevIdx >= 0 ? toks[prevIdx] : undefined;
  if (notACue(scan, i, v, prev)) return i;
  // "was quoted as saying": the cue is the whole phrase, the subject stands before "was".
  if (lw === 'saying' && toks[i - 1]?.lw === 'as' && (toks[i - 2]?.lw === 'quoted' || toks[i - 2]?.lw === 'cited')) {
    const ti = BE.has(toks[i - 3]?.lw ?? '') ? i - 3 : i - 2;
    cues.push(makeCue(toks, ti, i, 'speech-verb', 'say', 'past', { hedge: null }));
    // Drop the "quoted" cue found just before.
    const lastCue = cues[cues.length - 2];
    if (lastCue && lastCue.ti >= ti - 1 && lastCue.lemma === 'quote') cues.splice(cues.length - 2, 1);
    return i;
  }
  let ti = i;
  let form = v.form;
  let passive = false;
  // Passive and "is said to": look at the auxiliaries before the verb.
  if ((form === 'past' || form === 'pp') && prev && BE.has(prev.lw)) {
    if (HEDGE_PARTICIPLES.has(lw) && toks[i + 1]?.lw === 'to') return saidToCue(scan, i, prevIdx);
    passive = true;
    ti = prevIdx;
    form = 'pp';
  }
  // Attribution hedges just before the verb ("reportedly told").
  let hedge: string | null = null;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (toks[k].punct) break;
    if (scan.isAttributionHedge(toks[k].lw)) { hedge = toks[k].lw; break; }
  }
  // "Trump claims he's worth $10 billion": a clause's subject pronoun after the form says it is the verb.
  const clauseNext = !!toks[i + 1] && PRONOUNS.has(toks[i + 1].lw) && toks[i + 1].lw !== 'it' && toks[i + 1].lw !== 'you';
  const weak = WEAK_VERBS.has(v.lemma) || (AMBIGUOUS_VERB_FORMS.has(lw) && (v.form === 'base' || v.form === 's') && !clauseNext);
  cues.push(makeCue(toks, ti, i, 'speech-verb', v.lemma, form, { passive, hedge, weak }));
  return i;
}

/** "is said to have told": the hedge goes to the next speech verb; else the sentence is hearsay. */
function saidToCue(scan: CueScan, i: number, prevIdx: number): number {
  const { toks, cues } = scan;
  const lw = toks[i].lw;
  const verbAhead = findVerbAhead(toks, i + 2, Math.min(toks.length, i + 6));
  const hedgeText = `${toks[prevIdx].lw} ${lw} to`;
  if (verbAhead >= 0) {
    const va = VERBS.get(toks[verbAhead].lw)!;
    cues.push(makeCue(toks, verbAhead, verbAhead, 'speech-verb', va.lemma, va.form, { hedge: hedgeText, weak: WEAK_VERBS.has(va.lemma) }));
    return verbAhead;
  }
  cues.push(makeCue(toks, prevIdx, i + 1, 'other', lw, 'pp', { impersonal: true, hedge: hedgeText }));
  return i + 1;
}

/** A headline in Title Case: its capitals say nothing about names or nouns. */
export function isTitleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.punct) continue;
    const c = t.w.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words >= 0.75;
}

/** "reportedly said": the hedge belongs to the speech verb that follows. */
function next0IsSpeech(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 2; k++) if (VERBS.has(toks[k].lw) && !WEAK_VERBS.has(VERBS.get(toks[k].lw)!.lemma)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (VERBS.has(toks[k].lw) && !WEAK_VERBS.has(VERBS.get(toks[k].lw)!.lemma)) return true;
  return false;
}

function findVerbAhead(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (toks[k].punct) return -1;
    const v = VERBS.get(toks[k].lw);
    if (v && !WEAK_VERBS.has(v.lemma)) return k;
  }
  return -1;
}

function colonCue(toks: Token[], inQuote: (pos: number) => boolean): Cue | null {
  const early = colonAtStart(toks, inQuote);
  if (early) return early;
  // "- Philip Bump: “Two weeks ago ...”": a name right before a colon that opens a quotation.
  for (let c = 2; c < toks.length - 1; c++) {
    if (toks[c].w !== ':' || !/^["“„«]$/.test(toks[c + 1].w) || inQuote(toks[c].s)) continue;
    const runs = nameRuns(toks, Math.max(0, c - 5), c - 1);
    const last = runs[runs.length - 1];
    if (last && last.b === c - 1 && !VERBS.has(toks[c - 1].lw)) {
      return { s: toks[c].s, e: toks[c].e, kind: 'colon', ti: c, tj: c, lemma: ':', form: 'base', weak: false, passive: false, impersonal: false, hedge: null };
    }
    // "Grace Okafor ... was blunt about the shortfall: “We have ...”": the sentence's subject speaks.
    return { s: toks[c].s, e: toks[c].e, kind: 'colon', ti: c, tj: c, lemma: 'lead', form: 'base', weak: true, passive: false, impersonal: false, hedge: null };
  }
  return null;
}

function colonAtStart(toks: Token[], inQuote: (pos: number) => boolean): Cue | null {
  const limit = Math.min(toks.length - 2, 6);
  for (let c = 1; c <= limit; c++) {
    const t = toks[c];
    if (t.w !== ':') { if (t.punct && t.w !== '-' && t.w !== '.' && !/^['’]/.test(t.w)) return null; continue; }
    if (inQuote(t.s)) return null;
    const words = toks.slice(0, c).filter((x) => !x.punct);
    if (!words.length || words.some((x) => COLON_STOP.has(x.lw))) return null;
    const runs = nameRuns(toks, 0, c - 1);
    const headNoun = words[words.length - 1].lw;
    const named = runs.length > 0 && runs[runs.length - 1].b === c - 1;
    // "Iowa: Tim Albrecht, Brad Anderson, ...", "New Hampshire: ...": a place heads a list, it says nothing.
    if (named && isPlace(toks.slice(runs[runs.length - 1].a, c).map((x) => x.w).join(' '))) return null;
    if (!named && !ANON_HEADS.has(headNoun) && !ROLE_NOUNS.has(headNoun) && !DOCUMENT_NOUNS.has(headNoun)) return null;
    if (words.some((x) => VERBS.has(x.lw) && !x.cap)) return null;
    return { s: t.s, e: t.e, kind: 'colon', ti: c, tj: c, lemma: ':', form: 'base', weak: false, passive: false, impersonal: false, hedge: null };
  }
  return null;
}

export function isSpeechVerb(lw: string): boolean { return VERBS.has(lw); }
