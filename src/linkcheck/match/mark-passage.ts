// A source passage with a few stretches marked as differing, each optionally preceded by the article's wording.
import type { DiffPiece } from '../types';

export interface Mark { start: number; end: number; article?: string }

export function markPassage(text: string, from: number, to: number, marks: Mark[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  let at = from;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > to) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), kind: 'same' });
    if (m.article) out.push({ text: m.article, kind: 'article' });
    if (m.end > m.start) out.push({ text: text.slice(m.start, m.end), kind: 'source' });
    at = m.end;
  }
  if (to > at) out.push({ text: text.slice(at, to), kind: 'same' });
  return out;
}
