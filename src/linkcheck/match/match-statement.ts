// Reported statements are paraphrases: the source "has" one when a sentence (or two adjacent ones) holds most of
// its content words. Found there with a different number, or with the negation flipped, it "differs".
import { findQuantities } from '../../analysis/numbers';
import type { ClaimProbe, Verdict } from '../types';
import { markPassage, type Mark } from './mark-passage';
import type { Passage } from './passages';
import { keyWords, wordsOf } from './words';

/** Share of the statement's content words a passage must hold. */
const MIN_COVERAGE = 0.6;
const MIN_SHARED = 3;
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n[’']t\b/i;

function numbersOf(text: string): number[] {
  return findQuantities(text).map((m) => m.quantity.value ?? m.quantity.min ?? m.quantity.max).filter((v): v is number => v !== undefined);
}

export function matchStatement(probe: ClaimProbe, text: string, sentences: Passage[]): Verdict {
  const keys = keyWords(probe.text);
  if (keys.size < MIN_SHARED) return { kind: 'not-found' };
  // Which sentences hold which key words: only those holding any are scored.
  const hits = new Map<number, Set<string>>();
  for (const [k, s] of sentences.entries()) {
    for (const w of keyWords(text.slice(s.start, s.end))) {
      if (!keys.has(w)) continue;
      const set = hits.get(k) ?? new Set<string>();
      set.add(w);
      hits.set(k, set);
    }
  }
  let best: { from: number; to: number; shared: number } | null = null;
  for (const [k, set] of hits) {
    const next = hits.get(k + 1);
    const both = next ? new Set([...set, ...next]) : set;
    // Two sentences count only when the second adds something.
    const pair = both.size > set.size ? { from: k, to: k + 1, shared: both.size } : { from: k, to: k, shared: set.size };
    if (!best || pair.shared > best.shared || (pair.shared === best.shared && pair.to - pair.from < best.to - best.from)) best = pair;
  }
  if (!best || best.shared < MIN_SHARED || best.shared < MIN_COVERAGE * keys.size) return { kind: 'not-found' };
  const start = sentences[best.from].start;
  const end = sentences[best.to].end;
  const passage = text.slice(start, end);
  const marks: Mark[] = [];
  // A number the article gives that the passage gives differently.
  const claimNumbers = numbersOf(probe.text);
  const sourceFigures = findQuantities(passage, start);
  if (claimNumbers.length && sourceFigures.length) {
    const sourceNumbers = new Set(numbersOf(passage));
    const missing = claimNumbers.filter((n) => !sourceNumbers.has(n));
    if (missing.length) {
      const extra = sourceFigures.filter((f) => !claimNumbers.includes(f.quantity.value ?? f.quantity.min ?? f.quantity.max ?? NaN));
      for (const f of extra) marks.push({ start: f.start, end: f.end });
    }
  }
  // The negation turned around.
  if (NEGATION.test(probe.text) !== NEGATION.test(passage)) {
    const neg = wordsOf(text, start, end).find((w) => NEGATION.test(text.slice(w.start, w.end)));
    if (neg) marks.push({ start: neg.start, end: neg.end });
    else marks.push({ start: start, end: start, article: probe.text.match(NEGATION)?.[0] ?? 'not' });
  }
  if (marks.length === 0) return { kind: 'found', passage };
  return { kind: 'differs', passage, diff: markPassage(text, start, end, marks) };
}
