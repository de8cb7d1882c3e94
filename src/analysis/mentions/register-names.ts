// The entities in play: every name of a sentence is registered with the discourse, so that later
// pronouns, titles and surnames can find it, whether or not it speaks.
import type { Token } from '../tokens';
import type { Discourse } from '../discourse';
import { isTitleCase } from '../cues';
import { ROLE_NOUNS } from '../lexicon';
import { classifyPhrase } from './classify';
import { nameRuns, sentenceInitial } from './name-runs';
import { subjectRuns } from '../subject';
import { wordSet } from '../lexicon/load';

/** Role words taken along with a name after them ("North Korean leader Kim Jong Un"). */
const ROLE_BEFORE_NAME = wordSet('mentions', 'rolesBeforeName');

/** Registers the named people and bodies of a sentence so later pronouns and titles can find them. */
export function registerNames(text: string, toks: Token[], disc: Discourse, inQuote?: (pos: number) => boolean): void {
  if (isTitleCase(toks)) return;
  const runs = nameRuns(toks, 0, toks.length - 1);
  const subjects = subjectRuns(toks, runs);
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    // A name seen before needs no new reading.
    const known = r.a > 0 && ROLE_NOUNS.has(toks[r.a - 1].lw) ? undefined : disc.lookup(text.slice(toks[r.a].s, toks[r.b].e));
    if (known) {
      if (r.a !== r.b || !sentenceInitial(toks, r.a)) known.initialOnly = false;
      disc.touch(known, subjects.has(i), toks[r.a].s, !!inQuote?.(toks[r.a].s));
      continue;
    }
    // Take the role words and titles right before the name along.
    let a = r.a;
    while (a > 0 && !toks[a - 1].punct && (toks[a - 1].cap || ROLE_BEFORE_NAME.has(toks[a - 1].lw)) && r.a - a < 5) a--;
    const m = classifyPhrase(text, toks, a, r.b);
    if (!m || m.form !== 'name') continue;
    // A lone capitalised word opening the sentence may be any word ("Harsh", "Politicking"): kept, but
    // marked until the text capitalises it mid-sentence too.
    disc.register(m, subjects.has(i), a === r.b && sentenceInitial(toks, a), !!inQuote?.(toks[r.a].s));
  }
}
