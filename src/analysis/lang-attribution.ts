// Attribution in German, French, Spanish, Ukrainian and Russian: the cues of a sentence (reporting verbs in
// their forms, "laut X", "selon X", "según X", "по словам X", "X zufolge", "aus Kreisen hieß es", "сообщили в X")
// and, for each, who is credited (the source phrase before the verb, after it when it follows a quotation or
// a comma, or inverted after a fronted phrase) and with what (the quotation or clause it introduces, or the
// clause before it). The words are data (lexicon/<lang>/cues.json, lang-lexicon.ts); the result is the same
// Attribution the English path gives, so quotes, statements, figures and confidence are built alike.
import type { SourceKind } from './types';
import type { Token } from './tokens';
import type { Cue } from './cues';
import type { Attribution, Position } from './attribution';
import type { Discourse } from './discourse';
import type { Mention } from './mentions';
import type { LangLexicon } from './lang-lexicon';
import { resolveMention, sourceFrom } from './resolve';
import { nominative } from './lang-names';

const OPEN_QUOTE = /^["“„«‚‹»]$/;
const CLOSE_QUOTE = /^["”“»«‘’›]$/;
const DASH = /^[—–―-]$/;
const ELISION = /^(?:l|d|qu|j|s|n)'/;
const ACRONYM = /^[\p{Lu}\d-]{2,8}$/u;

interface Phrase { a: number; b: number }

/** The lower-case word without a French elision ("l'armée" -> "armée"). */
function base(t: Token): string {
  return t.lw.replace(ELISION, '');
}

function capital(t: Token): boolean {
  if (t.cap) return true;
  if (!t.w.includes("'") && !t.w.includes('’')) return false;
  // "l'Élysée", "d'Orsay": the word after the elision.
  const m = /^(?:l|d|L|D)['’](\p{Lu})/u.exec(t.w);
  return !!m;
}

/** The words `words` start at toks[i] (lower case, elided articles kept as written). */
function phraseAt(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.punct || t.lw !== words[k]) return false;
  }
  return true;
}

function matchPhrase(toks: Token[], i: number, byFirst: Map<string, string[][]>): string[] | null {
  const list = byFirst.get(toks[i].lw);
  if (list) for (const p of list) if (phraseAt(toks, i, p)) return p;
  return null;
}

/** A word that may stand inside a source phrase. */
function npWord(lex: LangLexicon, t: Token): boolean {
  if (t.punct) return t.w === '-' || t.w === '.';
  const lw = t.lw;
  return !lex.boundaries.has(lw) && !lex.complementizers.has(lw) && !lex.verbs.has(lw) && !lex.hedges.has(lw);
}

/** The source phrase ending at toks[j] (walking left), or null. */
function phraseLeft(lex: LangLexicon, toks: Token[], j: number, min: number): Phrase | null {
  let a = j + 1;
  for (let k = j; k >= min && j - k < 9; k--) {
    const t = toks[k];
    if (!npWord(lex, t) || (lex.auxiliaries.has(t.lw) && k !== j && !lex.determiners.has(t.lw))) break;
    // A preposition inside the phrase ("Die Regierung in Kiew") when a noun stands before it.
    if (lex.npStops.has(t.lw) && !(k < j && k > min && !toks[k - 1].punct && (capital(toks[k - 1]) || kindOfWord(lex, base(toks[k - 1])) !== null) && !lex.npStops.has(toks[k - 1].lw))) break;
    a = k;
  }
  // Leading determiners may stay; a phrase of nothing but them is none.
  return a <= j ? { a, b: j } : null;
}

/** The source phrase starting at toks[i] (walking right): a head, its genitives and an appositive name. */
function phraseRight(lex: LangLexicon, toks: Token[], i: number, max: number): Phrase | null {
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
    if (t.punct || lex.boundaries.has(t.lw) || lex.complementizers.has(t.lw) || lex.hedges.has(t.lw) || /^\d/.test(t.w)) break;
    const link = k > i && lex.genitiveLinks.has(toks[k - 1].lw);
    if (seenHead && lex.npStops.has(t.lw) && !link) break;
    if (!seenHead && lex.npStops.has(t.lw) && !lex.determiners.has(t.lw)) break;
    if (lex.auxiliaries.has(t.lw) && !lex.determiners.has(t.lw)) break;
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

function nameRunFrom(lex: LangLexicon, toks: Token[], i: number, max: number): Phrase | null {
  let b = i - 1;
  for (let k = i; k <= max && k - i < 4; k++) {
    const t = toks[k];
    if (t.punct || !capital(t) || lex.stopCaps.has(t.lw)) break;
    b = k;
  }
  return b >= i ? { a: i, b } : null;
}

/** "Die Sprecherin der Stadt, Maria Keller, erklärte": the name between two commas before the verb. */
function appositiveLeft(lex: LangLexicon, toks: Token[], j: number, min: number): Phrase | null {
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

type Kind = SourceKind;

function kindOfWord(lex: LangLexicon, w: string): Kind | null {
  if (lex.anonymous.has(w) || lex.anonymousSuffix.some((s) => w.length > s.length && w.endsWith(s))) return 'anonymous';
  if (lex.vague.has(w)) return 'vague';
  if (lex.outlets.has(w)) return 'outlet';
  if (lex.documents.has(w)) return 'document';
  if (lex.bodies.has(w)) return 'organization';
  if (lex.roles.has(w) || lex.roleSuffixes.some((s) => w.endsWith(s))) return 'person';
  return null;
}

function isRoleOrBody(lex: LangLexicon, t: Token): boolean {
  const w = base(t);
  return lex.roles.has(w) || lex.bodies.has(w) || lex.outlets.has(w) || lex.documents.has(w)
    || lex.roleSuffixes.some((s) => w.endsWith(s)) || (ACRONYM.test(t.w) && t.w.length <= 6);
}

/** Builds the mention of a source phrase: a pronoun, a person's name, or a description with its kind. */
function mentionOf(lex: LangLexicon, text: string, toks: Token[], p: Phrase, genitive: boolean, feminine: boolean): Mention | null {
  let a = p.a;
  while (a <= p.b && (lex.determiners.has(toks[a].lw) || lex.npStops.has(toks[a].lw) || toks[a].punct)) a++;
  if (a > p.b) return null;
  const first = toks[a];
  const s = first.s;
  const e = toks[p.b].e;
  if (a === p.b && lex.pronouns.has(first.lw)) {
    const pr = lex.pronouns.get(first.lw)!;
    return { s, e, kind: 'person', form: 'pronoun', name: pr === 'she' || pr === 'he' ? pr : pr, gender: pr === 'she' || (pr === 'he' && feminine) ? 'f' : pr === 'he' ? 'm' : undefined };
  }
  const whole = text.slice(toks[p.a].s, e).toLowerCase();
  if (lex.outlets.has(whole) || lex.outlets.has(text.slice(s, e).toLowerCase())) {
    const name = lex.outlets.has(whole) ? text.slice(toks[p.a].s, e) : text.slice(s, e);
    return { s, e, kind: 'outlet', form: 'name', name, nameTokens: name.toLowerCase().split(/\s+/) };
  }
  // The last run of capitalised words that are no role, body or stop word: a person's name.
  let rb = -1;
  let ra = -1;
  for (let k = p.b; k >= a; k--) {
    const t = toks[k];
    const nameLike = capital(t) && !t.punct && !lex.stopCaps.has(t.lw) && !isRoleOrBody(lex, t) && kindOfWord(lex, base(t)) === null;
    if (nameLike) { if (rb < 0) rb = k; ra = k; } else if (rb >= 0) break;
  }
  // A run after a genitive or a preposition belongs to a description ("ministère de l'Intérieur", "Regierung in Kiew").
  const afterLink = ra > a && (lex.genitiveLinks.has(toks[ra - 1].lw) || lex.npStops.has(toks[ra - 1].lw) || lex.determiners.has(toks[ra - 1].lw));
  const described = rb >= 0 && (ra > a || (ra === a && lex.determiners.has(toks[p.a]?.lw ?? '')));
  if (rb >= 0 && rb === p.b && !afterLink && (!described || ra > a)) {
    // "Verteidigungsminister Lukas Brandt", "Пресс-секретарь Кремля Дмитрий Песков": the name alone.
    let name = text.slice(toks[ra].s, toks[rb].e);
    if (genitive) name = nominative(name, lex.lang);
    return { s: toks[ra].s, e: toks[rb].e, kind: 'person', form: 'name', name, nameTokens: name.toLowerCase().split(/\s+/), gender: feminine ? 'f' : undefined };
  }
  // A description: its head word says what kind of source it is.
  let kind: Kind | null = null;
  for (let k = a; k <= p.b && !kind; k++) kind = kindOfWord(lex, base(toks[k]));
  const anyCap = toks.slice(a, p.b + 1).some((t) => capital(t) && !lex.stopCaps.has(t.lw));
  if (!kind && !anyCap) return null;
  let name = text.slice(s, e).replace(/^(?:l|d)['’]/i, '');
  if (genitive) name = nominative(name, lex.lang);
  return { s, e, kind: kind ?? (rb >= 0 ? 'organization' : 'person'), form: kind === 'anonymous' ? 'anonymous' : kind === 'vague' ? 'vague' : rb >= 0 && !kind ? 'name' : 'generic', name, nameTokens: name.toLowerCase().split(/\s+/), plural: kind === 'vague' || kind === 'anonymous' };
}

interface Found {
  cue: Cue; phrase: Phrase | null; position: Position; content: [number, number] | null; genitive: boolean;
  pronounToken?: Token;
  /** 'Polizeiangaben': the source is the compound less this ending. */
  compoundSuffix?: string;
}

/** Where the clause a cue introduces starts, right of toks[k]: after a comma, a colon or a complementizer. */
function complementRight(lex: LangLexicon, toks: Token[], k: number, explicitOnly: boolean): number {
  for (let i = k; i < toks.length && i < k + 9; i++) {
    const t = toks[i];
    // A comma inside a number ("1,2 Milliarden") is none.
    if ((t.w === ':' || t.w === ',') && !(toks[i + 1] && toks[i + 1].s === t.e && /\d/.test(toks[i + 1].w[0]))) {
      let n = i + 1;
      while (toks[n] && lex.complementizers.has(toks[n].lw)) n++;
      return n;
    }
    if (OPEN_QUOTE.test(t.w)) return i;
    if (lex.complementizers.has(t.lw) || /^qu'/.test(t.lw)) return t.lw.startsWith("qu'") ? i : i + 1;
    if (t.punct && t.w !== '-' && t.w !== '.') break;
  }
  return explicitOnly ? -1 : k;
}

function endOf(text: string, toks: Token[], se: number): number {
  let e = se;
  while (e > 0 && /[\s.!?…]/.test(text[e - 1])) e--;
  void toks;
  return e;
}

function makeCue(toks: Token[], ti: number, tj: number, kind: Cue['kind'], lemma: string, extra: Partial<Cue> = {}): Cue {
  return { s: toks[ti].s, e: toks[tj].e, kind, ti, tj, lemma, form: 'past', weak: false, passive: false, impersonal: false, hedge: null, ...extra };
}

/** The index after the German separable particle or French second word of a verb ("teilte ... mit", "fait savoir"). */
function particleEnd(lex: LangLexicon, toks: Token[], i: number): number | null {
  const particle = lex.particles.get(toks[i].lw);
  if (!particle) return i;
  const words = particle.split(' ');
  if (lex.lang !== 'de') return phraseAt(toks, i + 1, words) ? i + words.length : null;
  for (let k = i + 1; k < toks.length && k < i + 12; k++) {
    const t = toks[k];
    if (t.lw === words[0]) return k;
    if (t.punct && t.w !== '.' && t.w !== '-') return null;
  }
  return null;
}

/** Skips auxiliaries and dashes left of a verb ("a", "ont", "ha", "—"). */
function skipLeft(lex: LangLexicon, toks: Token[], j: number, min: number): number {
  let k = j;
  while (k >= min && (lex.auxiliaries.has(toks[k].lw) || toks[k].lw === 'se' || toks[k].lw === "s'est")) k--;
  return k;
}

function findInSentence(lex: LangLexicon, text: string, toks: Token[], ss: number, se: number, inQuote: (pos: number) => boolean): Found[] {
  const out: Found[] = [];
  const n = toks.length;
  const end = endOf(text, toks, se);
  let hedge: string | null = null;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.punct) continue;
    if (lex.hedges.has(t.lw) && !hedge) hedge = t.lw;
    if (inQuote(t.s) && !dashInterruption(toks, i)) continue;
    // "laut X", "selon X", "по словам X", "как сообщил X": the source follows.
    const acc = matchPhrase(toks, i, lex.according);
    if (acc) {
      const k = i + acc.length;
      const p = phraseRight(lex, toks, k, n - 1);
      // "nach eigenen Angaben", "selon leurs propres chiffres": the sentence's subject speaks for itself.
      if (p && (acc.some((w) => lex.ownAccount.has(w)) || toks.slice(p.a, p.b + 1).some((w) => lex.ownAccount.has(w.lw)))) {
        const subject = i > 0 ? phraseRight(lex, toks, 0, i - 1) : null;
        if (subject && usableLeft(lex, toks, subject)) {
          out.push({ cue: makeCue(toks, i, p.b, 'according-to', acc.join(' '), { hedge }), phrase: subject, position: 'before', content: [ss, end], genitive: false });
        }
        i = p.b;
        continue;
      }
      if (p) {
        const cue = makeCue(toks, i, k - 1, 'according-to', acc.join(' '), { hedge });
        const before = i > 0 && toks[i - 1].w === ',' && (p.b + 1 >= n || toks[p.b + 1].punct && toks[p.b + 1].w !== ',');
        let content: [number, number];
        if (before) content = [ss, toks[i - 1].s];
        else if (i === 0 || (i <= 2 && toks[0].punct)) {
          let c = p.b + 1;
          while (toks[c] && (toks[c].punct || lex.complementizers.has(toks[c].lw))) c++;
          content = [toks[c]?.s ?? end, end];
        } else content = [ss, end];
        out.push({ cue, phrase: p, position: before ? 'after' : 'before', content, genitive: lex.lang === 'ru' || lex.lang === 'uk' });
        i = p.b;
        continue;
      }
    }
    // "nach Polizeiangaben": the compound names the source.
    if (t.lw === 'nach' && lex.accordingCompound.length) {
      const nx = toks[i + 1];
      const suf = nx && lex.accordingCompound.find((c) => nx.lw.length > c.length + 2 && nx.lw.endsWith(c));
      if (nx && suf) {
        const cue = makeCue(toks, i, i + 1, 'according-to', 'nach angaben', { hedge });
        const content: [number, number] = i === 0 ? [toks[i + 2]?.s ?? end, end] : [ss, end];
        out.push({ cue, phrase: { a: i + 1, b: i + 1 }, position: 'before', content, genitive: false, compoundSuffix: suf });
        i++;
        continue;
      }
    }
    // "Dem Bericht zufolge": the source stands before.
    if (lex.accordingAfter.has(t.lw)) {
      const p = phraseLeft(lex, toks, i - 1, 0);
      if (p) {
        let c = i + 1;
        while (toks[c]?.punct) c++;
        const content: [number, number] = p.a === 0 ? [toks[c]?.s ?? end, end] : [ss, end];
        out.push({ cue: makeCue(toks, i, i, 'according-to', t.lw, { hedge }), phrase: p, position: 'before', content, genitive: false });
      }
      continue;
    }
    // "aus Regierungskreisen hieß es", "сообщили в МЧС".
    const imp = matchPhrase(toks, i, lex.impersonal);
    if (imp) {
      const k = i + imp.length;
      let p: Phrase | null = null;
      if (/^(?:в|у)$/.test(imp[imp.length - 1])) p = phraseRight(lex, toks, k, n - 1);
      else if (lex.lang === 'de') {
        // The phrase after "aus" or "in" before the verb.
        let a = i - 1;
        while (a >= 0 && !toks[a].punct && !/^(?:aus|in|von)$/.test(toks[a].lw)) a--;
        if (a >= 0 && /^(?:aus|in|von)$/.test(toks[a].lw) && a < i - 1) p = { a: a + 1, b: i - 1 };
      } else if (lex.lang === 'fr' && i > 0) {
        // "De source policière, on indique que": the phrase before the comma.
        let a = i - 1;
        if (toks[a]?.w === ',') a--;
        const q = phraseLeft(lex, toks, a, 0);
        if (q) p = q;
      }
      if (p) {
        const right = complementRight(lex, toks, (p.b > i ? p.b : k - 1) + 1, true);
        const postposed = i > 0 && (toks[i - 1].w === ',' || DASH.test(toks[i - 1].w));
        const content: [number, number] | null = postposed ? [ss, toks[i - 1].s] : right >= 0 && toks[right] ? [toks[right].s, end] : null;
        if (content) out.push({ cue: makeCue(toks, i, k - 1, 'speech-verb', imp.join(' '), { hedge }), phrase: p, position: postposed ? 'after' : 'before', content, genitive: false });
        i = Math.max(i, k - 1, p.b);
        continue;
      }
    }
    if (!lex.verbs.has(t.lw)) continue;
    const stopAfter = lex.notSpeechAfter.get(t.lw);
    if (stopAfter && toks[i + 1] && stopAfter.has(toks[i + 1].lw)) continue;
    const pEnd = particleEnd(lex, toks, i);
    if (pEnd === null) continue;
    const found = verbCue(lex, text, toks, i, pEnd, ss, end, hedge);
    if (found) { out.push(found); i = Math.max(i, pEnd); }
  }
  return out;
}

/** "«Санкции работают, — сказала министр, — но ...»": a verb set off by dashes inside a quotation. */
function dashInterruption(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  return !!prev && DASH.test(prev.w) && !!prev2 && prev2.w === ',';
}

function verbCue(lex: LangLexicon, text: string, toks: Token[], i: number, pEnd: number, ss: number, end: number, hedge: string | null): Found | null {
  const t = toks[i];
  const n = toks.length;
  const needs = lex.needsComplement.has(t.lw);
  let ti = i;
  // French "a-t-il déclaré", "a-t-elle ajouté": the pronoun is in the auxiliary.
  const inv = i > 0 ? /^(?:a|ont|avait|aurait)-t?-?(il|elle|ils|elles)$/.exec(toks[i - 1].lw) : null;
  if (inv) ti = i - 1;
  const left = skipLeft(lex, toks, ti - 1, 0);
  const cueOf = (kind: Cue['kind']) => makeCue(toks, ti, i, kind, t.lw, { hedge, weak: needs });
  // Post-posed: "„…“, sagte Scholz", "…, a précisé un porte-parole", "«…», — сказал он", "— …, — признал тренер".
  const lt = left >= 0 ? toks[left] : null;
  const app = appositiveLeft(lex, toks, left, 0);
  const postposed = !app && !!lt && (lt.w === ',' || DASH.test(lt.w) || CLOSE_QUOTE.test(lt.w));
  if (postposed) {
    let cut = left;
    while (cut > 0 && (toks[cut - 1].punct && !CLOSE_QUOTE.test(toks[cut - 1].w))) cut--;
    const contentEnd = toks[cut].s;
    if (contentEnd <= ss) return null;
    if (inv) return { cue: cueOf('speech-verb'), phrase: { a: ti, b: ti }, position: 'after', content: [ss, contentEnd], genitive: false, pronounToken: toks[ti] };
    // "teilte ein Sprecher mit": the source stands between the verb and its particle.
    let k = pEnd > i && lex.lang === 'de' ? i + 1 : pEnd + 1;
    while (k < n && lex.auxiliaries.has(toks[k].lw) && !lex.determiners.has(toks[k].lw)) k++;
    // Russian and Ukrainian "сообщили в МЧС": a plural verb with no subject, the body after "в".
    if ((lex.lang === 'ru' || lex.lang === 'uk') && /^(?:в|у|во)$/.test(toks[k]?.lw ?? '')) k++;
    const p = phraseRight(lex, toks, k, n - 1);
    if (!p) return null;
    const inside = dashInterruption(toks, i);
    return { cue: cueOf('speech-verb'), phrase: p, position: inside ? 'inverted' : 'after', content: [ss, contentEnd], genitive: false };
  }
  // Subject before the verb: "Die Polizei teilte mit", "Le président a affirmé que", "Президент заявил".
  let p = app ?? (left >= 0 ? phraseLeft(lex, toks, left, 0) : null);
  let position: Position = 'before';
  if (p && !usableLeft(lex, toks, p)) p = null;
  // Inverted after a fronted phrase: "Am Freitag sagte Scholz, ...", "В пятницу Путин сказал" stays left.
  let rightFrom = pEnd + 1;
  if (!p && !inv) {
    let k = i + 1;
    while (k < n && lex.auxiliaries.has(toks[k].lw) && !lex.determiners.has(toks[k].lw)) k++;
    const r = phraseRight(lex, toks, k, n - 1);
    if (r && usableLeft(lex, toks, r)) { p = r; position = 'inverted'; rightFrom = Math.max(pEnd, r.b) + 1; }
  }
  if (inv) { p = { a: ti, b: ti }; }
  if (!p) return null;
  const c = complementRight(lex, toks, rightFrom, needs);
  if (c < 0 || c >= n) return null;
  const cs = toks[c].s;
  if (cs >= end) return null;
  return { cue: cueOf('speech-verb'), phrase: p, position, content: [cs, end], genitive: false, pronounToken: inv ? toks[ti] : undefined };
}

/** A phrase that can be a source: not a lone stop word, a time word or a preposition's object. */
function usableLeft(lex: LangLexicon, toks: Token[], p: Phrase): boolean {
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

/** The attributions of one sentence (toks its tokens) in a language with a cue lexicon. */
export function attributeLangSentence(lex: LangLexicon, text: string, toks: Token[], ss: number, se: number, inQuote: (pos: number) => boolean, disc: Discourse): Attribution[] {
  const out: Attribution[] = [];
  for (const f of findInSentence(lex, text, toks, ss, se, inQuote)) {
    if (!f.phrase || !f.content || f.content[1] <= f.content[0]) continue;
    let m: Mention | null;
    if (f.compoundSuffix) {
      const t = toks[f.phrase.a];
      const name = t.w.slice(0, t.w.length - f.compoundSuffix.length);
      m = { s: t.s, e: t.s + name.length, kind: 'organization', form: 'name', name, nameTokens: [name.toLowerCase()] };
    } else if (f.pronounToken) {
      const pr = /elle/.test(f.pronounToken.lw) ? (/elles$/.test(f.pronounToken.lw) ? 'they' : 'she') : /ils$/.test(f.pronounToken.lw) ? 'they' : 'he';
      m = { s: f.pronounToken.s, e: f.pronounToken.e, kind: 'person', form: 'pronoun', name: pr };
    } else {
      m = mentionOf(lex, text, toks, f.phrase, f.genitive, lex.feminine.has(toks[f.cue.tj]?.lw ?? ''));
    }
    if (!m) continue;
    const r = resolveMention(m, disc, f.position === 'before');
    if (m.form === 'pronoun' && !r.ent) continue;
    const source = sourceFrom(m, r, text);
    out.push({
      cue: f.cue, mention: m, entity: r.ent, source, content: [f.content], position: f.position,
      resolution: r.res, resolveDistance: r.dist, resolveP: r.p, others: r.others, ambiguousAt: -1, indirect: false,
    });
    if (r.ent) disc.noteSpeaker(r.ent);
  }
  return out;
}

// Feminine surnames and first names in Russian and Ukrainian ("Захарова", "Анна", "Ткачева", "Литвин" stays open).
const CYRILLIC_FEMININE = /(?:ова|ева|ёва|ина|ына|ская|цкая|ська|цька|[ая])$/;

/**
 * Registers the people a sentence names outside any attribution ("Die Ministerin Anna Vogt reiste nach Kiew"),
 * so a later "sagte sie" or "a-t-elle déclaré" finds them: runs of two or more capitalised words that are no
 * role, body or stop word (a leading role word is dropped).
 */
export function registerLangNames(lex: LangLexicon, text: string, toks: Token[], disc: Discourse): void {
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    const nameLike = (x: Token) => !x.punct && capital(x) && !lex.stopCaps.has(x.lw) && !isRoleOrBody(lex, x) && kindOfWord(lex, base(x)) === null;
    if (!nameLike(t)) { k++; continue; }
    let j = k;
    while (j + 1 < toks.length && nameLike(toks[j + 1]) && toks[j + 1].s - toks[j].e <= 1) j++;
    if (j > k && j - k < 4) {
      const name = text.slice(t.s, toks[j].e);
      const lower = name.toLowerCase();
      const cyr = /[\u0400-\u04ff]/.test(name);
      const gender = cyr ? (lower.split(' ').every((w) => CYRILLIC_FEMININE.test(w)) ? 'f' : lower.split(' ').some((w) => CYRILLIC_FEMININE.test(w)) ? undefined : 'm') : undefined;
      disc.register({ s: t.s, e: toks[j].e, kind: 'person', form: 'name', name, nameTokens: lower.split(/\s+/), gender }, k === 0);
    }
    k = j + 1;
  }
}
