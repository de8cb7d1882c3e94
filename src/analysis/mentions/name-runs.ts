// Runs of capitalised tokens that can be a name ("Kim Jong Un", "Bank of England", "Mohammed bin Salman"),
// with the capitals that name nothing left out: sentence openers, datelines, contractions, fronted adverbs.
import type { Token } from '../tokens';
import GROUPS from '../lexicon/en/groups.json';
import { ANON_HEADS, BODY_NOUNS, CAP_STOP, COUNTRIES, DOCUMENT_NOUNS, ORG_WORDS, ORGANIZATIONS, OUTLETS, ROLE_NOUNS, VAGUE_HEADS } from '../lexicon';
import { bare } from './words';
import { wordSet } from '../lexicon/load';

const CONNECTORS = wordSet('mentions', 'nameConnectors');
const CONTRACTION = /^\p{L}+(?:['’](?:ve|re|m|ll|d)|n['’]t)$/iu;
// At module level: a bundler targeting a browser turns a literal with \p{…} into `new RegExp(…)`, built at each call.
const ARTICLE_PREFIXED = /^(?:al|el)-\p{Lu}/u;
const GROUP_HEADS = new Set(GROUPS.heads);

export interface NameRun { a: number; b: number }

/** Whether token i opens its sentence (possibly after an opening quotation mark or bracket). */
export function sentenceInitial(toks: Token[], i: number): boolean {
  return i === 0 || (i <= 2 && toks.slice(0, i).every((t) => t.punct));
}

/** A common noun for people, groups, documents or bodies ("officials", "estimates", "ministry"). */
export function isCommonNoun(lw: string): boolean {
  return GROUP_HEADS.has(lw) || VAGUE_HEADS.has(lw) || DOCUMENT_NOUNS.has(lw) || ANON_HEADS.has(lw) || ROLE_NOUNS.has(lw) || BODY_NOUNS.has(lw);
}

/** A capitalised token at i that may open a name run (inRun false) or continue one. */
function capitalNameToken(toks: Token[], i: number, inRun: boolean): boolean {
  const t = toks[i];
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

/** Whether the capitalised words from i on (through more connectors) end in an organisation's word: "World Travel
 *  and Tourism Council", "Food and Drug Administration", "Bill and Melinda Gates Foundation" are one name each, while
 *  "Smith and Jones" stays two. */
export function orgNameAhead(toks: Token[], i: number): boolean {
  for (let k = i; k < toks.length && k < i + 6; k++) {
    const t = toks[k];
    if (t.punct) return false;
    if (!t.cap) {
      if (t.lw === 'of' || t.lw === 'for' || t.lw === 'and') continue;
      return false;
    }
    if (ORG_WORDS.has(bare(t.lw)) && !toks[k + 1]?.cap) return true;
  }
  return false;
}

/** A token that can be part of a name at index i. */
function nameToken(toks: Token[], i: number, inRun: boolean): boolean {
  const t = toks[i];
  if (t.punct) return false;
  if (t.cap) return capitalNameToken(toks, i, inRun);
  if (!inRun) return false;
  const next = toks[i + 1];
  // "Mohammed bin Salman", "Bank of England", "al-Assad"
  if ((CONNECTORS.has(t.lw) || t.lw === 'of' || t.lw === 'for' || t.lw === 'and' || ARTICLE_PREFIXED.test(t.w))
    && next && next.cap && !CAP_STOP.has(bare(next.lw))) {
    if ((t.lw === 'of' || t.lw === 'for' || t.lw === 'and') && !ORG_WORDS.has(bare(toks[i - 1]?.lw ?? '')) && !orgNameAhead(toks, i + 1)) return false;
    return true;
  }
  return ARTICLE_PREFIXED.test(t.w);
}

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
