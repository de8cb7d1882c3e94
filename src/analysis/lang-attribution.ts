// Attribution in German, French, Spanish, Ukrainian and Russian: the cues of a sentence (reporting verbs in
// their forms here; "laut X", "selon X", "по словам X", "X zufolge", hearsay in lang-phrase-cues.ts) and, for each,
// who is credited (the source phrase before the verb, after it when it follows a quotation or a comma, or
// inverted after a fronted phrase) and with what (the quotation or clause it introduces, or the clause before
// it). The words are data (lexicon/<lang>/cues.json, lang-lexicon.ts); the result is the same Attribution the
// English path gives, so quotes, statements, figures and confidence are built alike.
import type { Token } from './tokens';
import type { Attribution, Position } from './attribution';
import type { Cue } from './cues';
import type { Discourse } from './discourse';
import type { Mention } from './mentions';
import type { LangLexicon } from './lang-lexicon';
import { resolveMention, sourceFrom } from './resolve';
import { CLOSE_QUOTE, DASH, appositiveLeft, phraseAt, phraseLeft, phraseRight, usableLeft } from './lang-phrases';
import { mentionOf } from './lang-mentions';
import {
  accordingCue, complementRight, compoundCue, hearsayCue, makeCue, postpositionCue, type Found, type Hit, type Scan,
} from './lang-phrase-cues';

export { registerLangNames } from './lang-mentions';

function endOf(text: string, se: number): number {
  let e = se;
  while (e > 0 && /[\s.!?…]/.test(text[e - 1])) e--;
  return e;
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

const PHRASE_CUES = [accordingCue, compoundCue, postpositionCue, hearsayCue];

function findInSentence(lex: LangLexicon, text: string, toks: Token[], ss: number, se: number, inQuote: (pos: number) => boolean): Found[] {
  const out: Found[] = [];
  const sc: Scan = { lex, toks, ss, end: endOf(text, se), hedge: null };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) continue;
    if (lex.hedges.has(t.lw) && !sc.hedge) sc.hedge = t.lw;
    if (inQuote(t.s) && !dashInterruption(toks, i)) continue;
    let hit: Hit | null = null;
    for (const read of PHRASE_CUES) if ((hit = read(sc, i))) break;
    if (hit) {
      if (hit.found) out.push(hit.found);
      i = Math.max(i, hit.next);
      continue;
    }
    if (!lex.verbs.has(t.lw)) continue;
    const stopAfter = lex.notSpeechAfter.get(t.lw);
    if (stopAfter && toks[i + 1] && stopAfter.has(toks[i + 1].lw)) continue;
    const pEnd = particleEnd(lex, toks, i);
    if (pEnd === null) continue;
    const found = verbCue(lex, toks, i, pEnd, ss, sc.end, sc.hedge);
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

function verbCue(lex: LangLexicon, toks: Token[], i: number, pEnd: number, ss: number, end: number, hedge: string | null): Found | null {
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
