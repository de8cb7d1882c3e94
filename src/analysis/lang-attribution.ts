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
import { INVERTED_AUX, WORD_FIGURE_VERB, WORD_HEDGE, WORD_PARTICIPLE, WORD_PHRASE_START, WORD_VERB, type LangLexicon } from './lang-lexicon';
import { resolveMention, sourceFrom } from './resolve';
import {
  CLOSE_QUOTE, DASH, appositiveLeft, base, capital, isRoleOrBody, kindOfWord, matchPhrase, phraseAt, phraseLeft, phraseRight, usableLeft, type Phrase,
} from './lang-phrases';
import { mentionOf } from './lang-mentions';
import {
  accordingCue, aloneHearsayCue, complementRight, compoundCue, headlineCue, hearsayCue, makeCue, postpositionCue, toldTo, type Found, type Hit, type Scan,
} from './lang-phrase-cues';

export { registerLangNames } from './lang-mentions';

/** The pronoun a token stands for: "a-t-elle" she, "її" (за її словами) she, a pro-drop verb he. */
function pronounOf(lex: LangLexicon, lw: string): string {
  const own = lex.possessives.get(lw) ?? lex.pronouns.get(lw);
  if (own) return own;
  if (lex.feminine.has(lw)) return 'she';
  return /elle/.test(lw) ? (/elles$/.test(lw) ? 'they' : 'she') : /ils$/.test(lw) ? 'they' : 'he';
}

/** A role noun after a definite article ("der CDU-Politiker", "la procureure"), as a pronoun of the role's gender. */
function definiteRole(lex: LangLexicon, toks: Token[], p: Phrase, m: Mention): Mention | null {
  if (m.form !== 'generic' || m.kind !== 'person' || m.plural) return null;
  const det = toks[p.a].lw;
  if (!lex.definiteMasculine.has(det) && !lex.definiteFeminine.has(det)) return null;
  const roleWords = toks.slice(p.a + 1, p.b + 1);
  if (!roleWords.length || roleWords.some((t) => lex.genitiveLinks.has(t.lw) || (t.punct && t.w !== '-'))) return null;
  // A role ("Politiker", "procureure"), not a body's short name ("der BUND").
  if (kindOfWord(lex, base(roleWords[roleWords.length - 1])) !== 'person') return null;
  const feminine = lex.definiteFeminine.has(det) && !lex.definiteMasculine.has(det)
    ? true : lex.lang === 'de' && /in$/.test(roleWords[roleWords.length - 1].lw);
  return { s: m.s, e: m.e, kind: 'person', form: 'pronoun', name: feminine ? 'she' : 'he' };
}

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
  // Alternatives ("bekannt|zu."): one ending in "." closes the clause ("…, gibt der Feuerwehrmann zu.").
  const alts = words[0].split('|');
  for (let k = i + 1; k < toks.length && k < i + 12; k++) {
    const t = toks[k];
    const atEnd = !toks[k + 1] || (toks[k + 1].punct && toks[k + 1].w !== '-');
    if (alts.includes(t.lw) || (atEnd && alts.includes(`${t.lw}.`))) return k;
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

/** The phrase cue at toks[i], readers tried in this order (called by name: each call site sees one function). */
function phraseCue(sc: Scan, i: number): Hit | null {
  return headlineCue(sc, i) || aloneHearsayCue(sc, i) || accordingCue(sc, i) || compoundCue(sc, i) || postpositionCue(sc, i) || hearsayCue(sc, i);
}

function findInSentence(lex: LangLexicon, text: string, toks: Token[], ss: number, se: number, inQuote: (pos: number) => boolean): Found[] {
  const out: Found[] = [];
  const sc: Scan = { lex, toks, ss, end: endOf(text, se), hedge: null };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct) continue;
    // What the lexicon says of the word, in one lookup: each reader below needs one of these bits to find anything.
    const flags = lex.wordFlags.get(t.lw) ?? 0;
    if (flags & WORD_HEDGE && !sc.hedge) sc.hedge = t.lw;
    if (inQuote(t.s) && !dashInterruption(toks, i) && !commaIncise(lex, toks, i)) continue;
    const hit = i === 0 || flags & WORD_PHRASE_START ? phraseCue(sc, i) : null;
    if (hit) {
      // "Wie aus Sicherheitskreisen verlautete": two cues of one source are one attribution.
      if (hit.found && !out.some((o) => o.phrase && hit!.found!.phrase && o.phrase.a === hit!.found!.phrase.a)) out.push(hit.found);
      i = Math.max(i, hit.next);
      continue;
    }
    const same = out.length && flags & (WORD_VERB | WORD_PARTICIPLE) ? sameSpeakerCue(lex, toks, i, sc.end, sc.hedge) : null;
    if (same) { out.push(same); continue; }
    if (!(flags & WORD_VERB) && !(flags & WORD_FIGURE_VERB && numberSoon(toks, i))) continue;
    if (lex.reflexiveNotSpeech.has(t.lw) && i > 0 && /^(?:se|s'est|s’est|s'était)$/.test(toks[i - 1].lw)) continue;
    const stopAfter = lex.notSpeechAfter.get(t.lw);
    if (stopAfter && toks[i + 1] && stopAfter.has(toks[i + 1].lw)) continue;
    const pEnd = particleEnd(lex, toks, i);
    if (pEnd === null) continue;
    const found = verbCue(lex, toks, i, pEnd, ss, sc.end, sc.hedge);
    if (found) { out.push(found); i = Math.max(i, pEnd); }
  }
  return out;
}

/** A number within the next few words of toks[i], in its clause. */
function numberSoon(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    if (/^\d/.test(toks[k].w)) return true;
    if (toks[k].punct && toks[k].w !== '.' && toks[k].w !== '-') return false;
  }
  return false;
}

/** The end of a clause at a contrast after a comma ("…, mientras que los organizadores …"), else `end`. */
function contrastCut(lex: LangLexicon, toks: Token[], from: number, end: number): number {
  for (let k = from; k + 1 < toks.length && toks[k].s < end; k++) {
    if (toks[k].w === ',' && matchPhrase(toks, k + 1, lex.contrast)) return toks[k].s;
  }
  return end;
}

/**
 * "«Санкции работают, — сказала министр, — но ...»", "«No es negociable —subrayó la ministra—, y ...»": a verb set off
 * by dashes inside a quotation (after a comma, or with the dash set against the verb).
 */
function dashInterruption(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  return !!prev && DASH.test(prev.w) && ((!!prev2 && prev2.w === ',') || prev.e === toks[i].s);
}

/** "« Ce n'est pas négociable, a martelé la ministre, et … »": a reporting verb between commas inside a quotation. */
function commaIncise(lex: LangLexicon, toks: Token[], i: number): boolean {
  if (!lex.verbs.has(toks[i].lw)) return false;
  let k = i - 1;
  while (k >= 0 && (lex.auxiliaries.has(toks[k].lw) || INVERTED_AUX.test(toks[k].lw))) k--;
  if (toks[k]?.w !== ',') return false;
  for (let j = i + 1; j < toks.length && j <= i + 7; j++) {
    if (toks[j].w === ',') return j > i + 1 || INVERTED_AUX.test(toks[i - 1]?.lw ?? '');
    if (toks[j].punct && toks[j].w !== '-' && toks[j].w !== '.') return false;
  }
  return false;
}

/**
 * Russian and Ukrainian "Збитки оцінюють у 2 мільйони гривень": before a plural figure verb with no subject ("they
 * put the losses at"), the sentence's first word, one no list knows as a speaker, is what is counted, not who speaks.
 * A known group ("Эксперты оценивают") or a body stays the speaker.
 */
function objectBeforeFigureVerb(lex: LangLexicon, toks: Token[], p: Phrase, i: number): boolean {
  if ((lex.lang !== 'ru' && lex.lang !== 'uk') || !lex.figureVerbs.has(toks[i].lw) || !/(?:ют|ят|ють|ять|ать|ли)$/.test(toks[i].lw)) return false;
  return p.a === 0 && p.b === 0 && !kindOfWord(lex, base(toks[0]));
}

function verbCue(lex: LangLexicon, toks: Token[], i: number, pEnd: number, ss: number, end: number, hedge: string | null): Found | null {
  const t = toks[i];
  const n = toks.length;
  const needs = lex.needsComplement.has(t.lw);
  let ti = i;
  // French "a-t-il déclaré", "a-t-elle ajouté": the pronoun is in the auxiliary.
  const inv = i > 0 ? INVERTED_AUX.exec(toks[i - 1].lw) : null;
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
    // "sagte sie der Deutschen Presse-Agentur": a pronoun is the whole source, whatever follows it.
    const p = toks[k] && lex.pronouns.has(toks[k].lw) ? { a: k, b: k } : phraseRight(lex, toks, k, n - 1);
    // "«…», aseguró.": no subject where the language may leave it out; the verb stands for a pronoun.
    if (!p && lex.proDrop && (k >= n || toks[k].punct)) return { cue: cueOf('speech-verb'), phrase: { a: i, b: i }, position: 'after', content: [ss, contentEnd], genitive: false, pronounToken: t };
    if (!p) return null;
    // "Auf die Frage, ob …, sagte der Minister: „Nein.“": the verb introduces what follows its colon.
    const colon = toks[p.b + 1]?.w === ':' && toks[p.b + 2] ? toks[p.b + 2].s : -1;
    if (colon >= 0 && colon < end) return { cue: cueOf('speech-verb'), phrase: p, position: 'inverted', content: [colon, end], genitive: false, speaker: true };
    const inside = dashInterruption(toks, i) || commaIncise(lex, toks, i);
    // Inverted after what was said ("…, a confié la chanteuse", "«…», — признается спасатель"): whatever the
    // words after the verb name is its speaker, known noun or not.
    return { cue: cueOf('speech-verb'), phrase: p, position: inside ? 'inverted' : 'after', content: [ss, contentEnd], genitive: false, speaker: true };
  }
  // Subject before the verb: "Die Polizei teilte mit", "Le président a affirmé que", "Президент заявил".
  let p = app ?? (left >= 0 ? phraseLeft(lex, toks, left, 0) : null);
  p = p && !app ? pastPlaces(lex, toks, p) : p;
  let position: Position = 'before';
  if (p && (!usableLeft(lex, toks, p) || objectBeforeFigureVerb(lex, toks, p, i))) p = null;
  // Inverted after a fronted phrase: "Am Freitag sagte Scholz, ...", "В пятницу Путин сказал" stays left.
  let rightFrom = pEnd + 1;
  if (!p && !inv) {
    let k = i + 1;
    while (k < n && lex.auxiliaries.has(toks[k].lw) && !lex.determiners.has(toks[k].lw)) k++;
    const r = toldTo(lex, toks, phraseRight(lex, toks, k, n - 1));
    if (r && usableLeft(lex, toks, r)) { p = r; position = 'inverted'; rightFrom = Math.max(pEnd, r.b) + 1; }
  }
  if (inv) { p = { a: ti, b: ti }; }
  if (!p) return null;
  // "cifró la asistencia en unas 600 personas": what a figure verb reports starts right after it.
  const c = lex.figureVerbs.has(t.lw) && numberSoon(toks, i) ? rightFrom : complementRight(lex, toks, rightFrom, needs);
  if (c < 0 || c >= n) return null;
  const cs = toks[c].s;
  if (cs >= end) return null;
  return { cue: cueOf('speech-verb'), phrase: p, position, content: [cs, contrastCut(lex, toks, c, end)], genitive: false, pronounToken: inv ? toks[ti] : undefined };
}

/**
 * A phrase left of a verb that is a preposition's object ("в Києві", "in Berlin") is where, not who: the subject
 * stands before it ("Наталія Гриценко під час брифінгу в Києві сказала"). Null when no name stands there.
 */
function pastPlaces(lex: LangLexicon, toks: Token[], p: Phrase): Phrase | null {
  let q: Phrase | null = p;
  // A body there is who ("У ДСНС повідомили"); a place is one or two capitalised words that name no body or role.
  const place = (r: Phrase) => r.b - r.a <= 1 && toks.slice(r.a, r.b + 1).every((t) => capital(t) && !isRoleOrBody(lex, t));
  for (let guard = 0; q && q.a > 0 && lex.npStops.has(toks[q.a - 1].lw) && !lex.determiners.has(toks[q.a - 1].lw) && place(q) && guard < 4; guard++) {
    // Walk over the prepositional phrase and the words that tie it to the subject ("під час брифінгу").
    const from: number = q.a;
    let k = from - 2;
    while (k >= 0 && k >= from - 5 && !toks[k].punct && !capital(toks[k])) k--;
    const before = k >= 0 && !toks[k].punct ? phraseLeft(lex, toks, k, 0) : null;
    if (!before || !usableLeft(lex, toks, before)) return p;
    q = before;
  }
  return q;
}

/** The coordinated verb or participle of a speaker already credited in the sentence: "y recordó que", "ajoutant que". */
function sameSpeakerCue(lex: LangLexicon, toks: Token[], i: number, end: number, hedge: string | null): Found | null {
  const t = toks[i];
  const coordinated = i > 0 && lex.coordinators.has(toks[i - 1].lw) && lex.verbs.has(t.lw);
  if (!coordinated && !lex.participles.has(t.lw)) return null;
  const c = complementRight(lex, toks, i + 1, true);
  if (c < 0 || c >= toks.length || toks[c].s >= end) return null;
  // The first verb's clause ends where this one begins ("… y recordó que", "…, ajoutant que").
  const cutAt = i > 1 && (coordinated || toks[i - 1].w === ',') ? toks[i - 2].e : t.s;
  return { cue: makeCue(toks, i, i, 'speech-verb', t.lw, { hedge }), phrase: null, position: 'before', content: [toks[c].s, end], genitive: false, sameSpeaker: cutAt };
}

/** The attributions of one sentence (toks its tokens) in a language with a cue lexicon. */
export function attributeLangSentence(lex: LangLexicon, text: string, toks: Token[], ss: number, se: number, inQuote: (pos: number) => boolean, disc: Discourse): Attribution[] {
  const out: Attribution[] = [];
  for (const f of findInSentence(lex, text, toks, ss, se, inQuote)) {
    if (f.sameSpeaker !== undefined && f.content && out.length) {
      const prev = out[out.length - 1];
      const last = prev.content[prev.content.length - 1];
      if (f.sameSpeaker > last[0] && f.sameSpeaker < last[1]) prev.content = [...prev.content.slice(0, -1), [last[0], f.sameSpeaker]];
      out.push({ ...prev, cue: f.cue, content: [f.content], position: 'before' });
      continue;
    }
    if (!f.phrase || !f.content || f.content[1] <= f.content[0]) continue;
    let m: Mention | null;
    if (f.compoundSuffix) {
      const t = toks[f.phrase.a];
      // "nach UN-Angaben": the name less its hyphen.
      const name = t.w.slice(0, t.w.length - f.compoundSuffix.length).replace(/-$/, '');
      m = { s: t.s, e: t.s + name.length, kind: 'organization', form: 'name', name, nameTokens: [name.toLowerCase()] };
    } else if (f.vague) {
      const name = text.slice(toks[f.phrase.a].s, toks[f.phrase.b].e);
      m = { s: toks[f.phrase.a].s, e: toks[f.phrase.b].e, kind: 'vague', form: 'vague', name };
    } else if (f.pronounToken) {
      m = { s: f.pronounToken.s, e: f.pronounToken.e, kind: 'person', form: 'pronoun', name: pronounOf(lex, f.pronounToken.lw) };
    } else {
      m = mentionOf(lex, text, toks, f.phrase, f.genitive, lex.feminine.has(toks[f.cue.tj]?.lw ?? ''), f.speaker);
      // "fügte der CDU-Politiker hinzu", "a dit le ministre": a definite role noun means someone named before.
      const role = m && definiteRole(lex, toks, f.phrase, m);
      if (role && disc.resolvePronoun(role.name, role.s)) m = role;
    }
    if (!m) continue;
    let r = resolveMention(m, disc, f.position === 'before');
    // A verb with no subject says no gender in Spanish ("«…», aseguró"): no man in play, then a woman.
    if (!r.ent && m.form === 'pronoun' && f.pronounToken && lex.verbs.has(f.pronounToken.lw) && m.name === 'he') {
      m = { ...m, name: 'she' };
      r = resolveMention(m, disc, f.position === 'before');
    }
    if (m.form === 'pronoun' && !r.ent) continue;
    const source = sourceFrom(m, r, text);
    out.push({
      cue: f.cue, mention: m, entity: r.ent, source, content: [f.content], position: f.position,
      resolution: r.res, resolveDistance: r.dist, resolveP: r.p, others: r.others, ambiguousAt: -1, indirect: false,
    });
    if (r.ent) disc.noteSpeaker(r.ent);
  }
  return citingMerged(lex, out);
}

/**
 * "…, сообщило агентство ТАСС со ссылкой на источник": one claim, the agency's, citing the source (as English
 * "KCNA cites Kim"). The citing phrase gave a claim of its own over the same words, credited to whom it cites.
 */
function citingMerged(lex: LangLexicon, out: Attribution[]): Attribution[] {
  return out.filter((a) => {
    if (a.cue.kind !== 'according-to' || !lex.citing.has(a.cue.lemma)) return true;
    const [from, to] = a.content[0];
    const reporter = out.find((b) => b !== a && b.source && b.cue.kind !== 'according-to' && b.content.some(([s, e]) => s < to && e > from));
    if (!reporter?.source || !a.source) return true;
    if (a.source.name !== reporter.source.name) reporter.source = { ...reporter.source, via: { name: a.source.name, kind: a.source.kind } };
    else splitFronted(lex, reporter);
    return false;
  });
}

/**
 * Fronted, "З посиланням на Генштаб ЗСУ видання пише, що …": both cues read "Генштаб ЗСУ видання" as one name. The
 * reporter is the common noun at its end that names an outlet or a body ("видання"), citing the name before it.
 * Left as it is when the name does not end so.
 */
function splitFronted(lex: LangLexicon, reporter: Attribution): void {
  const source = reporter.source!;
  const words = source.name.split(' ');
  const last = words[words.length - 1];
  const kind = kindOfWord(lex, last.toLowerCase());
  if (words.length < 2 || last !== last.toLowerCase() || (kind !== 'outlet' && kind !== 'organization')) return;
  const cited = words.slice(0, -1).join(' ');
  const mention = source.mention ? { start: source.mention.end - last.length, end: source.mention.end, text: last } : source.mention;
  reporter.source = { ...source, name: last, kind, mention, via: { name: cited, kind: 'organization' } };
}
