// The mention a source phrase makes in German, French, Spanish, Ukrainian and Russian (a pronoun, a person's
// name, a body or a description with its kind), and the names a sentence introduces for later pronouns.
import type { Token } from './tokens';
import type { Discourse } from './discourse';
import type { Mention } from './mentions';
import type { LangLexicon } from './lang-lexicon';
import { nominative } from './lang-names';
import { base, capital, kindOfWord, nameWord, phraseRight, type Kind, type Phrase } from './lang-phrases';

export function mentionOf(lex: LangLexicon, text: string, toks: Token[], p: Phrase, genitive: boolean, feminine: boolean, speaker = false): Mention | null {
  let a = p.a;
  // Leading articles and prepositions go; a source word among them stays ("изданию", told to the outlet).
  while (a <= p.b && (lex.determiners.has(toks[a].lw) || (lex.npStops.has(toks[a].lw) && kindOfWord(lex, base(toks[a])) === null) || toks[a].punct)) a++;
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
    if (nameWord(lex, t)) { if (rb < 0) rb = k; ra = k; } else if (rb >= 0) break;
  }
  // A run after a genitive or a preposition belongs to a description ("ministère de l'Intérieur", "Regierung in Kiew").
  const afterLink = ra > a && (lex.genitiveLinks.has(toks[ra - 1].lw) || lex.npStops.has(toks[ra - 1].lw) || lex.determiners.has(toks[ra - 1].lw));
  const described = rb >= 0 && (ra > a || (ra === a && lex.determiners.has(toks[p.a]?.lw ?? '')));
  // "La Guardia Urbana", "die Polizei Sachsen": a body's word with the capitalised words after it is its name.
  const body = ra > a ? toks[ra - 1] : null;
  if (rb === p.b && body && capital(body) && body.e + 1 >= toks[ra].s && kindOfWord(lex, base(body)) === 'organization') {
    const name = text.slice(body.s, toks[rb].e);
    return { s: body.s, e: toks[rb].e, kind: 'organization', form: 'name', name, nameTokens: name.toLowerCase().split(/\s+/) };
  }
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
  // A noun no list knows names a source only where it can be no one else ("«…», — признается спасатель").
  if (!kind && !anyCap && !speaker) return null;
  let name = text.slice(s, e).replace(/^(?:l|d)['’]/i, '');
  if (genitive) name = nominative(name, lex.lang);
  return { s, e, kind: kind ?? (rb >= 0 ? 'organization' : 'person'), form: kind === 'anonymous' ? 'anonymous' : kind === 'vague' ? 'vague' : rb >= 0 && !kind ? 'name' : 'generic', name, nameTokens: name.toLowerCase().split(/\s+/), plural: kind === 'vague' || kind === 'anonymous' };
}

const PAST_VERB = /^\p{Ll}+(?:л|ла|ло|ли|лся|лась|в|вся|лася)$/u;

// Feminine surnames and first names in Russian and Ukrainian ("Захарова", "Анна", "Ткачева", "Литвин" stays open).
const CYRILLIC_FEMININE = /(?:ова|ева|ёва|ина|ына|ская|цкая|ська|цька|[ая])$/;

/**
 * Registers the people a sentence names outside any attribution ("Die Ministerin Anna Vogt reiste nach Kiew"),
 * so a later "sagte sie" or "a-t-elle déclaré" finds them: runs of two or more capitalised words that are no
 * role, body or stop word (a leading role word is dropped).
 */
export function registerLangNames(lex: LangLexicon, text: string, toks: Token[], disc: Discourse): void {
  registerRoleSubject(lex, text, toks, disc);
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    if (!nameWord(lex, t)) { k++; continue; }
    let j = k;
    while (j + 1 < toks.length && nameWord(lex, toks[j + 1]) && toks[j + 1].s - toks[j].e <= 1) j++;
    if (j > k && j - k < 4) {
      const name = text.slice(t.s, toks[j].e);
      const lower = name.toLowerCase();
      const cyr = /[\u0400-\u04ff]/.test(name);
      const lead = titleBefore(lex, toks, k);
      const gender = cyr ? (lower.split(' ').every((w) => CYRILLIC_FEMININE.test(w)) ? 'f' : lower.split(' ').some((w) => CYRILLIC_FEMININE.test(w)) ? undefined : 'm') : lead.gender;
      disc.register({ s: t.s, e: toks[j].e, kind: 'person', form: 'name', name, nameTokens: lower.split(/\s+/), gender }, k === 0 || lead.subject);
    }
    k = j + 1;
  }
}

/**
 * The title before a name at toks[k]: "Oberbürgermeisterin Katrin Seidel", "le maire, Gérard Blanc,", "La ministra
 * Ana Ruiz". A name right after its title, or after the comma that follows it, is who the sentence is about (its
 * subject); the title's article or ending may say the person's gender ("la", "le", German "-in").
 */
function titleBefore(lex: LangLexicon, toks: Token[], k: number): { subject: boolean; gender?: 'f' | 'm' } {
  let r = k - 1;
  if (toks[r]?.w === ',') r--;
  for (let back = 0; r >= 0 && back < 4 && !toks[r].punct; back++, r--) {
    const t = toks[r];
    if (lex.verbs.has(t.lw)) break;
    if (kindOfWord(lex, base(t)) !== 'person') continue;
    const det = toks[r - 1]?.lw ?? '';
    const gender = lex.definiteFeminine.has(det) && !lex.definiteMasculine.has(det) ? 'f'
      : lex.definiteMasculine.has(det) && !lex.definiteFeminine.has(det) ? 'm'
        : lex.lang === 'de' && /in$/.test(t.lw) ? 'f' : undefined;
    return { subject: true, gender };
  }
  return { subject: false };
}
/**
 * A sentence that opens with a role and no name ("La ministre de l'Intérieur s'est rendue sur place", "Мэр Самары был
 * в ярости") makes that person the one a later "a-t-elle ajouté", "añadió" or "сказал он" means. Gender from the
 * article ("la"), a German "-in", or a Russian or Ukrainian past verb after it ("была", "був").
 */
function registerRoleSubject(lex: LangLexicon, text: string, toks: Token[], disc: Discourse): void {
  const p = toks.length > 2 ? phraseRight(lex, toks, 0, toks.length - 1) : null;
  if (!p) return;
  let a = p.a;
  while (a <= p.b && lex.determiners.has(toks[a].lw)) a++;
  // The phrase ends before a Russian or Ukrainian past verb ("Мэр Самары был …"); elsewhere after its genitives
  // ("La ministra del Interior | visitó").
  const cyr = lex.lang === 'ru' || lex.lang === 'uk';
  const goesOn = (k: number) => (cyr ? !(PAST_VERB.test(toks[k].lw) && !capital(toks[k]) && kindOfWord(lex, base(toks[k])) === null)
    : lex.genitiveLinks.has(toks[k].lw) || lex.determiners.has(toks[k].lw) || capital(toks[k]) || /^d['’]/.test(toks[k].lw)
      || lex.genitiveLinks.has(toks[k - 1].lw) || lex.determiners.has(toks[k - 1].lw));
  let b = a;
  while (b < p.b && goesOn(b + 1)) b++;
  const words = toks.slice(a, b + 1);
  if (!words.length || kindOfWord(lex, base(words[0])) !== 'person') return;
  // A person's name there is registered as a name (below).
  const nameLike = (t: Token) => capital(t) && kindOfWord(lex, base(t)) === null && !lex.stopCaps.has(t.lw);
  if (words.some((t, i) => i > 0 && nameLike(t) && !!words[i + 1] && nameLike(words[i + 1]))) return;
  const det = a > p.a ? toks[a - 1].lw : '';
  const verb = toks[b + 1]?.lw ?? '';
  const gender = lex.definiteFeminine.has(det) && !lex.definiteMasculine.has(det) ? 'f'
    : lex.definiteMasculine.has(det) && !lex.definiteFeminine.has(det) ? 'm'
      : lex.lang === 'de' && /in$/.test(words[0].lw) ? 'f'
        : cyr && /ла(?:сь|ся)?$/.test(verb) ? 'f' : cyr && /(?:л|в)(?:ся)?$/.test(verb) ? 'm' : undefined;
  // As written, with an article that opens the sentence ("La ministre de l'Intérieur"): a description, not a name.
  const from = a > p.a && capital(toks[p.a]) ? toks[p.a] : words[0];
  const name = text.slice(from.s, words[words.length - 1].e);
  disc.register({ s: from.s, e: words[words.length - 1].e, kind: 'person', form: 'generic', name, nameTokens: name.toLowerCase().split(/\s+/), gender }, true);
}
