// A noun phrase as a source mention: pronouns, names (with titles, possessives and aliases), role titles
// ("the minister"), anonymous ("a senior official") and vague ("some reports") sources, documents with
// their authors ("a report by Human Rights Watch"), bodies ("the ministry") and unknown phrases.
import type { SourceKind } from '../types';
import type { Token } from '../tokens';
import GROUPS from '../lexicon/en/groups.json';
import { ANON_HEADS, ANON_MARKERS, BODY_NOUNS, DOCUMENT_NOUNS, NP_PREPOSITIONS, NP_STOP, ORG_WORDS, ORGANIZATIONS, PRONOUNS, ROLE_NOUNS, TITLES, VAGUE_HEADS } from '../lexicon';
import type { Mention } from './mention';
import { nameRuns, sentenceInitial, type NameRun } from './name-runs';
import { ACRONYM_RE, nameMention } from './name-kind';
import { SMALL_NUMBERS } from '../number-words';
import { NP_DETERMINERS } from './phrase-bounds';
import { bare, isPossessive, joinTokens, span } from './words';
import { wordMap, wordSet } from '../lexicon/load';

const OBJECT_PRONOUNS = wordMap('mentions', 'objectPronouns');
const GROUP_HEADS = new Set(GROUPS.heads);
const SHARE_HEADS = new Set(GROUPS.shareHeads);
const SHARE_MODIFIERS = new Set(GROUPS.shareModifiers);
const GROUP_QUANTIFIERS = new Set(GROUPS.quantifiers);
const COMPANY_VOICES = wordSet('mentions', 'companyVoices');
const INDEFINITE = wordSet('mentions', 'indefinite');
const GOVERNMENT_HEADS = wordSet('mentions', 'governmentHeads');
const NOT_HEADS = wordSet('mentions', 'notHeads');

/** A phrase read for its head: the words after the last possessive, before the first preposition. */
interface Phrase {
  text: string;
  toks: Token[];
  a: number;
  b: number;
  coreEnd: number;
  alias?: string;
  headStart: number;
  headEnd: number;
  /** Index of the preposition after the head, or -1. */
  prepAt: number;
  possessor: [number, number] | null;
  /** The last name run in the head region. */
  last: NameRun | undefined;
  head: string;
  npText: string;
}

/** The phrase without a trailing parenthetical: an alias ("(KCNA)") or a party tag ("(D-Va.)"); null when unbalanced. */
function parenthetical(text: string, toks: Token[], a: number, b: number): { coreEnd: number; alias?: string } | null {
  if (toks[b].w !== ')') return { coreEnd: b };
  let p = b - 1;
  while (p > a && toks[p].w !== '(') p--;
  if (p <= a) return null;
  const inner = joinTokens(text, toks, p + 1, b - 1);
  return { coreEnd: p - 1, alias: ACRONYM_RE.test(inner) ? inner : undefined };
}

function pronounMention(toks: Token[], a: number): Mention {
  const lw = OBJECT_PRONOUNS.get(toks[a].lw) ?? toks[a].lw;
  return {
    // Unresolved, "it" is some body and "they" some group: never a person.
    ...span(toks, a, a), kind: lw === 'i' || lw === 'we' ? 'author' : lw === 'it' ? 'organization' : lw === 'they' ? 'vague' : 'person', form: 'pronoun', name: toks[a].w,
    plural: lw === 'they' || lw === 'we', gender: lw === 'he' ? 'm' : lw === 'she' ? 'f' : undefined,
  };
}

/** Finds the head region of toks[a..coreEnd]. */
function readPhrase(text: string, toks: Token[], a: number, b: number, coreEnd: number, alias?: string): Phrase {
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
    if (!NP_PREPOSITIONS.has(toks[i].lw) || toks[i].cap) continue;
    // "Ministry of Defence", "Bank of England": "of" inside a name.
    if ((toks[i].lw === 'of' || toks[i].lw === 'for') && toks[i - 1].cap && ORG_WORDS.has(bare(toks[i - 1].lw)) && (toks[i + 1]?.cap || (toks[i + 1]?.lw === 'the' && toks[i + 2]?.cap))) continue;
    headEnd = i - 1; prepAt = i; break;
  }
  // "people briefed on", "sources familiar with": the head is the noun before the participle.
  while (headEnd > headStart && ANON_MARKERS.has(toks[headEnd].lw) && !toks[headEnd].cap) headEnd--;
  const runs = nameRuns(toks, headStart, headEnd);
  return {
    text, toks, a, b, coreEnd, alias, headStart, headEnd, prepAt, possessor,
    last: runs[runs.length - 1], head: bare(toks[headEnd].lw), npText: joinTokens(text, toks, a, b),
  };
}

/** The head is a name: "North Korean leader Kim Jong Un", "Ukraine's President Zelensky", "the President". */
function namedHead(p: Phrase, last: NameRun): Mention {
  const { text, toks } = p;
  // "Many Tunisians", "thousands of Ukrainians": some of a people, an unnamed group (vague), not a name.
  const lw = toks[last.a].lw;
  if (last.a === last.b && last.a > p.a && lw.length > 3 && lw.endsWith('s') && !lw.endsWith('ss')
    && toks.slice(p.a, last.a).every((t) => GROUP_QUANTIFIERS.has(t.lw))) {
    return { ...span(toks, p.a, p.b), kind: 'vague', form: 'vague', name: p.npText, plural: true };
  }
  const m = nameMention(text, toks, last.a, last.b, p.a, p.b);
  if (p.alias) m.alias = p.alias;
  const before = toks.slice(p.headStart, last.a).filter((t) => !t.punct).map((t) => bare(t.lw));
  const roleWords = before.filter((w) => ROLE_NOUNS.has(w));
  if (roleWords.length || (m.roles && m.roles.length)) {
    const possessorText = p.possessor ? joinTokens(text, toks, p.possessor[0], p.possessor[1]) : '';
    const desc = [possessorText.toLowerCase(), ...before].filter(Boolean).join(' ');
    m.roles = [...(m.roles ?? []), ...roleWords, desc].filter(Boolean);
  }
  if (m.kind === 'person' && m.name.split(/\s+/).length === 1 && TITLES.has(bare(m.name.toLowerCase()))) {
    // Only a title: "the President said".
    return { s: m.s, e: m.e, kind: 'person', form: 'title', name: p.npText, role: bare(m.name.toLowerCase()) };
  }
  return m;
}

/** An anonymous head ("officials", "a spokesman"): a role title, a body's voice, or unnamed. */
function anonymousHead(p: Phrase): Mention {
  const { text, toks, a, b, head, last } = p;
  const det = bare(toks[a].lw);
  let anonMarked = false;
  for (let i = a; i <= b && !anonMarked; i++) anonMarked = ANON_MARKERS.has(toks[i].lw);
  const plural = head.endsWith('s') || head === 'people';
  if (!plural && !INDEFINITE.has(det) && !anonMarked && ROLE_NOUNS.has(head) && (det === 'the' || p.possessor)) {
    return { ...span(toks, a, b), kind: 'person', form: 'title', name: p.npText, role: head };
  }
  // "Pfizer officials said": a company's officials speak for it on record (a government's stay unnamed).
  if (!anonMarked && last && last.b === p.headEnd - 1 && COMPANY_VOICES.has(head)) {
    const bm = nameMention(text, toks, last.a, last.b, a, b);
    if (bm.kind === 'organization') return { ...bm, form: 'generic', name: bm.name };
  }
  // "a spokesman for the Defense Ministry" speaks for the ministry on record.
  if (/^spokes/.test(head) && !anonMarked) {
    const body = p.prepAt > 0 ? nameRuns(toks, p.prepAt + 1, p.coreEnd)[0] : (last ?? null);
    if (body) {
      const bm = nameMention(text, toks, body.a, body.b, a, b);
      // "an Intel spokeswoman": the name before "spokeswoman" is the body she speaks for.
      if (bm.kind === 'person' && p.prepAt < 0) bm.kind = 'organization';
      if (bm.kind !== 'person') return { ...bm, form: 'generic', name: bm.name };
    }
  }
  return { ...span(toks, a, b), kind: head === 'people' && !anonMarked ? 'vague' : 'anonymous', form: 'anonymous', name: p.npText, plural };
}

/** A vague head ("reports", "analysts"); a report with an author or a name is a document. */
function vagueHead(p: Phrase): Mention {
  const { text, toks, a, b, head } = p;
  if (DOCUMENT_NOUNS.has(head) && p.prepAt > 0) {
    const by = documentAuthor(text, toks, p.prepAt, p.coreEnd);
    if (by) return { ...span(toks, a, b), kind: 'document', form: 'generic', name: p.npText, by };
  }
  if (DOCUMENT_NOUNS.has(head) && (p.last || p.possessor) && !/reports?$/.test(head)) {
    return { ...span(toks, a, b), kind: 'document', form: 'generic', name: p.npText };
  }
  // "CNN reports", "Reuters reports": a known outlet's reports are its own (on record); "Israeli media reports" stay vague.
  if (/reports?$/.test(head) && p.last && p.last.b === p.headEnd - 1) {
    const by = nameMention(text, toks, p.last.a, p.last.b, p.last.a, p.last.b);
    if (by.kind === 'outlet') return { ...span(toks, a, b), kind: 'document', form: 'generic', name: p.npText, by };
  }
  return { ...span(toks, a, b), kind: 'vague', form: 'vague', name: p.npText, plural: head.endsWith('s') };
}

/** Role nouns, documents and bodies: "the minister", "a doctor", "the study by X", "the ministry". */
function commonHead(p: Phrase): Mention | null {
  const { text, toks, a, b, head } = p;
  if (ROLE_NOUNS.has(head)) {
    if (INDEFINITE.has(bare(toks[a].lw))) return { ...span(toks, a, b), kind: 'anonymous', form: 'anonymous', name: p.npText };
    return { ...span(toks, a, b), kind: 'person', form: 'title', name: p.npText, role: head, roles: [joinTokens(text, toks, p.headStart, p.headEnd).toLowerCase()] };
  }
  if (DOCUMENT_NOUNS.has(head)) {
    const by = p.prepAt > 0 ? documentAuthor(text, toks, p.prepAt, p.coreEnd) : null;
    return { ...span(toks, a, b), kind: 'document', form: 'generic', name: p.npText, ...(by ? { by } : {}) };
  }
  if (BODY_NOUNS.has(head) || ORG_WORDS.has(head)) {
    const kind: SourceKind = GOVERNMENT_HEADS.has(head) ? 'government' : 'organization';
    return { ...span(toks, a, b), kind, form: 'generic', name: p.npText };
  }
  return null;
}

/** A head no list knows: a name with unknown words after it, or (leniently) any phrase, or a plausible noun phrase. */
function unknownHead(p: Phrase, lenient: boolean): Mention | null {
  const { text, toks, a, b, head, last, headEnd } = p;
  // "Local elders": a capital that only opens the sentence names nothing.
  if (last && !(last.a === last.b && last.b < headEnd && sentenceInitial(toks, last.a) && !ORGANIZATIONS.has(toks[last.a].lw))) {
    // A name with lower-case words after it we do not know: keep the phrase, credit the name.
    const m = nameMention(text, toks, last.a, last.b, a, b);
    return { ...m, form: 'generic', name: m.kind === 'person' ? p.npText : m.name };
  }
  if (lenient) {
    // "according to the average of recent polls": whatever the phrase, it is the source.
    let doc = false;
    for (let i = a; i <= b && !doc; i++) doc = DOCUMENT_NOUNS.has(bare(toks[i].lw));
    return { ...span(toks, a, b), kind: doc ? 'document' : 'organization', form: 'generic', name: p.npText };
  }
  if (b - a > 5 || NP_STOP.has(head) || !nounLike(toks, a, headEnd)) return null;
  // "local elders", "a number of analysts": an unnamed group is a vague source, never a named one.
  if (GROUP_HEADS.has(head) || (head.length > 3 && head.endsWith('s') && !head.endsWith('ss'))) {
    return { ...span(toks, a, b), kind: 'vague', form: 'vague', name: p.npText, plural: true };
  }
  return { ...span(toks, a, b), kind: 'person', form: 'generic', name: p.npText, unknownHead: !toks[headEnd].cap };
}

/** The noun phrase toks[a..b] as a source mention, or null when it names nothing usable. */
export function classifyPhrase(text: string, toks: Token[], a: number, b: number, lenient = false): Mention | null {
  while (a <= b && toks[a].punct && !isPossessive(toks[a])) a++;
  while (b >= a && toks[b].punct && toks[b].w !== ')') b--;
  if (a > b) return null;
  const paren = parenthetical(text, toks, a, b);
  if (!paren) return null;
  if (a === paren.coreEnd && (PRONOUNS.has(toks[a].lw) || OBJECT_PRONOUNS.has(toks[a].lw))) return pronounMention(toks, a);
  const p = readPhrase(text, toks, a, b, paren.coreEnd, paren.alias);
  if (p.last && p.last.b === p.headEnd) return namedHead(p, p.last);
  if (ANON_HEADS.has(p.head)) return anonymousHead(p);
  if (VAGUE_HEADS.has(p.head)) return vagueHead(p);
  if (isShareOfPeople(p)) return { ...span(toks, a, b), kind: 'vague', form: 'vague', name: p.npText, plural: true };
  return commonHead(p) ?? unknownHead(p, lenient);
}

/** A number in digits or words ("24", "Twenty-four", "eight"). */
function numberLike(t: Token | undefined): boolean {
  return !!t && !t.punct && (/^\d/.test(t.w) || t.lw.split('-').every((w) => SMALL_NUMBERS.has(w)));
}

/**
 * A share of people, the respondents of a poll: "Twenty-four percent", "Nearly half", "a third of voters",
 * "Nearly eight in 10 Democratic voters", "Large majorities of Republican primary voters". A group, never a person.
 */
function isShareOfPeople(p: Phrase): boolean {
  const { toks, headEnd, prepAt } = p;
  if (toks[headEnd].cap && headEnd > p.a) return false;
  // The people the share is of: "of voters", not a phrase cut after its preposition ("Forty-three percent of").
  if (prepAt > 0 && (prepAt >= p.coreEnd || NP_PREPOSITIONS.has(toks[p.coreEnd].lw) || NP_DETERMINERS.has(toks[p.coreEnd].lw))) return false;
  // Only numbers and a share's modifiers before the head ("Nearly half", "a narrow majority"), no verb ("win a majority").
  for (let i = p.a; i < headEnd; i++) if (!numberLike(toks[i]) && !SHARE_MODIFIERS.has(toks[i].lw)) return false;
  if (numberLike(toks[headEnd]) && prepAt > 0 && toks[prepAt].lw === 'in') return numberLike(toks[prepAt + 1]);
  if (!SHARE_HEADS.has(p.head)) return false;
  // "percent", "percentage", "share" need the number or the determiner that makes them a share.
  return !/^(?:percent|cent|percentage|share|proportion)$/.test(p.head) || (headEnd > p.a && (numberLike(toks[headEnd - 1]) || toks[headEnd - 1].lw === 'per'));
}

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
