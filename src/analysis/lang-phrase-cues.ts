// The phrase cues of a sentence in German, French, Spanish, Ukrainian and Russian: "laut X", "selon X",
// "по словам X" (the source follows), "nach Polizeiangaben" (a compound names it), "X zufolge" (it stands
// before), "aus Kreisen hieß es", "сообщили в МЧС" (hearsay with the source in a phrase). Each returns what it
// found and the token index where the scan goes on, or null when the words there are no such cue.
import type { Token } from './tokens';
import type { Cue } from './cues';
import type { Position } from './attribution';
import type { LangLexicon } from './lang-lexicon';
import { DASH, OPEN_QUOTE, base, capital, kindOfWord, matchPhrase, phraseLeft, phraseRight, usableLeft, type Phrase } from './lang-phrases';

export interface Found {
  cue: Cue; phrase: Phrase | null; position: Position; content: [number, number] | null; genitive: boolean;
  pronounToken?: Token;
  /** 'Polizeiangaben': the source is the compound less this ending. */
  compoundSuffix?: string;
  /** "y recordó que", "ajoutant que": the speaker of the sentence's previous cue, whose clause ends at this offset. */
  sameSpeaker?: number;
  /** Hearsay that names no one ("Сообщается, что"): the cue's own words are a vague source. */
  vague?: boolean;
  /** The phrase follows a quotation's verb ("«…», — признается спасатель"): whoever it names speaks, known noun or not. */
  speaker?: boolean;
}

/** What a sentence's scan shares with each cue reader. */
export interface Scan { lex: LangLexicon; toks: Token[]; ss: number; end: number; hedge: string | null }
export interface Hit { found: Found | null; next: number }

export function makeCue(toks: Token[], ti: number, tj: number, kind: Cue['kind'], lemma: string, extra: Partial<Cue> = {}): Cue {
  return { s: toks[ti].s, e: toks[tj].e, kind, ti, tj, lemma, form: 'past', weak: false, passive: false, impersonal: false, hedge: null, ...extra };
}

/** Where the clause a cue introduces starts, right of toks[k]: after a comma, a colon or a complementizer. */
export function complementRight(lex: LangLexicon, toks: Token[], k: number, explicitOnly: boolean): number {
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

/** "laut X", "selon X", "по словам X"; "nach eigenen Angaben" credits the sentence's subject. */
export function accordingCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, ss, end, hedge } = sc;
  const n = toks.length;
  const acc = matchPhrase(toks, i, lex.according);
  if (!acc) return null;
  let k = i + acc.length;
  const cue0 = makeCue(toks, i, k - 1, 'according-to', acc.join(' '), { hedge });
  // "за його словами", "по ее данным": the pronoun inside the phrase is the source.
  const own = acc.findIndex((w) => lex.possessives.has(w));
  if (own >= 0) {
    const { content, after } = clauseAround(sc, i, k - 1);
    return { found: { cue: cue0, phrase: { a: i + own, b: i + own }, position: after ? 'after' : 'before', content, genitive: false, pronounToken: toks[i + own] }, next: k - 1 };
  }
  // "según indicó su portavoz": the verb names no one; its subject follows.
  if (toks[k] && lex.verbs.has(toks[k].lw) && lex.accordingVerbs.has(acc[acc.length - 1])) k++;
  const p = toldTo(lex, toks, byAgent(lex, toks, phraseRight(lex, toks, k, n - 1)));
  // "nach eigenen Angaben", "laut eigenen Angaben": the sentence's subject speaks for itself. The whole phrase may
  // be the cue, with no name after it ("Die Polizei hat nach eigenen Angaben 40 Festnahmen gemacht").
  const ownInCue = acc.some((w) => lex.ownAccount.has(w));
  const ownAfter = !!p && toks.slice(p.a, p.b + 1).some((w) => lex.ownAccount.has(w.lw));
  if (ownInCue || ownAfter) {
    const last = ownInCue || !p ? k - 1 : p.b;
    const subject = i > 0 ? phraseRight(lex, toks, 0, i - 1) : null;
    const ok = !!subject && usableLeft(lex, toks, subject);
    return { found: ok ? { cue: makeCue(toks, i, last, 'according-to', acc.join(' '), { hedge }), phrase: subject, position: 'before', content: [ss, end], genitive: false } : null, next: last };
  }
  if (!p) return null;
  const cue = makeCue(toks, i, k - 1, 'according-to', acc.join(' '), { hedge });
  const { content, after } = clauseAround(sc, i, p.b);
  // "по словам Зеленского" names in the genitive; "как рассказала Ольга Никитина" in the nominative.
  const genitive = (lex.lang === 'ru' || lex.lang === 'uk') && !/^(?:как|як)$/.test(acc[0]);
  return { found: { cue, phrase: p, position: after ? 'after' : 'before', content, genitive }, next: p.b };
}

/** "Как пояснила «Ведомостям» представитель ЦБ": the outlet told is no source when a speaker follows it. */
export function toldTo(lex: LangLexicon, toks: Token[], p: Phrase | null): Phrase | null {
  if (!p || p.a === 0 || !OPEN_QUOTE.test(toks[p.a - 1].w)) return p;
  const after = toks[p.b + 2];
  if (!after || after.punct) return p;
  return phraseRight(lex, toks, p.b + 2, toks.length - 1) ?? p;
}

/** "según los datos publicados por la Junta", "selon les chiffres publiés par l'Insee": the source is the agent. */
function byAgent(lex: LangLexicon, toks: Token[], p: Phrase | null): Phrase | null {
  if (!p || !toks.slice(p.a, p.b + 1).some((t) => lex.dataWords.has(t.lw))) return p;
  for (let k = p.b + 1; k < toks.length && k <= p.b + 6 && !toks[k].punct; k++) {
    if (lex.agentLinks.has(toks[k].lw)) return phraseRight(lex, toks, k + 1, toks.length - 1) ?? p;
  }
  return p;
}

/**
 * The clause an according-to phrase at toks[i..j] is about: the words before it when it closes the sentence
 * (`after`: "…, selon la police."), the words after it when it opens the sentence, else the whole sentence.
 */
function clauseAround(sc: Scan, i: number, j: number): { content: [number, number]; after: boolean } {
  const { lex, toks, ss, end } = sc;
  if (i > 0 && toks[i - 1].w === ',' && (j + 1 >= toks.length || (toks[j + 1].punct && toks[j + 1].w !== ','))) return { content: [ss, toks[i - 1].s], after: true };
  if (i === 0 || (i <= 2 && toks[0].punct)) {
    let c = j + 1;
    while (toks[c] && (toks[c].punct || lex.complementizers.has(toks[c].lw))) c++;
    return { content: [toks[c]?.s ?? end, end], after: false };
  }
  return { content: [ss, end], after: false };
}

/** "nach Polizeiangaben": the compound names the source. */
export function compoundCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, ss, end, hedge } = sc;
  if (toks[i].lw !== 'nach' || !lex.accordingCompound.length) return null;
  const nx = toks[i + 1];
  const suf = nx && lex.accordingCompound.find((c) => nx.lw.length > c.length + 2 && nx.lw.endsWith(c));
  if (!nx || !suf) return null;
  const cue = makeCue(toks, i, i + 1, 'according-to', 'nach angaben', { hedge });
  const content: [number, number] = i === 0 ? [toks[i + 2]?.s ?? end, end] : [ss, end];
  return { found: { cue, phrase: { a: i + 1, b: i + 1 }, position: 'before', content, genitive: false, compoundSuffix: suf }, next: i + 1 };
}

/** "Dem Bericht zufolge": the source stands before. */
export function postpositionCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, ss, end, hedge } = sc;
  const t = toks[i];
  if (!lex.accordingAfter.has(t.lw)) return null;
  const p = phraseLeft(lex, toks, i - 1, 0);
  if (!p) return { found: null, next: i };
  let c = i + 1;
  while (toks[c]?.punct) c++;
  const content: [number, number] = p.a === 0 ? [toks[c]?.s ?? end, end] : [ss, end];
  return { found: { cue: makeCue(toks, i, i, 'according-to', t.lw, { hedge }), phrase: p, position: 'before', content, genitive: false }, next: i };
}

/** The source phrase of a hearsay cue: after "в" ("сообщили в МЧС"), after "aus"/"in" before it, or before a comma. */
function hearsaySource(lex: LangLexicon, toks: Token[], i: number, imp: string[]): Phrase | null {
  const k = i + imp.length;
  if (/^(?:в|у)$/.test(imp[imp.length - 1])) return phraseRight(lex, toks, k, toks.length - 1);
  if (lex.lang === 'de') {
    let a = i - 1;
    while (a >= 0 && !toks[a].punct && !/^(?:aus|in|von)$/.test(toks[a].lw)) a--;
    return a >= 0 && /^(?:aus|in|von)$/.test(toks[a].lw) && a < i - 1 ? { a: a + 1, b: i - 1 } : null;
  }
  if (lex.lang === 'fr' && i > 0) {
    // "De source policière, on indique que": the phrase before the comma.
    let a = i - 1;
    if (toks[a]?.w === ',') a--;
    return phraseLeft(lex, toks, a, 0);
  }
  return null;
}

/** "aus Regierungskreisen hieß es", "сообщили в МЧС", "de source policière, on indique". */
export function hearsayCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, ss, end, hedge } = sc;
  const imp = matchPhrase(toks, i, lex.impersonal);
  if (!imp) return null;
  const k = i + imp.length;
  const p = hearsaySource(lex, toks, i, imp);
  if (!p) return null;
  const right = complementRight(lex, toks, (p.b > i ? p.b : k - 1) + 1, true);
  // "…, сообщили в МЧС" credits the words before; "De source policière, on indique que …" those after.
  const postposed = i > 0 && (toks[i - 1].w === ',' || DASH.test(toks[i - 1].w)) && p.a > i;
  const content: [number, number] | null = postposed ? [ss, toks[i - 1].s] : right >= 0 && toks[right] ? [toks[right].s, end] : null;
  const found: Found | null = content ? { cue: makeCue(toks, i, k - 1, 'speech-verb', imp.join(' '), { hedge }), phrase: p, position: postposed ? 'after' : 'before', content, genitive: false } : null;
  return { found, next: Math.max(i, k - 1, p.b) };
}

/** "Сообщается, что", "Es heißt, …", "Dem Vernehmen nach …", "…, se dice": hearsay that names no one. */
export function aloneHearsayCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, ss, end, hedge } = sc;
  const imp = matchPhrase(toks, i, lex.impersonalAlone);
  if (!imp) return null;
  const k = i + imp.length;
  const postposed = i > 0 && (toks[i - 1].w === ',' || DASH.test(toks[i - 1].w));
  const c = postposed ? -1 : complementRight(lex, toks, k, false);
  const content: [number, number] | null = postposed ? (toks[i - 1].s > ss ? [ss, toks[i - 1].s] : null) : toks[c] && toks[c].s < end ? [toks[c].s, end] : null;
  const cue = makeCue(toks, i, k - 1, 'speech-verb', imp.join(' '), { hedge, impersonal: true });
  // "У звіті йдеться, що …", "В материале издания утверждается": the document or body before it is the source.
  const left = !postposed && imp.length === 1 && i > 0 && !toks[i - 1].punct ? phraseLeft(lex, toks, i - 1, 0) : null;
  const named = left && usableLeft(lex, toks, left) ? left : null;
  if (!content) return { found: null, next: k - 1 };
  return { found: { cue, phrase: named ?? { a: i, b: k - 1 }, position: postposed ? 'after' : 'before', content, genitive: false, vague: !named }, next: k - 1 };
}

/** "Selenskyj: „…“", "Песков: Кремль не видит …": a name before a colon opening the sentence, as a headline writes it. */
export function headlineCue(sc: Scan, i: number): Hit | null {
  const { lex, toks, end, hedge } = sc;
  if (i !== 0) return null;
  let c = 0;
  while (c < toks.length && c < 4 && !toks[c].punct) c++;
  const colon = toks[c];
  if (!colon || colon.w !== ':' || !c || !capital(toks[0]) || lex.determiners.has(toks[0].lw)) return null;
  const words = toks.slice(0, c);
  // A verb or a pronoun there makes it a sentence's own colon ("Er sagte: …"), which the verb reads.
  if (words.some((t) => /\d/.test(t.w) || lex.headlineLabels.has(base(t)) || lex.npStops.has(t.lw) || lex.verbs.has(t.lw) || lex.pronouns.has(t.lw))) return null;
  // A name: every word capitalised but the links inside it ("Ministère des Armées"), no topic kicker ("Ukraine-Krieg:").
  if (words.some((t, k) => !capital(t) && !(k > 0 && (lex.genitiveLinks.has(t.lw) || lex.determiners.has(t.lw))))) return null;
  const last = words[words.length - 1].lw;
  if (last.includes('-') && !kindOfWord(lex, last) && lex.lang === 'de') return null;
  if (!kindOfWord(lex, base(words[words.length - 1])) && lex.headlineTopicEndings.some((e) => last.endsWith(e))) return null;
  // A Russian or Ukrainian noun in -а, -я, -о, -е alone is a topic ("Культура:"), unless a surname ends so ("Захарова:", "Кличко:").
  if ((lex.lang === 'ru' || lex.lang === 'uk') && words.length === 1 && !kindOfWord(lex, base(words[0])) && !/^[\p{Lu}\d-]+$/u.test(words[0].w)
    && /[аяоеиы]$/.test(last) && !/(?:ова|ева|ёва|ина|ына|ская|цкая|ська|цька|енко|ко|ого)$/.test(last)) return null;
  // What follows is a sentence of its own (three words at least), not a list or a time.
  if (toks.slice(c + 1).filter((t) => !t.punct).length < 3) return null;
  const cue = makeCue(toks, c, c, 'colon', ':', { hedge });
  return { found: { cue, phrase: { a: 0, b: c - 1 }, position: 'before', content: [toks[c + 1].s, end], genitive: false }, next: c };
}
