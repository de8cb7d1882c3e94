// "according to X": the source follows the cue; the content is the clause after its comma, or the one
// before the cue.
import type { Cue } from '../cues';
import { classifyPhrase, phraseEndRight } from '../mentions';
import { pushRange } from '../content/ranges';
import { participleTail } from '../content/tails';
import type { Reading, SentenceCtx } from './types';

export function readAccordingTo(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n, ss, se } = ctx;
  const k = cue.tj + 1;
  if (k >= n) return null;
  const nounEnd = phraseEndRight(toks, k, n - 1, 30);
  let m = classifyPhrase(text, toks, k, nounEnd, true);
  // "according to a report released on Friday, ...": the participle phrase is part of the source.
  const end = participleTail(toks, nounEnd);
  ctx.sourcePhrases.push([k, end]);
  if (m?.by) m = { ...m.by, s: m.s, e: m.e, name: m.by.name };
  const content: Array<[number, number]> = [];
  const after = toks[end + 1];
  // "..., according to X, but ...": preceded by a comma, X credits the clause before it.
  const midClause = cue.ti > 0 && toks[cue.ti - 1].w === ',';
  if (after && after.w === ',' && end + 2 < n - 1 && !midClause) {
    pushRange(content, text, toks[end + 2].s, se);
    return { m, position: 'before', content, indirect: false };
  }
  if (cue.ti > 0) {
    // "..., and according to X" keeps the clause before only when nothing follows.
    pushRange(content, text, ss, toks[cue.ti].s);
    return { m, position: 'after', content, indirect: false };
  }
  return { m, position: 'before', content, indirect: false };
}
