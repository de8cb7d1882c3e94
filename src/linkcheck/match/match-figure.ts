// Figures: is the claim's number in the source, with the same unit, in a sentence about the same thing? The source
// may write it in digits or in words ("42", "forty-two", "42,000" / "42 thousand"): both are read by the engine's
// own figure reader. The same thing counted with another number "differs".
import { findQuantities, type QuantityMatch } from '../../analysis/numbers';
import type { ClaimProbe, Verdict } from '../types';
import { markPassage } from './mark-passage';
import { sentenceAt, type Passage } from './passages';
import { keyWords, stem } from './words';

/** An approximate figure ("about 10,000") still matches a source number this close. */
const APPROX_TOLERANCE = 0.05;

type Quantity = NonNullable<ClaimProbe['quantity']>;

function numberOf(q: Quantity): number | undefined {
  return q.value ?? q.min ?? q.max;
}

function sameNumber(a: Quantity, b: Quantity): boolean {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x === undefined || y === undefined) return false;
  if (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))) return true;
  return Boolean(a.approximate) && Math.abs(x - y) <= APPROX_TOLERANCE * Math.abs(x);
}

/** Units agree when both are stated and equal (up to plural), or when one side states none. */
function unitAgreement(a?: string, b?: string): 'same' | 'unknown' | 'different' {
  if (!a || !b) return 'unknown';
  return stem(a.toLowerCase()) === stem(b.toLowerCase()) ? 'same' : 'different';
}

/** What the figure's sentence is about: its content words, without the figure's own words. */
function contextWords(probe: ClaimProbe, figureText: string): Set<string> {
  const sentence = probe.sentence && probe.sentence.includes(figureText) ? probe.sentence : probe.text;
  const own = keyWords(figureText);
  const keys = keyWords(sentence.replace(figureText, ' '));
  for (const w of own) keys.delete(w);
  // The counted noun stays a context word: "42 people" is about people.
  return keys;
}

function overlap(keys: Set<string>, text: string): number {
  let n = 0;
  for (const w of keyWords(text)) if (keys.has(w)) n++;
  return n;
}

interface Candidate { sq: QuantityMatch; sentence: Passage; overlap: number; unit: 'same' | 'unknown' | 'different' }

export function matchFigure(probe: ClaimProbe, text: string, sentences: Passage[]): Verdict | null {
  const q = probe.quantity;
  if (!q || numberOf(q) === undefined) return null;
  const keys = contextWords(probe, probe.text);
  // Enough shared context that the number is about the same thing (all of it when the sentence says little).
  const need = Math.min(2, keys.size);
  const candidates: Candidate[] = [];
  for (const sq of findQuantities(text)) {
    const sentence = sentenceAt(sentences, sq.start);
    if (!sentence) continue;
    const unit = unitAgreement(q.unit, sq.quantity.unit);
    if (unit === 'different') continue;
    candidates.push({ sq, sentence, overlap: overlap(keys, text.slice(sentence.start, sentence.end)), unit });
  }
  const byRelevance = (a: Candidate, b: Candidate) => b.overlap - a.overlap || (a.unit === 'same' ? -1 : 0) - (b.unit === 'same' ? -1 : 0);
  const found = candidates.filter((c) => sameNumber(q, c.sq.quantity) && c.overlap >= need).sort(byRelevance)[0];
  if (found) return { kind: 'found', passage: text.slice(found.sentence.start, found.sentence.end) };
  // The same thing counted differently: the same unit, and most of the context.
  const strongNeed = Math.max(need, Math.ceil(keys.size * 0.4));
  const differs = candidates
    .filter((c) => c.unit === 'same' && c.overlap >= strongNeed && c.overlap >= 1)
    .sort(byRelevance)[0];
  if (differs) {
    const { sentence, sq } = differs;
    return {
      kind: 'differs',
      passage: text.slice(sentence.start, sentence.end),
      diff: markPassage(text, sentence.start, sentence.end, [{ start: sq.start, end: sq.end, article: probe.text }]),
    };
  }
  return { kind: 'not-found' };
}
