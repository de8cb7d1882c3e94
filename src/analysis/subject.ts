// Which name of a sentence is its subject, for pronoun resolution: "he" most often continues the subject of
// the sentence before, not the person named as an object or inside a prepositional phrase ("In his
// assessment of the real estate magnate, Calderon said ..." is about Calderon). No parser: the subject is
// the first name that opens its clause (after the sentence start or a comma, with only determiners,
// titles and role words before it), outside quotation marks, not after a preposition, and not a
// possessor ("Trump's campaign said": the campaign is the subject; "The Post's Scott Conroy": Conroy).
import type { Token } from './tokens';
import type { NameRun } from './mentions';
import { DETERMINERS, ROLE_NOUNS, TITLES } from './lexicon';
import { alternation } from './lexicon/load';

const OPEN_QUOTES = new Set(['“', '‘', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);
const STRAIGHT_QUOTES = new Set(['"', "''", '``']);
/** "ex-", "then", "former": words of a title before a name. */
const TITLE_PREFIX = new RegExp(`^${alternation('mentions', 'titlePrefixPatterns')}-?`);

/** Whether toks[i] stands inside a quotation opened earlier in the sentence. */
function insideQuote(toks: Token[], i: number): boolean {
  let open = 0;
  let straight = 0;
  for (let k = 0; k < i; k++) {
    const w = toks[k].w;
    if (OPEN_QUOTES.has(w)) open++;
    else if (CLOSE_QUOTES.has(w) && open > 0) open--;
    else if (STRAIGHT_QUOTES.has(w)) straight ^= 1;
  }
  return open > 0 || straight === 1;
}

const bare = (lw: string) => (lw.endsWith('.') ? lw.slice(0, -1) : lw);

/** Only words a subject noun phrase may start with stand between the clause start and the name. */
function opensClause(toks: Token[], a: number): boolean {
  for (let k = a - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '—' || t.w === '–') return true;
    if (t.punct || t.cap) continue;
    const w = bare(t.lw);
    if (!DETERMINERS.has(w) && !TITLES.has(w) && !ROLE_NOUNS.has(w) && !TITLE_PREFIX.test(w)) return false;
  }
  return true;
}

/** Whether only role words stand between run i and the next run: "North Korean leader Kim Jong Un",
 *  "Obama consultant Cornell Belcher" (the second name is the person, the first describes them). */
function describesNext(toks: Token[], runs: NameRun[], i: number): boolean {
  const next = runs[i + 1];
  if (!next) return false;
  let k = runs[i].b + 1;
  while (k < next.a && !toks[k].punct && !toks[k].cap && (ROLE_NOUNS.has(bare(toks[k].lw)) || TITLES.has(bare(toks[k].lw)))) k++;
  return k === next.a && k > runs[i].b + 1;
}

/** Whether toks[from, to) joins two names as one subject: "and", a comma, then only role words. */
function coordinated(toks: Token[], from: number, to: number): boolean {
  let k = from;
  if (toks[k]?.w === ',') k++;
  if (toks[k]?.lw === 'and') k++;
  if (k === from) return false;
  for (; k < to; k++) {
    const w = bare(toks[k].lw);
    if (toks[k].punct || !(DETERMINERS.has(w) || TITLES.has(w) || ROLE_NOUNS.has(w))) return false;
  }
  return true;
}

/** Indices into `runs` of the sentence's subject: one name, or names joined by "and" ("Tom Berg and Erik
 *  Lund met"); empty when no name is the subject. */
export function subjectRuns(toks: Token[], runs: NameRun[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (insideQuote(toks, r.a) || !opensClause(toks, r.a)) continue;
    const next = toks[r.b + 1];
    if (next && next.lw === "'s") {
      // A possessor: the subject is what it owns, unless that is a name too ("The Post's Scott Conroy").
      if (runs[i + 1]?.a === r.b + 2) continue;
      return out;
    }
    if (describesNext(toks, runs, i)) continue;
    out.add(i);
    // "X and Y", "X, Y and Z", "X and foreign minister Y".
    for (let j = i + 1; j < runs.length && coordinated(toks, runs[j - 1].b + 1, runs[j].a); j++) out.add(j);
    return out;
  }
  return out;
}
