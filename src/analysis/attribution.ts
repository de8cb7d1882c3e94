// Attribution: for each cue of a sentence, who is credited (the source mention, resolved against the
// discourse) and with what (the content ranges). Handles subject-cue-content, post-posed
// ("..., officials said"), inverted ("said Smith"), split quotes, participles (", adding that"),
// appositives ("Hugh Hill, a doctor at X, said"), "according to X" before or after, and chains
// ("KCNA cites Kim that ...", "quoting Kim as saying").
import type { ClaimSource, SourceKind } from './types';
import type { Token } from './tokens';
import { isTitleCase, type Cue } from './cues';
import { VERBS } from './verbs';
import type { Discourse, Entity } from './discourse';
import { resolveMention, sourceFrom, type Resolution } from './resolve';
import { classifyPhrase, isMedium, nameRuns, phraseEndRight, phraseStartLeft, sentenceInitial, type Mention } from './mentions';
import { AUX_WORDS, LISTENER_VERBS, NP_STOP, PRONOUNS, ROLE_NOUNS } from './lexicon';

export type Position = 'before' | 'after' | 'inverted' | 'context';
export type { Resolution };

export interface Attribution {
  cue: Cue;
  mention: Mention | null;
  entity: Entity | null;
  source: ClaimSource | null;
  /** Content ranges in the text (two for a split quotation). */
  content: Array<[number, number]>;
  /** Where the source stands: before its content, after it (post-posed), inverted after the cue. */
  position: Position;
  resolution: Resolution;
  resolveDistance: number;
  /** How likely the resolved entity is the one meant (1 for a name), and the next likeliest. */
  resolveP: number;
  others: Array<{ entity: Entity; p: number }>;
  /** Offset where a clause that may be the writer's own voice starts (", but now ..."), or -1. */
  ambiguousAt: number;
  /** The subject was found past an appositive or a participle. */
  indirect: boolean;
}

const CLOSE_QUOTE = /^["”»’']$|^''$/;
const OPEN_QUOTE = /^["“„«‘']$|^''$/;
const CHAIN_VERBS = new Set(['cite', 'quote']);
const BLAME_VERBS = new Set(['blame', 'accuse', 'praise', 'criticize', 'criticise', 'condemn', 'defend', 'question', 'challenge', 'call', 'thank', 'congratulate', 'describe', 'dismiss', 'reject', 'slam', 'blast', 'hail', 'welcome']);
/** Verbs whose object is what was said ("called Trump 'unhinged'", "criticized the plan", "asked whether"). */
const OBJECT_VERBS = new Set(['put', 'call', 'describe', 'criticize', 'criticise', 'praise', 'condemn', 'slam', 'blast', 'hail', 'welcome', 'accuse', 'blame', 'defend', 'dismiss', 'reject', 'question', 'ask', 'mention', 'urge', 'challenge', 'deny', 'announce', 'reveal', 'predict', 'suggest', 'insist', 'promise', 'pledge', 'vow', 'recommend', 'propose', 'demand', 'express', 'voice', 'applaud', 'lash', 'rail', 'respond', 'reply', 'answer', 'write', 'quote', 'cite', 'estimate', 'forecast']);
/** "Gallup finds ...", "the ministry's figures show ...": bodies report data with these. */
const DATA_VERBS = new Set(['show', 'find', 'suggest', 'indicate', 'estimate', 'put', 'count', 'record', 'report', 'project', 'forecast']);
/** Verbs that are speech whatever their subject ("the lab said ..."). */
const PLAIN_SPEECH = new Set(['say', 'tell', 'write', 'announce', 'declare', 'state', 'warn', 'insist', 'claim', 'argue']);
const TIME_NOUNS = new Set(['night', 'day', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'time', 'weekend', 'season', 'summer', 'winter', 'spring', 'fall', 'autumn', 'point', 'moment']);
const WH_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);
/** ", despite ...": the writer's framing of what was said, not part of it. */
const CONCESSIVE_TAIL = /,\s+(?:despite|in\s+spite\s+of|notwithstanding)\s/;
const CONTRAST = /,\s+(?:but|while|although|though|whereas|yet)\s|;\s|\s+but\s+now\s|\s+—\s|\s+-\s/g;

function isClosingQuoteTok(toks: Token[], i: number): boolean {
  const t = toks[i];
  // A “ attached to the word before it closes too (sloppy typography).
  if (!t || !(CLOSE_QUOTE.test(t.w) || t.w === '“')) return false;
  const prev = toks[i - 1];
  return !!prev && prev.e === t.s; // attached to the word before it
}
function isOpeningQuoteTok(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !OPEN_QUOTE.test(t.w)) return false;
  const next = toks[i + 1];
  return !!next && next.s === t.e;
}

/** Index of the first token after the cue where its complement starts, and whether it is explicit. */
function complementStart(toks: Token[], cue: Cue, end: number): { k: number; explicit: boolean; viaRange: [number, number] | null } {
  let k = cue.tj + 1;
  const listener = LISTENER_VERBS.has(cue.lemma);
  const chain = CHAIN_VERBS.has(cue.lemma);
  // "blamed the blackout on a fault that ...": verbs that take an object have no "that" clause after it.
  const window = BLAME_VERBS.has(cue.lemma) ? 1 : listener || chain ? 16 : 7;
  // "..., Sanders said, a policy that ...": after a comma the complement can only be a quotation.
  if (toks[k]?.w === ',' && !isOpeningQuoteTok(toks, k + 1)) return { k, explicit: false, viaRange: null };
  // "said on Tuesday that", "told the gathering of his generals that", "cites of Kim that"
  for (let i = k; i <= end && i < k + window; i++) {
    const t = toks[i];
    // Another cue verb ("said in a statement, adding that"): the "that" is its own.
    if (i > k && !t.punct && VERBS.has(t.lw) && VERBS.get(t.lw)!.form !== 'base' && (toks[i - 1].w === ',' || toks[i - 1].lw === 'and')) break;
    // "that night", "said that.": not a complementizer.
    if (t.lw === 'that' && !t.punct && toks[i + 1] && (!toks[i + 1].punct || isOpeningQuoteTok(toks, i + 1)) && !TIME_NOUNS.has(toks[i + 1].lw)) {
      const via: [number, number] | null = chain && i > k ? [k, i - 1] : null;
      return { k: i + 1, explicit: true, viaRange: via };
    }
    if (t.w === ':' || (isOpeningQuoteTok(toks, i) && (i === k || (i === k + 1 && toks[k].w === ',')))) return { k: t.w === ':' ? i + 1 : i, explicit: true, viaRange: chain && i > k ? [k, i - 1] : null };
    if (WH_WORDS.has(t.lw) && (cue.lemma === 'ask' || cue.lemma === 'question' || cue.lemma === 'wonder') && !t.punct) return { k: i, explicit: true, viaRange: null };
    if (t.lw === 'as' && toks[i + 1]?.lw === 'saying') return { k: i + 2, explicit: true, viaRange: chain && i > k ? [k, i - 1] : null };
    if (t.punct && t.w !== ',' && t.w !== '-' && !/^['’]/.test(t.w)) break;
  }
  // Skip a comma right after the cue ("said, ...").
  while (k <= end && toks[k].w === ',') k++;
  if (listener && k <= end && !isOpeningQuoteTok(toks, k)) {
    // "told reporters the war was over": skip a short listener phrase.
    const t = toks[k];
    if (PRONOUNS.has(t.lw) || t.lw === 'him' || t.lw === 'her' || t.lw === 'them' || t.lw === 'us' || t.lw === 'me' || t.lw === 'reporters' || t.lw === 'journalists') k++;
    else if (t.cap) { const r = nameRuns(toks, k, end)[0]; if (r && r.a === k) k = r.b + 1; }
  }
  return { k, explicit: false, viaRange: null };
}

const TAIL_WORDS = new Set(['on', 'in', 'at', 'to', 'a', 'an', 'the', 'statement', 'interview', 'reporters', 'journalists', 'told', 'last', 'this', 'week', 'month', 'year', 'earlier', 'later', 'late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'recently', 'separately', 'also', 'then', 'previously', 'briefing', 'news', 'conference', 'press', 'email', 'emailed', 'phone', 'telephone', 'via', 'social', 'media', 'post', 'speech', 'written', 'with', 'after', 'of', 'his', 'her', 'their', 'its', 'by', 'when', 'asked', 'about', 'it', 'this', 'that', 'so', 'too', 'again']);

const PREP_START = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'via', 'from', 'with', 'when', 'while', 'last', 'this', 'earlier', 'later', 'late', 'early', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'recently', 'afterward', 'afterwards', 'outside', 'inside', 'near', 'through', 'as', 'of', 'about', 'by', 'under', 'over', 'following', 'amid', 'despite', 'since', 'because', 'though', 'although', 'if', 'but', 'and']);

function adverbialOnly(toks: Token[], [s, e]: [number, number]): boolean {
  let first: Token | null = null;
  let words = 0;
  for (const t of toks) {
    if (t.s < s || t.e > e || t.punct) continue;
    first ??= t;
    words++;
  }
  return !!first && PREP_START.has(first.lw) && !['if', 'because', 'though', 'although', 'since', 'when', 'while', 'as', 'and', 'but'].includes(first.lw) && words <= 6;
}

function endsWithColon(text: string, ss: number, se: number): boolean {
  let e = se;
  while (e > ss && /\s/.test(text[e - 1])) e--;
  return text.charCodeAt(e - 1) === 58;
}

const RELATIVES = new Set(['who', 'which', 'that', 'whose']);

function skipAuxLeft(toks: Token[], j: number): number {
  while (j >= 0 && !toks[j].punct && (AUX_WORDS.has(toks[j].lw) || (toks[j].lw.endsWith('ly') && !toks[j].cap && toks[j].lw.length > 4))) j--;
  return j;
}

/** A comma, or a dash that sets off an appositive ("The justice -- who has ... -- said"). */
function isComma(toks: Token[], i: number): boolean {
  const w = toks[i]?.w;
  return w === ',' || w === '\u2014' || w === '\u2013' || (w === '-' && (toks[i - 1]?.w === '-' || toks[i + 1]?.w === '-'));
}

/** "began by saying", "left without saying": the participle's subject is the clause's. */
const PARTICIPLE_LEAD = new Set(['by', 'before', 'after', 'without', 'while', 'when']);
const BOUNDARY_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'and', 'yet']);
/** Index of a clause boundary (", while", ", but", ";") in toks[from, to), or -1. */
function clauseBoundary(toks: Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (toks[i].w === ';') return i;
    if (toks[i].w === ',' && BOUNDARY_WORDS.has(toks[i + 1]?.lw ?? '')) return i;
  }
  return -1;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor']);
/** "did not say", "would not comment", "declined to say": nothing was said. */
function negated(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 3; i--) {
    const t = toks[i];
    if (t.punct) break;
    if (NEGATIONS.has(t.lw) || /n't$/.test(t.lw) || ((t.lw === 'declined' || t.lw === 'refused' || t.lw === 'failed') && toks[i + 1]?.lw === 'to')) return true;
  }
  // "asked not to be identified", "asked to leave"
  return cue.lemma === 'ask' && (toks[cue.tj + 1]?.lw === 'not' || toks[cue.tj + 1]?.lw === 'to');
}

/** "if company officials respond", "unless the minister says so": a cue in a condition reports nothing. */
function hypothetical(toks: Token[], cue: Cue): boolean {
  for (let i = cue.ti - 1; i >= 0 && i >= cue.ti - 5; i--) {
    const t = toks[i];
    if (t.punct) return false;
    if (t.lw === 'if' || t.lw === 'unless' || t.lw === 'whether') return true;
  }
  return false;
}

/** "called for", "called on", "called the plan 'a fantasy'": only then is what follows "call" something said. */
function objectIsSaid(toks: Token[], cue: Cue): boolean {
  if (cue.lemma === 'describe' || cue.lemma === 'put' || cue.lemma === 'estimate') {
    // "described the plan as reckless", "put the toll at 42", "estimated it at around 35,000"
    for (let i = cue.tj + 1; i < toks.length && i < cue.tj + 10; i++) {
      if (toks[i].punct) return false;
      if (cue.lemma === 'describe' ? toks[i].lw === 'as' : toks[i].lw === 'at' || (toks[i].lw === 'as' && /^(?:high|low|many|much)$/.test(toks[i + 1]?.lw ?? ''))) return true;
    }
    return false;
  }
  if (cue.lemma !== 'call') return true;
  const next = toks[cue.tj + 1];
  if (next && (next.lw === 'for' || next.lw === 'on')) return true;
  // "called Trump a liar", "called him reckless": a person named, then what they were called.
  if (next && (next.lw === 'him' || next.lw === 'her' || next.lw === 'them' || (next.cap && !toks[cue.tj + 2]?.punct))) return true;
  for (let i = cue.tj + 1; i < toks.length && i < cue.tj + 8; i++) if (isOpeningQuoteTok(toks, i)) return true;
  return false;
}

/** The quotation closing at toks[close] starts the sentence (or began in an earlier one). */
function quoteOpensSentence(toks: Token[], close: number): boolean {
  const single = /^[‘’']$/.test(toks[close].w);
  for (let i = close - 1; i >= 0; i--) {
    // Skip quotation marks of the other family (a 'nested' quote inside a "double" one).
    if (isOpeningQuoteTok(toks, i) && /^[‘’']$/.test(toks[i].w) === single) return i <= 1 || toks[i - 1].w === ':';
  }
  return true;
}

/** The words before the comma at toks[comma] are a fronted adverbial: "In a 1963 speech", "Asked about it". */
function frontedPhrase(toks: Token[], _comma: number): boolean {
  const first = toks[0];
  if (!first || first.punct) return false;
  const lw = first.lw;
  return FRONTING.has(lw) || (lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing')) && !VERBS_PAST_SUBJECT.has(lw));
}
const FRONTING = new Set(['earlier', 'later', 'back', 'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'as', 'with', 'despite', 'amid', 'following', 'under', 'when', 'while', 'although', 'though', 'if', 'because', 'from', 'without', 'unlike', 'like', 'for', 'by', 'through', 'upon', 'once', 'until']);
const VERBS_PAST_SUBJECT = new Set(['united', 'red', 'ted', 'fred', 'ed', 'sterling', 'king', 'beijing', 'reading', 'bing', 'ming', 'ping']);

function tailWords(toks: Token[], k: number): number {
  let n = 0;
  for (let i = k; i < toks.length; i++) if (!toks[i].punct) n++;
  return n;
}

/** After a post-posed cue only adverbials follow ("..., officials said on Tuesday in a statement."). */
function shortTail(toks: Token[], k: number): boolean {
  let words = 0;
  for (let i = k; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) { if (t.w === ',' || /[.!?;:]/.test(t.w) || CLOSE_QUOTE.test(t.w) || OPEN_QUOTE.test(t.w)) return true; continue; }
    words++;
    if (!TAIL_WORDS.has(t.lw) && !t.cap && !/^\d/.test(t.w)) return false;
    if (words > 8) return false;
  }
  return true;
}

/** Spaces and the punctuation that never starts or ends a content span. */
function trimmable(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || c === 160;
}

function trimRange(text: string, s: number, e: number): [number, number] | null {
  while (s < e && trimmable(text.charCodeAt(s))) s++;
  while (e > s && trimmable(text.charCodeAt(e - 1))) e--;
  if ((text.charCodeAt(s) | 32) === 116 && /^that\s/i.test(text.slice(s, s + 5))) s += 5;
  return e - s >= 3 ? [s, e] : null;
}

/** "a report released on Friday, ..." / "data published by the ministry, ...": the participle phrase up to its comma. */
function participleTail(toks: Token[], end: number): number {
  const p = toks[end + 1];
  if (!p || p.punct || p.cap || !/ed$/.test(p.lw)) return end;
  for (let c = end + 2; c < toks.length && c <= end + 10; c++) {
    if (toks[c].w === ',') return c + 1 < toks.length - 1 ? c - 1 : end;
    if (toks[c].punct) return end;
  }
  return end;
}

/** "X said profits rose 12%, despite a slump that cost 300 jobs": the content after the cue ends at ", despite". */
function cutConcessiveTail(text: string, cue: Cue, content: Array<[number, number]>): void {
  const i = content.length - 1;
  const last = content[i];
  if (!last || last[0] < cue.e || OPEN_QUOTE.test(text[last[0]] ?? '')) return;
  const hit = CONCESSIVE_TAIL.exec(text.slice(last[0], last[1]));
  if (!hit || hit.index < 8) return;
  const r = trimRange(text, last[0], last[0] + hit.index);
  if (r) content[i] = r;
}

/**
 * ", according to X" / ", Reuters reported": the credit comes right after the comma (not one inside a
 * number or a date) that ends the content.
 */
function creditOpensTail(text: string, contentEnd: number, creditStart: number): boolean {
  const m = /^\s*,\s+/.exec(text.slice(contentEnd, creditStart));
  return !!m && contentEnd + m[0].length === creditStart && !/^(?:(?:some|any|every|no)thing\b|\d)/i.test(text.slice(creditStart, creditStart + 12));
}

/**
 * "Officials said 42 were killed, according to the ministry" / "..., Reuters reported.": the credit after
 * the comma holds the whole report before it, so the report nested in it ends where that credit begins
 * (not "..., a concern voiced by X" nor "..., a point X also made": those describe the report, not credit it).
 */
function trimNestedReports(text: string, earlier: Attribution[], [c0, c1]: [number, number]): void {
  for (const a of earlier) {
    if (a.cue.s < c0 || a.cue.e > c1) continue;
    const i = a.content.length - 1;
    const last = a.content[i];
    if (!last || last[1] <= c1 || last[0] >= c1) continue;
    const r = trimRange(text, last[0], c1);
    if (r) a.content[i] = r;
  }
}

/** The subject noun phrase left of the cue, skipping auxiliaries, adverbs, appositives and parentheticals. */
function subjectLeft(text: string, toks: Token[], cue: Cue, min: number): { m: Mention; startTok: number; indirect: boolean } | null {
  let j = cue.ti - 1;
  while (j >= min && !toks[j].punct && (AUX_WORDS.has(toks[j].lw) || (toks[j].lw.endsWith('ly') && !toks[j].cap && toks[j].lw.length > 4))) j--;
  if (j < min) return null;
  // "declined to say", "wants to tell": an infinitive has no subject of its own here.
  if (toks[j].lw === 'to' || (NP_STOP.has(toks[j].lw) && toks[j].lw !== 'who' && toks[j].lw !== 'which' && !PRONOUNS.has(toks[j].lw))) return null;
  // "a former official who now advises the bank": a verb inside a restrictive relative clause describes
  // its noun; only a full speech verb there reports anything.
  if (RELATIVES.has(toks[j].lw) && j > min && toks[j - 1].w !== ',' && cue.weak) return null;
  let indirect = false;
  // "Barkley, who said he votes ..., said": a relative pronoun stands for the phrase before its comma.
  let relative = -1;
  if ((toks[j].lw === 'who' || toks[j].lw === 'which') && j - 2 >= min && toks[j - 1].w === ',') { relative = j; j -= 2; indirect = true; }
  // "Hugh Hill, a doctor at the hospital, said" / "Trump's attorney, Alan Garten, said" /
  // "Marley Anderson, 21, a student from Ohio, said": skip descriptive appositives, take a named one.
  for (let hop = 0; hop < 4 && isComma(toks, j); hop++) {
    if (toks[j].w === '-' && toks[j - 1]?.w === '-') j--;
    let k = j - 1;
    while (k >= min && !isComma(toks, k) && !isClosingQuoteTok(toks, k) && toks[k].w !== ';' && j - k < 45) k--;
    if (k < min || !isComma(toks, k) || j - k < 2) return null;
    // "--" is two tokens: step over its first half.
    if (toks[k].w === '-' && toks[k - 1]?.w === '-') k--;
    const appFirst = toks[k + 1];
    if (appFirst.cap && !['A', 'An', 'The', 'Who', 'Which', 'In', 'On', 'At', 'After', 'Before', 'During', 'Speaking', 'Asked'].includes(appFirst.w)) {
      const app = classifyPhrase(text, toks, k + 1, j - 1);
      if (app && app.form === 'name') {
        const outer = phraseStartLeft(toks, k - 1, min);
        if (outer <= k - 1) {
          const desc = classifyPhrase(text, toks, outer, k - 1);
          if (desc && desc.form === 'title') app.roles = [...(app.roles ?? []), desc.name.toLowerCase(), desc.role ?? ''];
          app.s = toks[outer].s;
        }
        return { m: app, startTok: outer, indirect: true };
      }
    }
    j = k - 1;
    indirect = true;
    if (j < min) return null;
    // An age between commas: "Marley Anderson, 21, a student".
    if (/^\d{1,3}$/.test(toks[j].w) && toks[j - 1]?.w === ',' && j >= min + 2) j -= 2;
  }
  let start = phraseStartLeft(toks, j, min);
  if (start > j) return null;
  let m = classifyPhrase(text, toks, start, j);
  // "Current and former officials who spoke with the Post said": the subject is the phrase before "who".
  const rel = toks[start - 1];
  if (rel && RELATIVES.has(rel.lw) && start - 2 >= min && !toks[start - 2].punct) {
    const s2 = phraseStartLeft(toks, start - 2, min);
    const m2 = s2 <= start - 2 ? classifyPhrase(text, toks, s2, start - 2) : null;
    if (m2 && (m2.form !== 'generic' || m2.kind !== 'person' || !m)) { m = { ...m2, e: toks[j].e }; start = s2; indirect = true; }
  }
  // "Scott Morris, a former official who is now a fellow at X, which works ..., said": when the phrase
  // left of the cue names no one, the name that opens the sentence before its first comma does.
  if ((!m || (m.form === 'generic' && m.kind === 'person')) && indirect) {
    let c = min;
    while (c < cue.ti && !isComma(toks, c)) c++;
    if (c < cue.ti && c > min && phraseStartLeft(toks, c - 1, min) === min) {
      const lead = classifyPhrase(text, toks, min, c - 1);
      if (lead && lead.form === 'name') { m = lead; start = min; }
    }
  }
  if (!m) return null;
  // The credit is given where the relative pronoun stands: the mention runs from the name to "who".
  if (relative >= 0) m.e = toks[relative].e;
  // Appositive description goes to the person's roles.
  if (indirect && m.form === 'name') {
    const descTok = toks[j + 2];
    if (descTok) {
      let end = j + 2;
      while (end < cue.ti && toks[end].w !== ',') end++;
      const desc = classifyPhrase(text, toks, j + 2, end - 1);
      if (desc && (desc.form === 'title' || desc.form === 'anonymous')) m.roles = [...(m.roles ?? []), (desc.role ?? desc.name).toLowerCase()];
    }
  }
  return { m, startTok: start, indirect };
}

/** The subject at the start of the clause: "He made the remarks ..., telling ..." -> "He". */
function leadingSubject(text: string, toks: Token[], lo: number, hi: number): Mention | null {
  const first = leadingSubjectAt(text, toks, lo, hi);
  if (first) return first;
  // "In an interview on Thursday, the senator criticized ... and said": try after each comma.
  for (let c = lo; c < hi; c++) {
    if (toks[c].w !== ',') continue;
    const m = leadingSubjectAt(text, toks, c + 1, hi);
    if (m) return m;
  }
  return null;
}

/** The nearest pronoun or name left of a participle ("When he returned he began by saying"). */
function nearestSubjectLeft(text: string, toks: Token[], before: number): Mention | null {
  for (let i = before - 1; i >= 0 && i >= before - 12; i--) {
    const t = toks[i];
    if (PRONOUNS.has(t.lw) && !(toks[i - 1] && NP_PREPOSITIONS_LEFT.has(toks[i - 1].lw))) return classifyPhrase(text, toks, i, i);
  }
  return null;
}
const NP_PREPOSITIONS_LEFT = new Set(['of', 'to', 'for', 'with', 'by', 'from', 'at', 'on', 'in', 'about', 'than']);

function leadingSubjectAt(text: string, toks: Token[], lo: number, hi: number): Mention | null {
  let i = lo;
  while (i < hi && (toks[i].punct || toks[i].lw === 'but' || toks[i].lw === 'and')) i++;
  if (i >= hi) return null;
  if (PRONOUNS.has(toks[i].lw)) return classifyPhrase(text, toks, i, i);
  const end = Math.min(hi - 1, phraseEndRight(toks, i, hi - 1, 8));
  const m = classifyPhrase(text, toks, i, end);
  if (m && (m.form !== 'generic' || m.kind !== 'person')) return m;
  // Else the first name at the start of the clause ("Smith, who ..., told").
  const run = nameRuns(toks, i, end)[0];
  if (run && run.a <= i + 2) return classifyPhrase(text, toks, i, run.b);
  return null;
}

/** Attributions of one sentence [ss, se) with tokens toks. */
export function attributeSentence(text: string, toks: Token[], ss: number, se: number, cues: Cue[], disc: Discourse): Attribution[] {
  const out: Attribution[] = [];
  const n = toks.length;
  if (!n) return out;
  /** Token ranges that describe a source ("released by the ministry"): no cue of their own. */
  const sourcePhrases: Array<[number, number]> = [];
  for (const cue of cues) {
    // Reported speech inside reported speech ("Dahl said allies had pledged ..."): the outer source is
    // credited. A cue past a clause boundary (", while police estimated") starts a clause of its own.
    const outer = out.find((a) => a.content.some(([c0, c1]) => cue.s >= c0 && cue.e <= c1));
    if (outer) {
      const b = clauseBoundary(toks, outer.cue.tj + 1, cue.ti);
      if (b >= 0) {
        const last = outer.content[outer.content.length - 1];
        const r = trimRange(text, last[0], toks[b].s);
        if (r) outer.content[outer.content.length - 1] = r;
      }
    }
    if (negated(toks, cue) || hypothetical(toks, cue)) continue;
    let m: Mention | null = null;
    let position: Position = 'before';
    const content: Array<[number, number]> = [];
    let indirect = false;
    let via: ClaimSource['via'];
    if (sourcePhrases.some(([a, b]) => cue.ti >= a && cue.tj <= b)) continue;
    if (cue.kind === 'according-to') {
      const k = cue.tj + 1;
      if (k >= n) continue;
      const nounEnd = phraseEndRight(toks, k, n - 1, 30);
      m = classifyPhrase(text, toks, k, nounEnd, true);
      // "according to a report released on Friday, ...": the participle phrase is part of the source.
      const end = participleTail(toks, nounEnd);
      sourcePhrases.push([k, end]);
      if (m?.by) { via = undefined; m = { ...m.by, s: m.s, e: m.e, name: m.by.name }; }
      const after = toks[end + 1];
      // "..., according to X, but ...": preceded by a comma, X credits the clause before it.
      const midClause = cue.ti > 0 && toks[cue.ti - 1].w === ',';
      if (after && after.w === ',' && end + 2 < n - 1 && !midClause) {
        const r = trimRange(text, toks[end + 2].s, se);
        if (r) content.push(r);
      } else if (cue.ti > 0) {
        let from = ss;
        // "..., and according to X" keeps the clause before only when nothing follows.
        const r = trimRange(text, from, toks[cue.ti].s);
        if (r) content.push(r);
        position = 'after';
        from = 0;
      }
    } else if (cue.kind === 'colon' && cue.lemma === 'lead') {
      // "X was blunt about the shortfall: “...”": the clause's subject, if the clause names one.
      if (out.length) continue;
      m = leadingSubject(text, toks, 0, cue.ti);
      if (m && m.form === 'generic' && m.kind === 'person') m = null;
      const r = trimRange(text, cue.e, se);
      if (r) content.push(r);
    } else if (cue.kind === 'colon') {
      const runs = nameRuns(toks, Math.max(0, cue.ti - 6), cue.ti - 1);
      const run = runs[runs.length - 1];
      const from = run && run.b === cue.ti - 1 ? run.a : phraseStartLeft(toks, cue.ti - 1, 0, 6);
      m = classifyPhrase(text, toks, from, cue.ti - 1, true);
      // "Graham: Trump's Rhetoric Destroying GOP's Chance" credits Graham; "The Latest: Sanders Wins
      // Minnesota" is a section label over a headline.
      if (!isOpeningQuoteTok(toks, cue.tj + 1) && isTitleCase(toks.slice(cue.tj + 1)) && (!m || (m.form === 'generic' && m.kind !== 'document'))) continue;
      const r = trimRange(text, cue.e, se);
      if (r) content.push(r);
    } else if (cue.impersonal) {
      const noun = toks[cue.tj];
      m = { s: cue.s, e: cue.e, kind: 'vague', form: 'vague', name: cue.kind === 'reporting-noun' ? noun.w : /^(?:reportedly|purportedly|reputedly)$/.test(cue.lemma) ? 'unnamed reports' : text.slice(cue.s, cue.e) };
      if (cue.kind === 'reporting-noun') m = { ...m, s: noun.s, e: noun.e };
      const start = cue.tj + 1 < n && toks[cue.tj + 1].lw === 'that' ? toks[cue.tj + 1].e : cue.e;
      // "X is said to have ordered ...": the whole sentence is hearsay.
      const whole = text.slice(cue.e - 2, cue.e) === 'to' || /^(?:reportedly|purportedly|reputedly)$/.test(cue.lemma);
      const r = whole ? trimRange(text, ss, se) : trimRange(text, start, se);
      if (r) content.push(r);
    } else if (cue.kind === 'reporting-noun') {
      // "(some) reports are that ..."
      const start = phraseStartLeft(toks, cue.ti - 1, 0, 5);
      m = classifyPhrase(text, toks, start, cue.ti - 1);
      if (m && m.kind !== 'vague' && m.kind !== 'document') m = { ...m, kind: 'vague', form: 'vague' };
      const r = trimRange(text, toks[cue.tj].e, se);
      if (r) content.push(r);
    } else {
      // Speech verb.
      if (cue.passive) {
        const by = toks[cue.tj + 1]?.lw === 'by' ? cue.tj + 2 : -1;
        if (by < 0 || by >= n) continue;
        const end = phraseEndRight(toks, by, n - 1);
        m = classifyPhrase(text, toks, by, end);
        const r = trimRange(text, ss, toks[cue.ti].s);
        if (r) content.push(r);
        position = 'after';
      } else {
        const prev = toks[cue.ti - 1];
        const nextTok = toks[cue.tj + 1];
        const afterBoundary = !prev || prev.w === ',' || isClosingQuoteTok(toks, cue.ti - 1) || (prev.punct && CLOSE_QUOTE.test(prev.w));
        // A pronoun after the verb is inverted only when nothing follows it ('"...," said he.').
        const pronounNext = !!nextTok && PRONOUNS.has(nextTok.lw) && !(toks[cue.tj + 2]?.punct ?? true);
        // Any noun phrase may follow an inverted verb ('..., says political scientist Dossym Satpayev');
        // it must then read as a source and close the clause (checked below).
        const nextStartsNP = !!nextTok && !nextTok.punct && !pronounNext && nextTok.lw !== 'that' && !(PREP_START.has(nextTok.lw) && !nextTok.cap);
        const invEnd = nextStartsNP ? phraseEndRight(toks, cue.tj + 1, n - 1) : -1;
        const quoteBefore = isClosingQuoteTok(toks, cue.ti - 1) || !!(prev && prev.punct && CLOSE_QUOTE.test(prev.w));
        // Inverted: '"...," said Smith' / '..., says a senior official.' — the phrase after the verb ends the clause.
        let inverted = afterBoundary && nextStartsNP && !(cue.form === 'ing' && prev && prev.w === ',') && (!LISTENER_VERBS.has(cue.lemma) || quoteBefore)
          && (quoteBefore || invEnd + 1 >= n || toks[invEnd + 1].punct || (PREP_START.has(toks[invEnd + 1].lw) && tailWords(toks, invEnd + 1) <= 8));
        const invMention = inverted ? classifyPhrase(text, toks, cue.tj + 1, invEnd) : null;
        if (inverted && (!invMention || (!quoteBefore && invMention.form === 'generic' && invMention.kind === 'person'))) inverted = false;
        // "A Fox News poll, conducted with ..., shows Sanders ahead": a subject set off by an appositive
        // on the left outranks an inverted reading.
        if (inverted && !quoteBefore) {
          const alt = subjectLeft(text, toks, cue, 0);
          if (alt && alt.indirect && (alt.m.form !== 'generic' || alt.m.kind !== 'person')) inverted = false;
        }
        if (inverted) {
          const end = invEnd;
          m = invMention;
          position = 'inverted';
          const r = prev ? trimRange(text, ss, toks[cue.ti - 1].e) : null;
          if (r) content.push(r);
          const splitAt = end + 1 < n && toks[end + 1].w === ',' && isOpeningQuoteTok(toks, end + 2) ? end + 2 : -1;
          if (splitAt >= 0) { const r2 = trimRange(text, toks[splitAt].s, se); if (r2) content.push(r2); }
        } else if ((cue.form === 'ing' && prev && (prev.w === ',' || PARTICIPLE_LEAD.has(prev.lw))) || (prev && (prev.lw === 'and' || prev.lw === 'but') && cue.form !== 'ing')) {
          // ", adding that ..." / "... and said ...": the subject of the clause or of the cue before.
          const earlier = out.filter((a) => a.cue.ti < cue.ti && a.mention).pop();
          m = earlier?.mention ?? leadingSubject(text, toks, 0, cue.ti) ?? nearestSubjectLeft(text, toks, cue.ti);
          // "adding to his wins", "responded to": not speech.
          if (toks[cue.tj + 1]?.lw === 'to' && (cue.lemma === 'add' || cue.lemma === 'respond' || cue.lemma === 'reply')) continue;
          indirect = true;
          const comp = complementStart(toks, cue, n - 1);
          if (cue.weak && !comp.explicit && !(OBJECT_VERBS.has(cue.lemma) && objectIsSaid(toks, cue))) continue;
          if (comp.k < n) { const r = trimRange(text, toks[comp.k].s, se); if (r) content.push(r); }
        } else {
          const subj = subjectLeft(text, toks, cue, 0);
          if (!subj) {
            // '"...," he said' needs a subject; a bare verb with nothing before credits no one.
            continue;
          }
          m = subj.m;
          indirect = subj.indirect;
          const before = toks[subj.startTok - 1];
          const inRelative = RELATIVES.has(toks[cue.ti - 1]?.lw ?? '') || RELATIVES.has(toks[skipAuxLeft(toks, cue.ti - 1)]?.lw ?? '');
          const postPosed = !inRelative && !!before && (before.w === ',' || isClosingQuoteTok(toks, subj.startTok - 1) || (before.punct && CLOSE_QUOTE.test(before.w)));
          const comp = complementStart(toks, cue, n - 1);
          // A quotation right before the subject is what it said only when it opens the sentence
          // (or began before it): 'on Fox's "Sunday Futures," Rep. Issa said' names a show.
          const quoteEnd = !!before && (isClosingQuoteTok(toks, subj.startTok - 1) || (before.punct && CLOSE_QUOTE.test(before.w)));
          const afterQuote = quoteEnd && quoteOpensSentence(toks, subj.startTok - 1);
          // "In a 1963 speech, he declared ..." / "Courted by donors, Adelson said ...": a fronted adverbial is not content.
          const frontedAdverbial = !!before && before.w === ',' && frontedPhrase(toks, subj.startTok - 1) && tailWords(toks, cue.tj + 1) >= 3;
          // "..., Ash Carter told a Senate panel on Wednesday": skip the listener, then look at the tail.
          const tailAt = LISTENER_VERBS.has(cue.lemma) && toks[cue.tj + 1] && !toks[cue.tj + 1].punct ? phraseEndRight(toks, cue.tj + 1, n - 1, 8) + 1 : cue.tj + 1;
          const tailStart = toks[tailAt];
          const adverbialTail = !tailStart || tailStart.punct || PREP_START.has(tailStart.lw);
          // '"X," she said, "Y."': a quotation after the comma continues a split quotation.
          const splitQuote = comp.explicit && comp.k < n && isOpeningQuoteTok(toks, comp.k) && toks[comp.k - 1]?.w === ',';
          const viaThat = comp.explicit && toks[comp.k - 1]?.lw === 'that';
          if (postPosed && (!comp.explicit || splitQuote || (afterQuote && !viaThat)) && !frontedAdverbial && (afterQuote || adverbialTail || shortTail(toks, tailAt))) {
            // '"...," he said.' / "At least 42 were killed, officials said on Tuesday."
            position = 'after';
            const r = trimRange(text, ss, before.s + (before.w === ',' ? 0 : 1));
            if (r) content.push(r);
            // Split quotation: '"X," he said, "Y."'
            let k = cue.tj + 1;
            while (k < n && !isOpeningQuoteTok(toks, k) && toks[k].w !== '.' && k < cue.tj + 8) k++;
            if (k < n && isOpeningQuoteTok(toks, k) && toks[k - 1]?.w === ',') { const r2 = trimRange(text, toks[k].s, se); if (r2) content.push(r2); }
            else if (!afterQuote) {
              // Parenthetical: "The attack, he said, was unprovoked." — the content resumes after the comma.
              let c = cue.tj + 1;
              while (c < n && c < cue.tj + 6 && toks[c].w !== ',' && !toks[c].punct) c++;
              if (c < n - 2 && toks[c].w === ',' && !OPEN_QUOTE.test(toks[c + 1].w) && !/ing$/.test(toks[c + 1].lw)) {
                const r2 = trimRange(text, toks[c + 1].s, se);
                if (r2) content.push(r2);
              }
            }
          } else {
            const dataSource = m.kind === 'document' || (DATA_VERBS.has(cue.lemma) && m.kind !== 'person' && m.kind !== 'vague');
            if (cue.weak && !comp.explicit && !dataSource && !(OBJECT_VERBS.has(cue.lemma) && (m.form !== 'generic' || m.kind !== 'person') && objectIsSaid(toks, cue))) continue;
            // "TV shows the crowd", "the economy added 200,000 jobs": a medium, or a thing no word list
            // knows, reports only with "that", a colon or a quotation after the verb.
            if (!comp.explicit && ((isMedium(m.name) && DATA_VERBS.has(cue.lemma)) || (m.unknownHead && !PLAIN_SPEECH.has(cue.lemma)))) continue;
            if (comp.viaRange) {
              const vm = classifyPhrase(text, toks, comp.viaRange[0] + (toks[comp.viaRange[0]].lw === 'of' ? 1 : 0), comp.viaRange[1]);
              if (vm && (vm.form === 'name' || vm.form === 'pronoun' || vm.form === 'title')) {
                const vr = resolveMention(vm, disc, false);
                via = { name: vr.ent?.name ?? vm.name, kind: vr.ent?.kind ?? vm.kind };
              }
            }
            if (comp.k < n) { const r = trimRange(text, toks[comp.k].s, se); if (r) content.push(r); }
            if (postPosed && content.length === 0) {
              const r = trimRange(text, ss, before.s);
              if (r) { content.push(r); position = 'after'; }
            }
          }
        }
      }
    }
    // "Breitbart News responded:" at the end of a paragraph: the quotation comes in the next one.
    if (m && cue.kind !== 'according-to' && cue.kind !== 'colon' && endsWithColon(text, ss, se) && cue === cues[cues.length - 1]) {
      const r = resolveMention(m.by ?? m, disc, true);
      disc.pendingColon = { cue, mention: m, entity: r.ent, source: sourceFrom(m.by ?? m, r, text), content: [], position: 'before', resolution: r.res, resolveDistance: r.dist, resolveP: r.p, others: r.others, ambiguousAt: -1, indirect } satisfies Attribution;
      continue;
    }
    if (!m || content.length === 0) continue;
    // "she said in an interview.": an adverbial after the cue is not what was said.
    if (content.length === 1 && content[0][0] >= cue.e && adverbialOnly(toks, content[0])) continue;
    // "Estimates by the Institute ...", "figures from the ministry": the body behind the document speaks.
    if (m.by && cue.kind !== 'according-to') m = m.by;
    const r = resolveMention(m, disc, true);
    const ent = r.ent;
    const source = sourceFrom(m, r, text);
    if (via) source.via = via;
    let ambiguousAt = -1;
    const last = content[content.length - 1];
    if (position !== 'after') {
      CONTRAST.lastIndex = 0;
      const seg = text.slice(last[0], last[1]);
      const cm = CONTRAST.exec(seg);
      if (cm && cm.index > 8) ambiguousAt = last[0] + cm.index;
    }
    cutConcessiveTail(text, cue, content);
    if (position === 'after' && content.length === 1 && m.form !== 'pronoun' && creditOpensTail(text, content[0][1], Math.min(m.s, cue.s))) trimNestedReports(text, out, content[0]);
    out.push({ cue, mention: m, entity: ent, source, content, position, resolution: r.res, resolveDistance: r.dist, resolveP: r.p, others: r.others, ambiguousAt, indirect });
    if (ent && (m.kind === 'person' || m.kind === 'organization' || m.kind === 'government' || m.kind === 'outlet' || m.kind === 'anonymous')) disc.noteSpeaker(ent);
  }
  return out;
}

/** Registers the named people and bodies of a sentence so later pronouns and titles can find them. */
export function registerNames(text: string, toks: Token[], disc: Discourse): void {
  if (isTitleCase(toks)) return;
  const runs = nameRuns(toks, 0, toks.length - 1);
  for (const r of runs) {
    // A name seen before needs no new reading.
    const known = r.a > 0 && ROLE_NOUNS.has(toks[r.a - 1].lw) ? undefined : disc.lookup(text.slice(toks[r.a].s, toks[r.b].e));
    if (known) {
      if (r.a !== r.b || !sentenceInitial(toks, r.a)) known.initialOnly = false;
      disc.touch(known, r.a <= 3);
      continue;
    }
    // Take the role words and titles right before the name along ("North Korean leader Kim Jong Un").
    let a = r.a;
    while (a > 0 && !toks[a - 1].punct && (toks[a - 1].cap || /^(?:leader|president|minister|chief|spokesman|spokeswoman|commander|general|secretary|senator|governor|mayor|ambassador|envoy|director|founder|chairman|official|head)$/.test(toks[a - 1].lw)) && r.a - a < 5) a--;
    const m = classifyPhrase(text, toks, a, r.b);
    if (!m || m.form !== 'name') continue;
    // A lone capitalised word opening the sentence may be any word ("Harsh", "Politicking"): kept, but
    // marked until the text capitalises it mid-sentence too.
    disc.register(m, r.a <= 3, a === r.b && sentenceInitial(toks, a));
  }
}

export type { SourceKind };
