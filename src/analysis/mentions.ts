// Source mentions: the noun phrase that names who says something, read off the tokens of a sentence.
// Named people (with titles, possessives, appositives), organisations, governments, outlets; anonymous
// ("a senior official") and vague ("some reports") sources; pronouns and role titles to resolve later.
import type { SourceKind } from './types';
import type { Token } from './tokens';
import { VERBS } from './verbs';
import PLACES from './lexicon/en/places.json';
import GROUPS from './lexicon/en/groups.json';
import NOT_SOURCES from './lexicon/en/not-sources.json';
import {
  ANON_HEADS, ANON_MARKERS, BODY_NOUNS, CAP_STOP, COUNTRIES, DOCUMENT_NOUNS, GOVERNMENT_NAMES, NP_PREPOSITIONS,
  NP_STOP, ORG_WORDS, ORGANIZATIONS, OUTLETS, OUTLET_SUFFIXES, PRONOUNS, ROLE_NOUNS, TITLES, VAGUE_HEADS,
} from './lexicon';

export type MentionForm = 'name' | 'pronoun' | 'title' | 'anonymous' | 'vague' | 'generic';

export interface Mention {
  /** Offsets of the whole noun phrase in the text. */
  s: number;
  e: number;
  kind: SourceKind;
  form: MentionForm;
  /** Canonical name before discourse resolution ("Zelensky", "the ministry", "he"). */
  name: string;
  /** Lower-case name tokens of a named mention, for matching later mentions ("Kim" -> "Kim Jong Un"). */
  nameTokens?: string[];
  /** Role nouns describing a person ("leader", "north korean leader"). */
  roles?: string[];
  /** Role head of a title mention ("the North Korean leader" -> "leader"). */
  role?: string;
  plural?: boolean;
  gender?: 'm' | 'f';
  /** The head noun is one no word list knows ("the economy"): a source only with an explicit complement. */
  unknownHead?: boolean;
  /** Alias given in parentheses: "Korean Central News Agency (KCNA)". */
  alias?: string;
  /** Source of a document: "a report by Human Rights Watch" -> Human Rights Watch. */
  by?: Mention;
}

const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we'], ['me', 'i']]);
const CONNECTORS = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'dos', 'abu', 'ben']);
const ACRONYM_RE = /^[A-Z][A-Z0-9.&]{1,7}$/;
/** States, cities, regions: a place named as a source speaks for its government; it is never a person. */
const PLACE_NAMES = new Set(PLACES.places);
const GROUP_HEADS = new Set(GROUPS.heads);
const MEDIA = new Set(NOT_SOURCES.media);
const COMPANY_VOICES = new Set(['officials', 'executives', 'representatives', 'spokespeople', 'managers']);
const POSSESSIVE = new Set(["'s", "'"]);
const NEWS_AGENCY_BEFORE = new Set(['news', 'press', 'state', 'information']);

function isPossessive(t: Token): boolean { return POSSESSIVE.has(t.lw) || t.lw === '’s' || t.lw === "’"; }
function bare(lw: string): string { return lw.endsWith('.') ? lw.slice(0, -1) : lw; }

/** A capitalised token that can be part of a name at index i. */
function nameToken(toks: Token[], i: number, inRun: boolean): boolean {
  const t = toks[i];
  if (t.punct) return false;
  if (t.cap) {
    if (!inRun && CAP_STOP.has(bare(t.lw))) return false;
    // A dateline ("WASHINGTON (Reuters) -", "KYIV, Ukraine —") names a place, not a source.
    if (!inRun && i === 0 && t.w.length >= 3 && t.w === t.w.toUpperCase() && /^[(,\u2014\u2013-]$/.test(toks[i + 1]?.w ?? '') && !OUTLETS.has(t.lw) && !ORGANIZATIONS.has(t.lw) && !COUNTRIES.has(t.lw)) return false;
    // "Estimates by ...", "Officials said": a common noun capitalised because it opens the sentence.
    if (!inRun && (i === 0 || /^[“"‘'(:—–-]$/.test(toks[i - 1].w)) && isCommonNoun(t.lw) && !toks[i + 1]?.cap) return false;
    // "I've", "You're", "Don't": a contraction is never a name; "Ironically, ...", "Enraged, ...",
    // "Seeing ...,": an adverb or participle opening the sentence, set off by a comma.
    if (CONTRACTION.test(t.w)) return false;
    if (!inRun && sentenceInitial(toks, i) && toks[i + 1]?.w === ',' && /(?:ly|ing|ed)$/.test(t.lw)) return false;
    return true;
  }
  if (!inRun) return false;
  const next = toks[i + 1];
  // "Mohammed bin Salman", "Bank of England", "al-Assad"
  if ((CONNECTORS.has(t.lw) || t.lw === 'of' || t.lw === 'for' || t.lw === 'and' || /^(?:al|el)-\p{Lu}/u.test(t.w))
    && next && next.cap && !CAP_STOP.has(bare(next.lw))) {
    if ((t.lw === 'of' || t.lw === 'for' || t.lw === 'and') && !ORG_WORDS.has(bare(toks[i - 1]?.lw ?? ''))) return false;
    return true;
  }
  return /^(?:al|el)-\p{Lu}/u.test(t.w);
}

const CONTRACTION = /^\p{L}+(?:['’](?:ve|re|m|ll|d)|n['’]t)$/iu;

/** Whether token i opens its sentence (possibly after an opening quotation mark or bracket). */
export function sentenceInitial(toks: Token[], i: number): boolean {
  return i === 0 || (i <= 2 && toks.slice(0, i).every((t) => t.punct));
}

/** A medium that shows pictures ("TV", "the video"): what it shows is no one's finding. */
export function isMedium(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return MEDIA.has(words[words.length - 1]);
}

/** A country, state, city or region by name. */
export function isPlace(name: string): boolean {
  const ln = name.toLowerCase().replace(/^the\s+/, '').replace(/\.$/, '');
  return PLACE_NAMES.has(ln) || COUNTRIES.has(ln);
}

function isCommonNoun(lw: string): boolean {
  return GROUP_HEADS.has(lw) || VAGUE_HEADS.has(lw) || DOCUMENT_NOUNS.has(lw) || ANON_HEADS.has(lw) || ROLE_NOUNS.has(lw) || BODY_NOUNS.has(lw);
}

export interface NameRun { a: number; b: number }

/** Runs of name tokens within toks[a..b] (inclusive bounds). */
export function nameRuns(toks: Token[], a: number, b: number): NameRun[] {
  const runs: NameRun[] = [];
  let i = a;
  while (i <= b) {
    if (!nameToken(toks, i, false)) { i++; continue; }
    let j = i;
    while (j + 1 <= b && nameToken(toks, j + 1, true)) j++;
    // A connector cannot end a run.
    while (j > i && !toks[j].cap) j--;
    runs.push({ a: i, b: j });
    i = j + 1;
  }
  return runs;
}

const ODD_SPACE = /\s{2}|[\t\n\r\u00a0]/;
function joinTokens(text: string, toks: Token[], a: number, b: number): string {
  const s = text.slice(toks[a].s, toks[b].e);
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** What kind of body a capitalised name is. */
export function kindOfName(lowerName: string, lastWord: string, prevWord: string, original: string): SourceKind {
  const ln = lowerName.replace(/^the\s+/, '');
  if (OUTLETS.has(ln)) return 'outlet';
  if (ORGANIZATIONS.has(ln)) return 'organization';
  if (COUNTRIES.has(ln) || GOVERNMENT_NAMES.has(ln) || PLACE_NAMES.has(ln.replace(/\.$/, ''))) return 'government';
  if (lastWord === 'agency') return NEWS_AGENCY_BEFORE.has(prevWord) ? 'outlet' : 'organization';
  if (OUTLET_SUFFIXES.has(lastWord) && ln.includes(' ')) return 'outlet';
  const words = ln.split(/\s+/);
  if (words.some((w) => w === 'ministry' || w === 'government' || w === 'department' || w === 'kremlin' || w === 'cabinet')) return 'government';
  if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (ACRONYM_RE.test(original)) return 'organization';
  return 'person';
}

/** Classifies the name run toks[a..b]: strips titles, finds the kind. */
function nameMention(text: string, toks: Token[], a: number, b: number, npStart: number, npEnd: number): Mention {
  let k = a;
  const roles: string[] = [];
  let gender: 'm' | 'f' | undefined;
  // Strip leading titles, but keep a name that is only titles ("President"). Words before the last
  // title describe the role: "Chinese Foreign Minister Wang Tao" -> Wang Tao, a "chinese foreign minister".
  let lastTitle = -1;
  for (let i = a; i < b; i++) if (TITLES.has(bare(toks[i].lw))) lastTitle = i;
  if (lastTitle >= a) {
    const rest = joinTokens(text, toks, lastTitle + 1, b).toLowerCase();
    const restWords = rest.split(' ');
    if (kindOfName(rest, restWords[restWords.length - 1], restWords[restWords.length - 2] ?? '', rest) === 'person' && !ORG_WORDS.has(restWords[0])) {
      for (let i = a; i <= lastTitle; i++) {
        const tl = bare(toks[i].lw);
        if (tl === 'mr') gender = 'm';
        if (tl === 'mrs' || tl === 'ms' || tl === 'miss') gender = 'f';
        if (ROLE_NOUNS.has(tl)) roles.push(tl);
      }
      if (lastTitle > a) roles.push(joinTokens(text, toks, a, lastTitle).toLowerCase());
      k = lastTitle + 1;
    }
  }
  const full = joinTokens(text, toks, a, b);
  const name = joinTokens(text, toks, k, b);
  const lower = name.toLowerCase();
  const lastWord = bare(toks[b].lw);
  const prevWord = b > a ? bare(toks[b - 1].lw) : '';
  const fullLower = full.toLowerCase();
  let kind = kindOfName(lower, lastWord, prevWord, name);
  if (kind === 'person' && kindOfName(fullLower, lastWord, prevWord, full) !== 'person') kind = kindOfName(fullLower, lastWord, prevWord, full);
  const m: Mention = {
    s: toks[npStart].s, e: toks[npEnd].e, kind, form: 'name',
    name: kind === 'person' ? name : full.replace(/^the\s+/i, ''),
    nameTokens: (kind === 'person' ? name : full).toLowerCase().split(/\s+/).map(bare),
    roles, gender,
  };
  return m;
}

/** The noun phrase toks[a..b] as a source mention, or null when it names nothing usable. */
export function classifyPhrase(text: string, toks: Token[], a: number, b: number, lenient = false): Mention | null {
  while (a <= b && toks[a].punct && !isPossessive(toks[a])) a++;
  while (b >= a && toks[b].punct && toks[b].w !== ')') b--;
  if (a > b) return null;
  const span = (x: number, y: number) => ({ s: toks[x].s, e: toks[y].e });
  // A parenthetical after a name: an alias ("(KCNA)") or a party tag ("(D-Va.)").
  let alias: string | undefined;
  let coreEnd = b;
  if (toks[b].w === ')') {
    let p = b - 1;
    while (p > a && toks[p].w !== '(') p--;
    if (p > a) {
      const inner = joinTokens(text, toks, p + 1, b - 1);
      if (ACRONYM_RE.test(inner)) alias = inner;
      coreEnd = p - 1;
    } else return null;
  }
  if (a === coreEnd && (PRONOUNS.has(toks[a].lw) || OBJECT_PRONOUNS.has(toks[a].lw))) {
    const lw = OBJECT_PRONOUNS.get(toks[a].lw) ?? toks[a].lw;
    return {
      // Unresolved, "it" is some body and "they" some group: never a person.
      ...span(a, coreEnd), kind: lw === 'i' || lw === 'we' ? 'author' : lw === 'it' ? 'organization' : lw === 'they' ? 'vague' : 'person', form: 'pronoun', name: toks[a].w,
      plural: lw === 'they' || lw === 'we', gender: lw === 'he' ? 'm' : lw === 'she' ? 'f' : undefined,
    };
  }
  // Head region: after the last possessive, before the first preposition.
  let headStart = a;
  let possessor: [number, number] | null = null;
  // Possessives count only before the first preposition ("a person familiar with Thursday's meeting").
  let firstPrep = coreEnd + 1;
  for (let i = a + 1; i <= coreEnd; i++) if (NP_PREPOSITIONS.has(toks[i].lw) && !toks[i].cap && (toks[i].lw !== 'of' || !toks[i - 1].cap)) { firstPrep = i; break; }
  for (let i = a; i < firstPrep; i++) if (isPossessive(toks[i]) && i > a) { possessor = [headStart, i - 1]; headStart = i + 1; }
  if (headStart > coreEnd) { headStart = possessor ? possessor[0] : a; possessor = null; }
  let headEnd = coreEnd;
  let prepAt = -1;
  for (let i = headStart + 1; i <= coreEnd; i++) {
    if (NP_PREPOSITIONS.has(toks[i].lw) && !toks[i].cap) {
      // "Ministry of Defence", "Bank of England": "of" inside a name.
      if ((toks[i].lw === 'of' || toks[i].lw === 'for') && toks[i - 1].cap && ORG_WORDS.has(bare(toks[i - 1].lw)) && (toks[i + 1]?.cap || (toks[i + 1]?.lw === 'the' && toks[i + 2]?.cap))) continue;
      headEnd = i - 1; prepAt = i; break;
    }
  }
  // "people briefed on", "sources familiar with": the head is the noun before the participle.
  while (headEnd > headStart && ANON_MARKERS.has(toks[headEnd].lw) && !toks[headEnd].cap) headEnd--;
  const runs = nameRuns(toks, headStart, headEnd);
  const last = runs[runs.length - 1];
  const lastTok = toks[headEnd];
  const head = bare(lastTok.lw);
  const npText = joinTokens(text, toks, a, b);
  const possessorText = possessor ? joinTokens(text, toks, possessor[0], possessor[1]) : '';
  if (last && last.b === headEnd) {
    const m = nameMention(text, toks, last.a, last.b, a, b);
    if (alias) m.alias = alias;
    // Role words before the name: "North Korean leader Kim Jong Un", "Ukraine's President Zelensky".
    const before = toks.slice(headStart, last.a).filter((t) => !t.punct).map((t) => bare(t.lw));
    const roleWords = before.filter((w) => ROLE_NOUNS.has(w));
    if (roleWords.length || (m.roles && m.roles.length)) {
      const desc = [possessorText.toLowerCase(), ...before].filter(Boolean).join(' ');
      m.roles = [...(m.roles ?? []), ...roleWords, desc].filter(Boolean);
    }
    if (m.kind === 'person' && m.name.split(/\s+/).length === 1 && TITLES.has(bare(m.name.toLowerCase()))) {
      // Only a title: "the President said".
      return { s: m.s, e: m.e, kind: 'person', form: 'title', name: npText, role: bare(m.name.toLowerCase()) };
    }
    return m;
  }
  // A named body with a role or group after it: "Pentagon spokesman", "Russian officials".
  const det = bare(toks[a].lw);
  const indefinite = det === 'a' || det === 'an' || det === 'one' || det === 'some' || det === 'two' || det === 'several';
  let anonMarked = false;
  for (let i = a; i <= b && !anonMarked; i++) anonMarked = ANON_MARKERS.has(toks[i].lw);
  if (ANON_HEADS.has(head)) {
    const plural = head.endsWith('s') || head === 'people';
    if (!plural && !indefinite && !anonMarked && ROLE_NOUNS.has(head) && (det === 'the' || possessor)) {
      return { ...span(a, b), kind: 'person', form: 'title', name: npText, role: head };
    }
    // "Pfizer officials said": a company's officials speak for it on record (a government's stay unnamed).
    if (!anonMarked && last && last.b === headEnd - 1 && COMPANY_VOICES.has(head)) {
      const bm = nameMention(text, toks, last.a, last.b, a, b);
      if (bm.kind === 'organization') return { ...bm, form: 'generic', name: bm.name };
    }
    // "a spokesman for the Defense Ministry" speaks for the ministry on record.
    if (/^spokes/.test(head) && !anonMarked) {
      const body = prepAt > 0 ? nameRuns(toks, prepAt + 1, coreEnd)[0] : (last ?? null);
      if (body) {
        const bm = nameMention(text, toks, body.a, body.b, a, b);
        // "an Intel spokeswoman": the name before "spokeswoman" is the body she speaks for.
        if (bm.kind === 'person' && prepAt < 0) bm.kind = 'organization';
        if (bm.kind !== 'person') return { ...bm, form: 'generic', name: bm.name };
      }
    }
    return { ...span(a, b), kind: head === 'people' && !anonMarked ? 'vague' : 'anonymous', form: 'anonymous', name: npText, plural };
  }
  if (VAGUE_HEADS.has(head)) {
    if (DOCUMENT_NOUNS.has(head) && prepAt > 0) {
      const by = documentAuthor(text, toks, prepAt, coreEnd);
      if (by) return { ...span(a, b), kind: 'document', form: 'generic', name: npText, by };
    }
    if (DOCUMENT_NOUNS.has(head) && (last || possessor) && !/reports?$/.test(head)) {
      return { ...span(a, b), kind: 'document', form: 'generic', name: npText };
    }
    return { ...span(a, b), kind: 'vague', form: 'vague', name: npText, plural: head.endsWith('s') };
  }
  if (ROLE_NOUNS.has(head)) {
    if (indefinite) return { ...span(a, b), kind: 'anonymous', form: 'anonymous', name: npText };
    return { ...span(a, b), kind: 'person', form: 'title', name: npText, role: head, roles: [joinTokens(text, toks, headStart, headEnd).toLowerCase()] };
  }
  if (DOCUMENT_NOUNS.has(head)) {
    const by = prepAt > 0 ? documentAuthor(text, toks, prepAt, coreEnd) : null;
    return { ...span(a, b), kind: 'document', form: 'generic', name: npText, ...(by ? { by } : {}) };
  }
  if (BODY_NOUNS.has(head) || ORG_WORDS.has(head)) {
    const kind: SourceKind = head === 'government' || head === 'ministry' || head === 'administration' || head === 'cabinet' ? 'government' : 'organization';
    return { ...span(a, b), kind, form: 'generic', name: npText };
  }
  // "Local elders": a capital that only opens the sentence names nothing.
  if (last && !(last.a === last.b && last.b < headEnd && sentenceInitial(toks, last.a) && !ORGANIZATIONS.has(toks[last.a].lw))) {
    // A name with lower-case words after it we do not know: keep the phrase, credit the name.
    const m = nameMention(text, toks, last.a, last.b, a, b);
    return { ...m, form: 'generic', name: m.kind === 'person' ? npText : m.name };
  }
  if (lenient) {
    // "according to the average of recent polls": whatever the phrase, it is the source.
    let doc = false;
    for (let i = a; i <= b && !doc; i++) doc = DOCUMENT_NOUNS.has(bare(toks[i].lw));
    return { ...span(a, b), kind: doc ? 'document' : 'organization', form: 'generic', name: npText };
  }
  if (b - a > 5 || NP_STOP.has(head) || !nounLike(toks, a, headEnd)) return null;
  // "local elders", "a number of analysts": an unnamed group is a vague source, never a named one.
  if (GROUP_HEADS.has(head) || (head.length > 3 && head.endsWith('s') && !head.endsWith('ss'))) {
    return { ...span(a, b), kind: 'vague', form: 'vague', name: npText, plural: true };
  }
  return { ...span(a, b), kind: 'person', form: 'generic', name: npText, unknownHead: !toks[headEnd].cap };
}

const NP_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'several', 'both', 'all', 'each', 'other', 'few', 'no', 'one', 'two', 'three', 'four', 'five']);
const NOT_HEADS = new Set(['long', 'only', 'just', 'also', 'even', 'still', 'again', 'ever', 'never', 'always', 'often', 'here', 'there', 'now', 'then', 'too', 'very', 'much', 'more', 'less', 'most', 'least', 'well', 'overt', 'absent', 'once', 'soon', 'later', 'earlier', 'already', 'yet', 'so', 'such', 'same', 'own', 'other']);

/** An unknown phrase can stand for a source only if it looks like a noun phrase: a determiner, or a plural head. */
function nounLike(toks: Token[], a: number, headEnd: number): boolean {
  const head = toks[headEnd].lw;
  if (NOT_HEADS.has(head) || (head.length > 4 && /(?:ly|ing|ed)$/.test(head))) return false;
  if (a > 0 && toks[a - 1].lw === 'to') return false;
  if (NP_DETERMINERS.has(toks[a].lw) || /^\d/.test(toks[a].w) || toks[headEnd].cap) return true;
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss');
}

/** "a report by Human Rights Watch", "figures from the ministry": the body after by/from/of. */
function documentAuthor(text: string, toks: Token[], prepAt: number, end: number): Mention | null {
  const p = toks[prepAt].lw;
  if (p !== 'by' && p !== 'from' && p !== 'of') return null;
  if (prepAt + 1 > end) return null;
  const inner = classifyPhrase(text, toks, prepAt + 1, end);
  return inner && inner.form !== 'generic' ? inner : inner && inner.kind !== 'person' ? inner : null;
}

/** True when toks[i] may belong to a subject noun phrase read leftwards from a cue. */
function npToken(t: Token, atStart: boolean): boolean {
  if (t.punct) return t.w === '-' || t.w === '&' || t.w === '.' && false || isPossessive(t) || t.w === ')' || t.w === '(';
  if (t.cap && !(atStart && CAP_STOP.has(bare(t.lw)))) return !NP_STOP.has(t.lw) || t.lw === 'us';
  return !NP_STOP.has(t.lw);
}

/** Start index of the noun phrase ending at toks[end], not before toks[min]. */
export function phraseStartLeft(toks: Token[], end: number, min: number, maxLen = 14): number {
  let i = end;
  let depth = toks[end]?.w === ')' ? 1 : 0;
  while (i - 1 >= min && end - i < maxLen) {
    const t = toks[i - 1];
    if (t.w === ')') depth++;
    else if (t.w === '(') { if (depth === 0) break; depth--; }
    // "the delegation to the forum": "to" before a determiner or a name is a preposition, not an infinitive.
    else if (depth === 0 && t.lw === 'to' && (NP_DETERMINERS.has(toks[i].lw) || toks[i].cap)) { /* part of the phrase */ }
    else if (depth === 0 && !npToken(t, i - 1 === min)) break;
    // A reporting verb is no part of a subject ("released by the statistics office, which said").
    else if (depth === 0 && !t.cap && VERBS.has(t.lw) && VERBS.get(t.lw)!.form !== 'base') break;
    i--;
  }
  // Do not start on a preposition or a conjunction ("In Kyiv the mayor" keeps "the mayor").
  while (i < end && (NP_PREPOSITIONS.has(toks[i].lw) || CAP_STOP.has(bare(toks[i].lw)) && !['the', 'a', 'an', 'some', 'many', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'several', 'other', 'both', 'most', 'all'].includes(toks[i].lw) && !PRONOUNS.has(toks[i].lw))) {
    // Keep "In" only when nothing else would remain.
    i++;
  }
  // After a leading preposition phrase, restart at the last determiner ("At the hospital the doctor").
  return i;
}

/** The noun phrase starting at toks[start] read rightwards (inverted "said Smith", "according to X"). */
export function phraseEndRight(toks: Token[], start: number, max: number, maxLen = 14): number {
  let j = start;
  let depth = 0;
  const limit = Math.min(max, start + maxLen);
  while (j + 1 <= limit) {
    const t = toks[j + 1];
    if (t.w === '(') depth++;
    else if (t.w === ')') { if (depth === 0) break; depth--; }
    else if (depth === 0) {
      if (t.punct && !isPossessive(t) && t.w !== '-' && t.w !== '&') break;
      if (!t.punct && NP_STOP.has(t.lw) && !(t.lw === 'and' && toks[j + 2]?.cap)) break;
      // A reporting verb ends the subject: "the Wisconsin Republican criticized ...".
      if (!t.cap && j > start && VERBS.has(t.lw) && VERBS.get(t.lw)!.form !== 'base') break;
      // A verb-like word after a name ends it ("according to Smith, who", "said Smith on Tuesday").
      if (!t.cap && /^(?:on|in|at|during|after|before|last|this|when|while|who|which|during|late|early|earlier|later|yesterday|today|tonight)$/.test(t.lw) && toks[j].cap) break;
    }
    j++;
  }
  return j;
}
