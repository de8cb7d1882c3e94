// The entities in play: every name of a sentence is registered with the discourse, so that later
// pronouns, titles and surnames can find it, whether or not it speaks.
import type { Token } from '../tokens';
import type { Discourse, Entity } from '../discourse';
import { isTitleCase } from '../cues';
import { ROLE_NOUNS } from '../lexicon';
import { classifyPhrase } from './classify';
import { nameRuns, sentenceInitial, type NameRun } from './name-runs';
import { subjectRuns } from '../subject';
import { wordSet } from '../lexicon/load';

/** Role words taken along with a name after them ("North Korean leader Kim Jong Un"). */
const ROLE_BEFORE_NAME = wordSet('mentions', 'rolesBeforeName');

/** Registers the named people and bodies of a sentence so later pronouns and titles can find them. */
export function registerNames(text: string, toks: Token[], disc: Discourse, inQuote?: (pos: number) => boolean): void {
  if (isTitleCase(toks)) return;
  const runs = nameRuns(toks, 0, toks.length - 1);
  const subjects = subjectRuns(toks, runs);
  const ents: Array<Entity | null> = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    // A name seen before needs no new reading.
    const known = r.a > 0 && ROLE_NOUNS.has(toks[r.a - 1].lw) ? undefined : disc.lookup(text.slice(toks[r.a].s, toks[r.b].e));
    if (known) {
      if (r.a !== r.b || !sentenceInitial(toks, r.a)) known.initialOnly = false;
      disc.touch(known, subjects.has(i), toks[r.a].s, !!inQuote?.(toks[r.a].s));
      ents[i] = known;
      continue;
    }
    // Take the role words and titles right before the name along.
    let a = r.a;
    while (a > 0 && !toks[a - 1].punct && (toks[a - 1].cap || ROLE_BEFORE_NAME.has(toks[a - 1].lw)) && r.a - a < 5) a--;
    const m = classifyPhrase(text, toks, a, r.b);
    ents[i] = null;
    if (!m || m.form !== 'name') continue;
    // A lone capitalised word opening the sentence may be any word ("Harsh", "Politicking"): kept, but
    // marked until the text capitalises it mid-sentence too.
    ents[i] = disc.register(m, subjects.has(i), a === r.b && sentenceInitial(toks, a), !!inQuote?.(toks[r.a].s));
  }
  registerGroups(toks, runs, ents, subjects, disc, inQuote);
}

/** Only "and" or a comma between two names: "Gary Johnson and William Weld", "Autor, Dorn and Hanson". */
function joinedBy(toks: Token[], run: NameRun, next: NameRun): 'and' | ',' | null {
  if (next.a !== run.b + 2) return null;
  const w = toks[run.b + 1].lw;
  return w === 'and' ? 'and' : w === ',' ? ',' : null;
}

/**
 * People named together ("Gary Johnson and William Weld", "David Autor, David Dorn and Gordon Hanson") are
 * also one plural entity, "they" later in the text; each stays a person of its own for "he" and "she".
 */
function registerGroups(toks: Token[], runs: NameRun[], ents: Array<Entity | null>, subjects: Set<number>, disc: Discourse, inQuote?: (pos: number) => boolean): void {
  for (let i = 0; i < runs.length - 1; i++) {
    let j = i;
    let and = false;
    while (j + 1 < runs.length && !and) {
      const how = joinedBy(toks, runs[j], runs[j + 1]);
      if (!how) break;
      and = how === 'and';
      j++;
    }
    const members = ents.slice(i, j + 1);
    if (!and || members.some((e) => !e || e.kind !== 'person' || e.plural) || new Set(members).size !== members.length) continue;
    const names = members.map((e) => e!.name);
    const name = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const s = toks[runs[i].a].s;
    disc.register({ s, e: toks[runs[j].b].e, kind: 'person', form: 'generic', name, plural: true }, subjects.has(i), false, !!inQuote?.(s));
    i = j;
  }
}
