// Speech and reporting verbs with all their forms: one Map built at module load, shared by the cue
// finder and the noun-phrase reader (a verb ends a subject phrase).
import { SPEECH_VERBS } from './lexicon';

export type VerbForm = 'base' | 's' | 'past' | 'ing' | 'pp';

export interface VerbInfo { lemma: string; form: VerbForm }
export const VERBS = new Map<string, VerbInfo>();

function addForms(spec: string): void {
  const [lemma, pastIrr, ppIrr] = spec.split(':');
  const put = (w: string, form: VerbForm) => { if (!VERBS.has(w)) VERBS.set(w, { lemma, form }); };
  put(lemma, 'base');
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  put(s, 's');
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  // Double a final consonant after a short vowel too ("admitted"); extra spellings never match real words.
  const dbl = /[^aeiou][aeiou][bdglmnprt]$/.test(lemma) ? lemma + lemma[lemma.length - 1] : null;
  const past = pastIrr ?? (/[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed');
  put(past, 'past');
  if (ppIrr) put(ppIrr, 'pp');
  if (dbl) { put(dbl + 'ed', 'past'); put(dbl + 'ing', 'ing'); }
  put(/ie$/.test(lemma) ? lemma.slice(0, -2) + 'ying' : (lemma.endsWith('ee') ? lemma : stem) + 'ing', 'ing');
}
for (const spec of SPEECH_VERBS) addForms(spec.trim());
