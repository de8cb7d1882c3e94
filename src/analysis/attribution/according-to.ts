// "according to X": the source follows the cue; the content is the clause after its comma, or the one
// before the cue.
import { pollAfter, type Cue } from '../cues';
import type { Token } from '../tokens';
import { classifyPhrase, phraseEndRight } from '../mentions';
import { pushRange } from '../content/ranges';
import { participleTail } from '../content/tails';
import type { Reading, SentenceCtx } from './types';

/** Where the poll's name after "in" ends: its poll noun, or the body after "from", "by" or "of" ("a survey from Florida Southern College"). */
function pollEnd(toks: Token[], ti: number, n: number): number {
  const k = pollAfter(toks, ti);
  const p = toks[k + 1];
  if (!p || !(p.lw === 'from' || p.lw === 'by' || p.lw === 'of') || !toks[k + 2]?.cap) return k;
  return Math.min(phraseEndRight(toks, k + 2, n - 1), n - 1);
}

/** The comma that closes a fronted "According to X" whose phrase read stops before it (at toks[end]), or -1. */
function fronterComma(toks: Token[], end: number, n: number): number {
  if (toks[end + 1]?.w === ',') return -1;
  for (let j = end + 1; j < n && j <= end + 25; j++) {
    if (toks[j].w === ',') return j;
    if (toks[j].punct && toks[j].w !== '.' && toks[j].w !== '-' && toks[j].w !== '/' && toks[j].w !== '&' && !/^['’]/.test(toks[j].w)) return -1;
  }
  return -1;
}

export function readAccordingTo(ctx: SentenceCtx, cue: Cue): Reading | null {
  const { text, toks, n, ss, se } = ctx;
  const k = cue.tj + 1;
  if (k >= n) return null;
  // "In the survey, 61 percent said ...": the clause has its own speaker; the poll is where they said it.
  if (cue.lemma === 'in' && ctx.cues.some((c) => c !== cue && c.kind !== 'according-to')) return null;
  const nounEnd = cue.lemma === 'in' ? pollEnd(toks, cue.ti, n) : phraseEndRight(toks, k, n - 1, 30);
  let m = classifyPhrase(text, toks, k, nounEnd, true);
  // "in the latest NBC News/Wall Street Journal poll": the poll itself, whatever names stand in it.
  if (m && cue.lemma === 'in') m = { ...m, kind: 'document', form: 'generic', name: text.slice(toks[k].s, toks[nounEnd].e), by: undefined };
  // "according to a report released on Friday, ...": the participle phrase is part of the source.
  const end = participleTail(toks, nounEnd);
  ctx.sourcePhrases.push([k, end]);
  if (m?.by) m = { ...m.by, s: m.s, e: m.e, name: m.by.name, documentWords: text.slice(m.s, m.by.s) };
  const content: Array<[number, number]> = [];
  // "According to early results of exit polls conducted for The Associated Press by Edison Research, ...":
  // a fronted source runs on to its comma even where the noun phrase read above stops short.
  const commaAt = cue.ti === 0 ? fronterComma(toks, end, n) : -1;
  if (commaAt > 0 && commaAt + 1 < n - 1) {
    pushRange(content, text, toks[commaAt + 1].s, se);
    return { m, position: 'before', content, indirect: false };
  }
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
