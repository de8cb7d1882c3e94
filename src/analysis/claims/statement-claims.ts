// Statements: cue complements that are not (mostly) a quotation.
import { topicForText } from '../topics';
import { contentHedges, credit, cueOf, featuresFor, type Draft } from './draft';
import { overlapsAny, unquotedWords, wordCount, type SentenceInfo } from './spans';
import { wordSet } from '../lexicon/load';
import { VERBS } from '../verbs';

/** Words that open a reported clause ('said that ...'). */
const COMPLEMENTIZERS = wordSet('attribution', 'complementizers');
/** Words that make what follows a cue no content ("responded by blocking ...", "reported by CNN"). */
const NOT_CONTENT_OPENERS = wordSet('attribution', 'notContentOpeners');
/** Words that join a statement to a second cue of its source ("and calls her ..."). */
const JOINS_BEFORE_CUE = wordSet('attribution', 'joinsBeforeCue');

/**
 * Statement drafts of the block's attributions; `quoteDrafts` are the block's quotations in text order. A
 * statement has at least `minWords` words (languages without articles say in two what English says in three).
 */
export function statementDrafts(text: string, sentences: SentenceInfo[], quoteDrafts: Draft[], minWords = 3, complementizers: ReadonlySet<string> = COMPLEMENTIZERS): Draft[] {
  const out: Draft[] = [];
  /** The spans already given, as start:end: two cues giving the very same words make one claim. */
  const given = new Set<string>();
  for (const s of sentences) for (const a of s.atts) {
    if (!a.source) continue;
    const start = a.content[0][0];
    const end = a.content[a.content.length - 1][1];
    // A complement that is mostly a quotation is the quotation; one with a clause of its own besides
    // ('said that the offensive would continue "until ..."') is a statement too, holding the quote.
    const holdsQuote = overlapsAny(quoteDrafts, start, end);
    if (holdsQuote && unquotedWords(text, start, end, quoteDrafts) < 4) continue;
    if (wordCount(text, start, end, 3) < minWords || (opensWith(text, start, NOT_CONTENT_OPENERS) && !afterWord(text, start, complementizers))) continue;
    // Its own quotations are quote claims: the statement keeps the words before them, never the same words twice;
    // so for a quotation another cue of the same source gives inside it ('urged women to vote, saying "..."').
    const c = credit(a);
    const inside = holdsQuote ? quoteDrafts.filter((q) => q.start < end && q.end > start) : [];
    const own = inside.filter((q) => q.att === a);
    let range = own.length ? wordsBeforeQuotes(text, start, own, complementizers) : { start, end };
    const echoed = range && inside.find((q) => q.att !== a && q.source?.name === c.source.name && q.start < range!.end && q.end > range!.start);
    if (range && echoed) range = wordsBeforeCue(text, range.start, echoed, minWords);
    // Two cues giving the very same words ("reported, citing the military, that ..."): one claim, the first cue's.
    if (!range || given.has(`${range.start}:${range.end}`)) continue;
    given.add(`${range.start}:${range.end}`);
    const features = featuresFor('statement', c, text, range.end - range.start, false);
    out.push({
      start: range.start, end: range.end, form: 'statement', topic: topicForText(text.slice(range.start, range.end)), quantity: null,
      hedges: contentHedges(text, range.start, range.end), source: c.source, cue: cueOf(text, c), features,
      container: null, att: a, ambiguousAt: a.ambiguousAt,
    });
  }
  return out.filter((d) => !cutAtNested(text, d, out, quoteDrafts, minWords));
}

/**
 * A statement that holds another claim stops where that claim starts: the report of another source ('Mr. Ross
 * said Mr. Obama had told Jewish leaders that he would not ...': Ross's words are "Mr. Obama had told Jewish
 * leaders", the rest is Obama's claim), or a second cue of its own source ('defended the bill, arguing that
 * ...'). The same words are never highlighted twice. True when the statement says no more than the second cue of
 * its own source inside it ('said he told them that ...'): it is left out.
 * Left whole when fewer than `minWords` would be left.
 */
function cutAtNested(text: string, d: Draft, statements: Draft[], quotes: Draft[], minWords: number): boolean {
  // A credit after its report ('The army said ..., the news agency reported') holds all of it.
  if (!d.att || d.att.position !== 'before') return false;
  let at = d.end;
  let sameSource = false;
  for (let i = 0; i < statements.length + quotes.length; i++) {
    const o = i < statements.length ? statements[i] : quotes[i - statements.length];
    if (o === d || o.start <= d.start || o.start >= at || o.end > d.end + 1) continue;
    // Words an unnamed group or a weak verb reports inside a named source's statement stay that source's
    // ('Dahl said allies had pledged 35 more systems').
    if (o.att && (o.att.cue.weak || o.source?.kind === 'vague' || o.source?.kind === 'anonymous')) continue;
    // The same source saying more ('..., arguing that ...') keeps neither the second cue; another source's report
    // ('had told Jewish leaders that ...') is what the outer source said happened.
    const cue = o.att && o.att.cue.s > d.start && o.att.cue.s < o.start ? o.att.cue : null;
    const same = o.source?.name === d.source?.name;
    at = same && cue ? cue.s : o.start;
    sameSource = same;
  }
  if (at === d.end) return false;
  let e = at;
  for (let trimmed = true; trimmed;) {
    while (e > d.start && EDGE.test(text[e - 1])) e--;
    const last = WORD_BEFORE.exec(text.slice(Math.max(d.start, e - 12), e));
    const w = last?.[1].toLowerCase() ?? '';
    trimmed = !!last && (COMPLEMENTIZERS.has(w) || JOINS_BEFORE_CUE.has(w)) && e - w.length > d.start;
    if (trimmed) e -= last![0].length;
  }
  // 'said he told them that the deal was off': nothing but the second cue's subject is left, and that says the same.
  if (wordCount(text, d.start, e, minWords) < minWords) return sameSource;
  d.end = e;
  d.topic = topicForText(text.slice(d.start, e));
  d.hedges = contentHedges(text, d.start, e);
  d.features = featuresFor('statement', credit(d.att), text, e - d.start, false);
  return false;
}

const EDGE = /[\s,;:\u2014\u2013-]/u;
const WORD_BEFORE = /([\p{L}]+)[\s,]*$/u;

/**
 * The words from `start` to the statement's first own quotation (`quotes` sorted by start), edges trimmed, when a
 * complementizer opens them: the paraphrase leading into the quotation ('said that the offensive would continue
 * "until ..."'). Else null, and the quotation is the claim: what else stands there is mostly framing ('said last
 * week in Tel Aviv, "..."', 'But, Mr. Ryan said, "..."'). (Also keeping a clause right after the cue without
 * "that" gained 0.1 point of recall and lost 0.2 of precision on PolNeAR train: not worth its rules.)
 */
function wordsBeforeQuotes(text: string, start: number, quotes: Draft[], complementizers: ReadonlySet<string>): { start: number; end: number } | null {
  let s = start;
  let e = quotes[0].start;
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  const opener = WORD_BEFORE.exec(text.slice(Math.max(0, s - 12), s))?.[1].toLowerCase();
  if (opener && complementizers.has(opener)) return wordCount(text, s, e, 4) >= 4 ? { start: s, end: e } : null;
  // 'says he respects Clinton and calls her "..."': a clause of its own, then a second speech verb leads into the quotation.
  const join = JOINED_CUE.exec(text.slice(s, e));
  if (!join || !VERBS.has(join[2].toLowerCase()) || !JOINS_BEFORE_CUE.has(join[1].toLowerCase())) return null;
  const end = s + join.index;
  return wordCount(text, s, end, 3) >= 3 ? { start: s, end } : null;
}

/** The last "<join> <verb>" before a quotation: ", and calls her", " then added". */
const JOINED_CUE = /[\s,]+(\p{L}+)\s+(\p{L}+)(?:\s+\p{L}+)?[\s,:]*$/u;

/**
 * The words from `start` to the cue of a quotation the same source gives later in the statement, without the
 * word that joins them ('he respects Clinton and calls her "..."' keeps "he respects Clinton"); null when fewer
 * than a statement's `minWords` are left.
 */
function wordsBeforeCue(text: string, start: number, quote: Draft, minWords: number): { start: number; end: number } | null {
  let e = Math.min(quote.start, quote.att && quote.att.cue.s > start ? quote.att.cue.s : quote.start);
  for (let joined = true; joined;) {
    while (e > start && EDGE.test(text[e - 1])) e--;
    const last = WORD_BEFORE.exec(text.slice(Math.max(start, e - 12), e));
    joined = !!last && JOINS_BEFORE_CUE.has(last[1].toLowerCase()) && e - last[1].length > start;
    if (joined) e -= last![0].length;
  }
  return wordCount(text, start, e, minWords) >= minWords ? { start, end: e } : null;
}

/** The first word at or after `at` is one of `words` (lower case). */
function opensWith(text: string, at: number, words: ReadonlySet<string>): boolean {
  const m = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(at, at + 40));
  return !!m && words.has(m[1]);
}

/** The word right before `at` is one of `words` ('said that by then ...': content after all). */
function afterWord(text: string, at: number, words: ReadonlySet<string>): boolean {
  const m = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && words.has(m[1].toLowerCase());
}
