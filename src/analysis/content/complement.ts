// Where a cue's complement starts: "said that ...", "said: ...", 'said, "..."', "asked whether ...",
// "quoting Kim as saying ...", "told reporters the war was over"; and which objects are what was said.
import type { Token } from '../tokens';
import type { Cue } from '../cues';
import { VERBS } from '../verbs';
import { CAP_STOP, LISTENER_VERBS, PRONOUNS } from '../lexicon';
import { nameRuns } from '../mentions';
import { isOpeningQuoteTok } from './quote-marks';
import { wordSet } from '../lexicon/load';

const CHAIN_VERBS = wordSet('attribution', 'chainVerbs');
const BLAME_VERBS = wordSet('attribution', 'blameVerbs');
const TIME_NOUNS = wordSet('attribution', 'timeNouns');
const WH_WORDS = wordSet('attribution', 'whWords');
const QUESTION_VERBS = wordSet('attribution', 'questionVerbs');
/** Listeners skipped before the content ("told reporters the war was over"). */
const LISTENERS = wordSet('attribution', 'listeners');
const CALLED_OBJECTS = wordSet('attribution', 'calledObjects');
const DEGREE_AFTER_AS = wordSet('attribution', 'degreeAfterAs');
const AUXILIARIES = wordSet('attribution', 'auxiliaries');

export interface Complement {
  /** Index of the first token of the complement. */
  k: number;
  /** Introduced by "that", a colon, a quotation, a wh-word or "as saying". */
  explicit: boolean;
  /** Tokens between a chain verb and its "that" ("cites of Kim that"): who is quoted. */
  viaRange: [number, number] | null;
}

/** An explicit complement opening at toks[i] within the window after the cue, or null. */
function explicitAt(toks: Token[], cue: Cue, k: number, i: number, chain: boolean): Complement | null {
  const t = toks[i];
  const via: [number, number] | null = chain && i > k ? [k, i - 1] : null;
  // "that night", "said that.": not a complementizer.
  if (t.lw === 'that' && !t.punct && toks[i + 1] && (!toks[i + 1].punct || isOpeningQuoteTok(toks, i + 1)) && !TIME_NOUNS.has(toks[i + 1].lw)) return { k: i + 1, explicit: true, viaRange: via };
  if (t.w === ':' || (isOpeningQuoteTok(toks, i) && (i === k || (i === k + 1 && toks[k].w === ',')))) return { k: t.w === ':' ? i + 1 : i, explicit: true, viaRange: via };
  if (WH_WORDS.has(t.lw) && QUESTION_VERBS.has(cue.lemma) && !t.punct) return { k: i, explicit: true, viaRange: null };
  if (t.lw === 'as' && toks[i + 1]?.lw === 'saying') return { k: i + 2, explicit: true, viaRange: via };
  return null;
}

/** "said Mr. Obama had told leaders that ...": a subject, or its auxiliary, right before a second speech verb; the "that" is that verb's. */
function subjectBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !p.punct && (AUXILIARIES.has(p.lw) || PRONOUNS.has(p.lw) || (p.cap && !CAP_STOP.has(p.lw)));
}

/** ", citing the military, that ...": the "that" clause after the incise (its comma at k), when there is one. */
function citingIncise(toks: Token[], k: number, end: number): Complement | null {
  if (!/^(?:citing|quoting)$/.test(toks[k + 1]?.lw ?? '')) return null;
  for (let i = k + 2; i <= end && i < k + 14; i++) {
    if (toks[i].w !== ',') continue;
    return toks[i + 1]?.lw === 'that' && i + 2 <= end ? { k: i + 2, explicit: true, viaRange: null } : null;
  }
  return null;
}

/** Index of the first token after the cue where its complement starts, and whether it is explicit. */
export function complementStart(toks: Token[], cue: Cue, end: number): Complement {
  let k = cue.tj + 1;
  const listener = LISTENER_VERBS.has(cue.lemma);
  const chain = CHAIN_VERBS.has(cue.lemma);
  // "blamed the blackout on a fault that ...": verbs that take an object have no "that" clause after it.
  const window = BLAME_VERBS.has(cue.lemma) ? 1 : listener || chain ? 16 : 7;
  // "..., Sanders said, a policy that ...": after a comma the complement can only be a quotation, or a "that"
  // after an incise naming who is cited ("reported, citing the military, that ...").
  if (toks[k]?.w === ',' && !isOpeningQuoteTok(toks, k + 1)) {
    const cited = citingIncise(toks, k, end);
    return cited ?? { k, explicit: false, viaRange: null };
  }
  // "said on Tuesday that", "told the gathering of his generals that", "cites of Kim that"
  for (let i = k; i <= end && i < k + window; i++) {
    const t = toks[i];
    // Another cue verb ("said in a statement, adding that"): the "that" is its own.
    if (i > k && !t.punct && VERBS.has(t.lw) && VERBS.get(t.lw)!.form !== 'base' && (toks[i - 1].w === ',' || toks[i - 1].lw === 'and' || subjectBefore(toks, i))) break;
    const hit = explicitAt(toks, cue, k, i, chain);
    if (hit) return hit;
    if (t.punct && t.w !== ',' && t.w !== '-' && !/^['’]/.test(t.w)) break;
  }
  // Skip a comma right after the cue ("said, ...").
  while (k <= end && toks[k].w === ',') k++;
  // A blame verb's object is part of what was said ("blamed the US for the war", "accused Russia of war crimes"),
  // except where what was said is what the object was called ("called Trump 'unhinged'", "described it as ...").
  const objectSaid = BLAME_VERBS.has(cue.lemma) && cue.lemma !== 'call' && cue.lemma !== 'describe';
  if (listener && !objectSaid && k <= end && !isOpeningQuoteTok(toks, k)) {
    // "told reporters the war was over": skip a short listener phrase.
    const t = toks[k];
    if (PRONOUNS.has(t.lw) || LISTENERS.has(t.lw)) k++;
    else if (t.cap) { const r = nameRuns(toks, k, end)[0]; if (r && r.a === k) k = r.b + 1; }
  }
  return { k, explicit: false, viaRange: null };
}

/** "called for", "called on", "called the plan 'a fantasy'": only then is what follows "call" something said. */
export function objectIsSaid(toks: Token[], cue: Cue): boolean {
  if (cue.lemma === 'describe' || cue.lemma === 'put' || cue.lemma === 'estimate') {
    // "described the plan as reckless", "put the toll at 42", "estimated it at around 35,000"
    for (let i = cue.tj + 1; i < toks.length && i < cue.tj + 10; i++) {
      if (toks[i].punct) return false;
      if (cue.lemma === 'describe' ? toks[i].lw === 'as' : toks[i].lw === 'at' || (toks[i].lw === 'as' && DEGREE_AFTER_AS.has(toks[i + 1]?.lw ?? ''))) return true;
    }
    return false;
  }
  if (cue.lemma !== 'call') return true;
  const next = toks[cue.tj + 1];
  if (next && (next.lw === 'for' || next.lw === 'on')) return true;
  // "called Trump a liar", "called him reckless": a person named, then what they were called.
  if (next && (CALLED_OBJECTS.has(next.lw) || (next.cap && !toks[cue.tj + 2]?.punct))) return true;
  for (let i = cue.tj + 1; i < toks.length && i < cue.tj + 8; i++) if (isOpeningQuoteTok(toks, i)) return true;
  return false;
}
