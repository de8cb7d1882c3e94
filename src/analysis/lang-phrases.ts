// Source phrases in German, French, Spanish, Ukrainian and Russian, read off a sentence's tokens with the
// language's lexicon (lang-lexicon.ts): leftwards from a verb, rightwards after "laut", "selon", "по словам" or an
// inverted verb, appositive names between commas, and what kind of source a phrase's words say it is.
import type { SourceKind } from './types';
import type { Token } from './tokens';
import { caseStems, type LangLexicon } from './lang-lexicon';
import { wordSet } from './lexicon/load';

export const OPEN_QUOTE = /^["“„«‚‹»]$/;
export const CLOSE_QUOTE = /^["”“»«‘’›]$/;
export const DASH = /^[—–―-]$/;
const ELISION = /^(?:l|d|qu|j|s|n)'/;
const ACRONYM = /^[\p{Lu}\d-]{2,8}$/u;
// At module level: a bundler targeting a browser turns a literal with \p{…} into `new RegExp(…)`, built at each call.
const ELIDED_CAPITAL = /^(?:l|d|L|D)['’](\p{Lu})/u;
const AGE_COMPOUND = /^\d+-\p{L}/u;

export interface Phrase { a: number; b: number }

/** The lower-case word without a French elision ("l'armée" -> "armée"). */
export function base(t: Token): string {
  // ELISION needs an apostrophe second or third: most words have none, and no regex is run on them.
  const lw = t.lw;
  return lw.charCodeAt(1) === 39 || lw.charCodeAt(2) === 39 ? lw.replace(ELISION, '') : lw;
}

export function capital(t: Token): boolean {
  if (t.cap) return true;
  // "l'Élysée", "d'Orsay": the word after the elision (its apostrophe second; most words are no such word).
  const c = t.w.charCodeAt(1);
  return (c === 39 || c === 0x2019) && ELIDED_CAPITAL.test(t.w);
}

/** The words `words` start at toks[i] (lower case, elided articles kept as written). */
export function phraseAt(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.punct || t.lw !== words[k]) return false;
  }
  return true;
}

export function matchPhrase(toks: Token[], i: number, byFirst: Map<string, string[][]>): string[] | null {
  const list = byFirst.get(toks[i].lw);
  if (list) for (const p of list) if (phraseAt(toks, i, p)) return p;
  return null;
}

/** A word that may stand inside a source phrase. */
export function npWord(lex: LangLexicon, t: Token): boolean {
  if (t.punct) return t.w === '-' || t.w === '.';
  const lw = t.lw;
  return !lex.boundaries.has(lw) && !lex.complementizers.has(lw) && !lex.verbs.has(lw) && !lex.hedges.has(lw);
}

/** The source phrase ending at toks[j] (walking left), or null. */
export function phraseLeft(lex: LangLexicon, toks: Token[], j: number, min: number): Phrase | null {
  let a = j + 1;
  for (let k = j; k >= min && j - k < 9; k--) {
    const t = toks[k];
    // An auxiliary ends it, unless it is a preposition between nouns ("Источники в администрации"; Russian "в" is both).
    const linking = lex.npStops.has(t.lw) && !lex.auxiliaries.has(toks[j].lw);
    if (!npWord(lex, t) || (lex.auxiliaries.has(t.lw) && k !== j && !lex.determiners.has(t.lw) && !linking)) break;
    // A preposition inside the phrase ("Die Regierung in Kiew") when a noun stands before it.
    if (lex.npStops.has(t.lw) && !(k < j && k > min && !toks[k - 1].punct && (capital(toks[k - 1]) || kindOfWord(lex, base(toks[k - 1])) !== null) && !lex.npStops.has(toks[k - 1].lw))) break;
    a = k;
  }
  // Leading determiners may stay; a phrase of nothing but them is none.
  return a <= j ? { a, b: j } : null;
}

/** The source phrase starting at toks[i] (walking right): a head, its genitives and an appositive name. */
export function phraseRight(lex: LangLexicon, toks: Token[], i: number, max: number): Phrase | null {
  let b = i - 1;
  let seenHead = false;
  for (let k = i; k <= max && k - i < 9; k++) {
    const t = toks[k];
    // A name in quotation marks: "по информации «Коммерсанта»", "агентство «Интерфакс»".
    if (OPEN_QUOTE.test(t.w)) {
      let c = k + 1;
      while (c <= max && c - k < 7 && !CLOSE_QUOTE.test(toks[c].w)) c++;
      if (c <= max && c > k + 1 && CLOSE_QUOTE.test(toks[c].w)) return { a: seenHead ? i : k + 1, b: c - 1 };
      break;
    }
    // An age ('34-jährige', '34-летняя') stays in the phrase; any other number ends it.
    if (t.punct || lex.boundaries.has(t.lw) || lex.complementizers.has(t.lw) || lex.hedges.has(t.lw) || (/^\d/.test(t.w) && !AGE_COMPOUND.test(t.w))) break;
    const link = k > i && lex.genitiveLinks.has(toks[k - 1].lw);
    if (seenHead && lex.npStops.has(t.lw) && !link) break;
    // A stop word or an auxiliary ends it, but a source word may open it ("как стало известно изданию").
    const opens = k === i && kindOfWord(lex, base(t)) !== null;
    if (!seenHead && lex.npStops.has(t.lw) && !lex.determiners.has(t.lw) && !opens) break;
    if (lex.auxiliaries.has(t.lw) && !lex.determiners.has(t.lw) && !opens) break;
    // After the head only genitives continue ("Sprecher der Polizei", "ministre de la Santé"), names, adjectives.
    if (seenHead && lex.determiners.has(t.lw) && !lex.genitiveLinks.has(t.lw) && !link) break;
    // German writes nouns with capitals: after one, a lower-case word that links no genitive ends the phrase.
    if (seenHead && lex.lang === 'de' && !capital(t) && !lex.genitiveLinks.has(t.lw) && !lex.determiners.has(t.lw)) break;
    if (lex.verbs.has(t.lw)) break;
    if (!lex.determiners.has(t.lw) && (lex.lang !== 'de' || capital(t))) seenHead = true;
    b = k;
  }
  if (b < i) return null;
  // An appositive name after a comma: "le ministre de l'Intérieur, Paul Morel, lundi".
  if (toks[b + 1]?.w === ',') {
    const run = nameRunFrom(lex, toks, b + 2, max);
    if (run && (run.b + 1 > max || toks[run.b + 1].punct)) return run;
  }
  return { a: i, b };
}

// Lower-case words inside a name: "Rubén del Campo", "Ursula von der Leyen", "Charles de Gaulle".
const NAME_PARTICLES = wordSet('mentions', 'nameParticles');

export function nameRunFrom(lex: LangLexicon, toks: Token[], i: number, max: number): Phrase | null {
  let b = i - 1;
  for (let k = i; k <= max && k - i < 5; k++) {
    const t = toks[k];
    let next = k;
    while (next <= max && next - k < 3 && toks[next] && NAME_PARTICLES.has(toks[next].w)) next++;
    const particle = k > i && next > k && next <= max && !!toks[next] && !toks[next].punct && capital(toks[next]);
    if (!particle && (t.punct || !capital(t) || lex.stopCaps.has(t.lw))) break;
    b = k;
  }
  return b >= i ? { a: i, b } : null;
}

/** "Die Sprecherin der Stadt, Maria Keller, erklärte": the name between two commas before the verb. */
export function appositiveLeft(lex: LangLexicon, toks: Token[], j: number, min: number): Phrase | null {
  if (toks[j]?.w !== ',') return null;
  let a = j;
  for (let k = j - 1; k >= min && j - k <= 4; k--) {
    const t = toks[k];
    if (t.w === ',') break;
    if (t.punct || !capital(t) || lex.stopCaps.has(t.lw)) return null;
    a = k;
  }
  if (a === j || toks[a - 1]?.w !== ',') return null;
  const head = phraseLeft(lex, toks, a - 2, min);
  return head ? { a, b: j - 1 } : null;
}

export type Kind = SourceKind;

/** What kind of source a word names, remembered per language (the same words are asked about again and again). */
export function kindOfWord(lex: LangLexicon, w: string): Kind | null {
  const known = lex.kinds.get(w);
  if (known !== undefined) return known;
  if (lex.kinds.size > 20000) lex.kinds.clear();
  const k = kindOf(lex, w);
  lex.kinds.set(w, k);
  return k;
}

function kindOf(lex: LangLexicon, w: string): Kind | null {
  if (lex.anonymous.has(w) || endsWithLonger(w, lex.anonymousSuffix)) return 'anonymous';
  if (lex.vague.has(w)) return 'vague';
  if (lex.outlets.has(w)) return 'outlet';
  if (lex.documents.has(w)) return 'document';
  if (lex.bodies.has(w)) return 'organization';
  if (lex.roles.has(w) || endsWithAny(w, lex.roleSuffixes)) return 'person';
  // A Russian or Ukrainian case form: "у міністерстві", "изданию", "в прокуратуре".
  if (lex.stems.size) {
    for (const stem of caseStems(w)) {
      const k = stem.length >= 4 ? lex.stems.get(stem) : undefined;
      if (k) return k;
    }
  }
  return null;
}

export function isRoleOrBody(lex: LangLexicon, t: Token): boolean {
  const w = base(t);
  return lex.roles.has(w) || lex.bodies.has(w) || lex.outlets.has(w) || lex.documents.has(w)
    || endsWithAny(w, lex.roleSuffixes) || acronymLike(t);
}

const acronymLike = (t: Token) => t.w.length <= 6 && ACRONYM.test(t.w);

/**
 * A capitalised word that may stand in a person's name: no stop word, role, body, outlet, document or acronym.
 * (kindOfWord, remembered, is null only for a word that is no role, body, outlet or document: of isRoleOrBody's
 * tests only the acronym's is left to make.)
 */
export function nameWord(lex: LangLexicon, t: Token): boolean {
  return !t.punct && capital(t) && !lex.stopCaps.has(t.lw) && kindOfWord(lex, base(t)) === null && !acronymLike(t);
}

// Loops, not some() with a closure: these run for every capitalised word of a sentence.
function endsWithAny(w: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (w.endsWith(s)) return true;
  return false;
}

function endsWithLonger(w: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (w.length > s.length && w.endsWith(s)) return true;
  return false;
}


export function usableLeft(lex: LangLexicon, toks: Token[], p: Phrase): boolean {
  const first = toks[p.a];
  if (lex.npStops.has(first.lw) && !lex.determiners.has(first.lw)) return false;
  for (let k = p.a; k <= p.b; k++) {
    const t = toks[k];
    if (lex.pronouns.has(t.lw) && p.a === p.b) return true;
    if (lex.determiners.has(t.lw) || lex.stopCaps.has(t.lw)) continue;
    if (capital(t) || kindOfWord(lex, base(t))) return true;
  }
  return false;
}

