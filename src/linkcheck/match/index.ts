// Looks for a claim in the text of the page it links to. Pure: strings in, a verdict out (no DOM, no extension).
import type { ClaimProbe, Verdict } from '../types';
import { matchFigure } from './match-figure';
import { indexWords, matchQuote } from './match-quote';
import { matchStatement } from './match-statement';
import { sentencesOf } from './passages';
import { wordsOf } from './words';

export function matchClaim(probe: ClaimProbe, sourceText: string): Verdict {
  if (!sourceText.trim()) return { kind: 'unreadable', reason: 'empty' };
  const sentences = sentencesOf(sourceText);
  if (probe.form === 'quote') return matchQuote(probe.text, indexWords(sourceText, wordsOf(sourceText)));
  if (probe.form === 'figure') {
    const v = matchFigure(probe, sourceText, sentences);
    if (v) return v;
  }
  return matchStatement(probe, sourceText, sentences);
}
