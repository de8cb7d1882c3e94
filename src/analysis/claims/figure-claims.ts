// Figures: every quantity of a sentence that is a figure about the world; inside a quote or statement it
// shares that claim's source and is `within` it.
import { findQuantities } from '../numbers';
import { topicForFigure } from '../topics';
import type { Draft } from './draft';
import type { SentenceInfo } from './spans';

/** Which of two quotes or statements holding a figure credits it: a quotation, else the outermost. */
function outranks(d: Draft, current: Draft | null): boolean {
  if (!current) return true;
  if ((d.form === 'quote') !== (current.form === 'quote')) return d.form === 'quote';
  return d.end - d.start > current.end - current.start;
}

/** Figure drafts of text[ss, se) in language `lang`, credited by the best of `drafts` that holds each. */
export function figureDrafts(text: string, ss: number, se: number, drafts: Draft[], out: Draft[], lang = 'en'): void {
  for (const q of findQuantities(text.slice(ss, se), ss, lang)) {
    if (q.start < ss || q.end > se || q.end <= q.start) continue;
    // The outermost statement that holds the figure gives it its source ("Dahl said allies had pledged
    // 35 systems" is Dahl's figure); a quotation holding it wins, being the speaker's own words.
    let container: Draft | null = null;
    for (const d of drafts) {
      if (d.form === 'figure' || d.start > q.start || q.end > d.end) continue;
      if (outranks(d, container)) container = d;
    }
    const hedges = [...q.hedges];
    const ambiguous = !!container && container.ambiguousAt >= 0 && q.start >= container.ambiguousAt;
    const features = container?.features ? { ...container.features, form: 'figure' as const, ambiguousClause: ambiguous || container.features.ambiguousClause } : null;
    out.push({
      start: q.start, end: q.end, form: 'figure', topic: topicForFigure(text, q.start, q.end), quantity: q.quantity, hedges,
      source: container?.source ?? null, cue: container?.cue ?? null, features, container, att: container?.att ?? null, ambiguousAt: -1,
    });
  }
}

/** Figures of every sentence; each sees only the quotes and statements that overlap its sentence. */
export function allFigures(text: string, sentences: SentenceInfo[], containers: Draft[], lang = 'en'): Draft[] {
  const sorted = containers.slice().sort((a, b) => a.start - b.start);
  const out: Draft[] = [];
  let active: Draft[] = [];
  let p = 0;
  for (const s of sentences) {
    while (p < sorted.length && sorted[p].start < s.se) active.push(sorted[p++]);
    if (active.length) active = active.filter((d) => d.end > s.ss);
    figureDrafts(text, s.ss, s.se, active, out, lang);
  }
  return out;
}
