// The subject left of a cue verb: "Smith said", "Hugh Hill, a doctor at the hospital, said",
// "Barkley, who said he votes ..., said", "Current and former officials who spoke with the Post said".
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import { NP_STOP, PRONOUNS } from '../lexicon';
import { classifyPhrase, phraseStartLeft, type Mention } from '../mentions';
import { isClosingQuoteTok } from '../content/quote-marks';
import { isComma, RELATIVES, skipAuxLeft } from './left-words';
import { wordSet } from '../lexicon/load';

export interface Subject { m: Mention; startTok: number; indirect: boolean }

/** Capitalised words that open a descriptive appositive, never a name ("A doctor", "Speaking to"). */
const APPOSITIVE_OPENERS = wordSet('attribution', 'appositiveOpeners');

/** Where the walk left of the cue stands: at toks[j], past appositives when `indirect`. */
interface Walk { j: number; indirect: boolean; relative: number }

/**
 * Steps left over up to four appositives set off by commas. A named one is the subject ("Trump's
 * attorney, Alan Garten, said"); descriptive ones are skipped ("Hugh Hill, a doctor at X, said",
 * "Marley Anderson, 21, a student from Ohio, said"). Null when the commas do not pair up.
 */
function skipAppositives(text: string, toks: Token[], w: Walk, min: number): Subject | Walk | null {
  let { j, indirect } = w;
  for (let hop = 0; hop < 4 && isComma(toks, j); hop++) {
    if (toks[j].w === '-' && toks[j - 1]?.w === '-') j--;
    let k = j - 1;
    while (k >= min && !isComma(toks, k) && !isClosingQuoteTok(toks, k) && toks[k].w !== ';' && j - k < 45) k--;
    if (k < min || !isComma(toks, k) || j - k < 2) return null;
    // "--" is two tokens: step over its first half.
    if (toks[k].w === '-' && toks[k - 1]?.w === '-') k--;
    const named = namedAppositive(text, toks, k, j, min);
    if (named) return named;
    j = k - 1;
    indirect = true;
    if (j < min) return null;
    // An age between commas: "Marley Anderson, 21, a student".
    if (/^\d{1,3}$/.test(toks[j].w) && toks[j - 1]?.w === ',' && j >= min + 2) j -= 2;
  }
  return { j, indirect, relative: w.relative };
}

/** The appositive between the commas at k and j names someone: "Trump's attorney, Alan Garten, said". */
function namedAppositive(text: string, toks: Token[], k: number, j: number, min: number): Subject | null {
  const appFirst = toks[k + 1];
  if (!appFirst.cap || APPOSITIVE_OPENERS.has(appFirst.lw)) return null;
  const app = classifyPhrase(text, toks, k + 1, j - 1);
  if (!app || app.form !== 'name') return null;
  const outer = phraseStartLeft(toks, k - 1, min);
  if (outer <= k - 1) {
    const desc = classifyPhrase(text, toks, outer, k - 1);
    if (desc && desc.form === 'title') app.roles = [...(app.roles ?? []), desc.name.toLowerCase(), desc.role ?? ''];
    app.s = toks[outer].s;
  }
  return { m: app, startTok: outer, indirect: true };
}

/** Words before "to" that keep the speech real ("continues to insist", "was quick to point out"). */
const CATENATIVES = wordSet('attribution', 'catenatives');
const GO_ON = wordSet('attribution', 'goOn');

/** Left of "continued to", "went on to", "was quick to" when toks[j] is their "to"; else j. */
function pastCatenative(toks: Token[], j: number, min: number): number {
  if (toks[j]?.lw !== 'to') return j;
  let k = j - 1;
  if (toks[k]?.lw === 'on' && GO_ON.has(toks[k - 1]?.lw ?? '')) return skipAuxLeft(toks, k - 2, min);
  if (k < min || !CATENATIVES.has(toks[k].lw)) return j;
  k = skipAuxLeft(toks, k - 1, min);
  return k;
}

/** The subject left of the cue, skipping auxiliaries, adverbs, appositives and parentheticals. */
export function subjectLeft(text: string, toks: Token[], cue: Cue, min: number): Subject | null {
  const j = pastCatenative(toks, skipAuxLeft(toks, cue.ti - 1, min), min);
  if (j < min) return null;
  // "declined to say", "wants to tell": an infinitive has no subject of its own here.
  if (toks[j].lw === 'to' || (NP_STOP.has(toks[j].lw) && toks[j].lw !== 'who' && toks[j].lw !== 'which' && !PRONOUNS.has(toks[j].lw))) return null;
  // "a former official who now advises the bank": a verb inside a restrictive relative clause describes
  // its noun; only a full speech verb there reports anything.
  if (RELATIVES.has(toks[j].lw) && j > min && toks[j - 1].w !== ',' && cue.weak) return null;
  let walk: Walk = { j, indirect: false, relative: -1 };
  // "Barkley, who said he votes ..., said": a relative pronoun stands for the phrase before its comma.
  if ((toks[j].lw === 'who' || toks[j].lw === 'which') && j - 2 >= min && toks[j - 1].w === ',') walk = { j: j - 2, indirect: true, relative: j };
  const skipped = skipAppositives(text, toks, walk, min);
  if (!skipped || 'm' in skipped) return skipped;
  return subjectPhrase(text, toks, cue, skipped, min);
}

/** The noun phrase ending at the walk's toks[j], with a relative clause or a leading name taken into account. */
function subjectPhrase(text: string, toks: Token[], cue: Cue, walk: Walk, min: number): Subject | null {
  const { j } = walk;
  let indirect = walk.indirect;
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
    const lead = leadingName(text, toks, cue, min);
    if (lead) { m = lead; start = min; }
  }
  if (m && walk.relative >= 0 && (m.form === 'title' || m.form === 'anonymous')) {
    const nm = nameBeforeDescription(text, toks, start, min);
    if (nm) { nm.roles = [...(nm.roles ?? []), (m.role ?? m.name).toLowerCase()]; m = nm; start = toks.findIndex((t) => t.s === nm.s); }
  }
  if (!m) return null;
  // The credit is given where the relative pronoun stands: the mention runs from the name to "who".
  if (walk.relative >= 0) m.e = toks[walk.relative].e;
  if (indirect && m.form === 'name') addAppositiveRole(text, toks, cue, j, m);
  return { m, startTok: start, indirect };
}

/** "Matt Duss, the president of the foundation, who said": the person named right before a description. */
function nameBeforeDescription(text: string, toks: Token[], start: number, min: number): Mention | null {
  if (toks[start - 1]?.w !== ',' || start - 2 < min || !toks[start - 2].cap) return null;
  // The capitalised run that ends at the comma: "heard from Rita Olsen," is "Rita Olsen".
  let s = start - 2;
  while (s - 1 >= min && toks[s - 1].cap && !toks[s - 1].punct) s--;
  const m = classifyPhrase(text, toks, s, start - 2);
  return m && m.form === 'name' && m.kind === 'person' ? { ...m, s: toks[s].s } : null;
}

/** The name that opens the sentence before its first comma, if the phrase there is one. */
function leadingName(text: string, toks: Token[], cue: Cue, min: number): Mention | null {
  let c = min;
  while (c < cue.ti && !isComma(toks, c)) c++;
  if (c >= cue.ti || c <= min || phraseStartLeft(toks, c - 1, min) !== min) return null;
  const lead = classifyPhrase(text, toks, min, c - 1);
  return lead && lead.form === 'name' ? lead : null;
}

/** The appositive description after the name at toks[j] goes to the person's roles. */
function addAppositiveRole(text: string, toks: Token[], cue: Cue, j: number, m: Mention): void {
  if (!toks[j + 2]) return;
  let end = j + 2;
  while (end < cue.ti && toks[end].w !== ',') end++;
  const desc = classifyPhrase(text, toks, j + 2, end - 1);
  if (desc && (desc.form === 'title' || desc.form === 'anonymous')) m.roles = [...(m.roles ?? []), (desc.role ?? desc.name).toLowerCase()];
}
