// One level's claims → the disjoint stretches to paint. Claims nest (a figure inside the statement that holds it)
// and often share a level; Firefox ESR looks up a highlight's ranges as it does a selection's, which never overlap,
// and painted a statement only up to the figure nested in it. Each highlight therefore holds disjoint ranges.

export interface Spanned { id: string; start: number; end: number }
export interface PaintSpan<T extends Spanned> { start: number; end: number; members: T[] }

/** Overlapping or touching spans merged, in text order; each result lists the spans it covers. */
export function disjointSpans<T extends Spanned>(spans: readonly T[]): Array<PaintSpan<T>> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<PaintSpan<T>> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.members.push(s);
    } else {
      out.push({ start: s.start, end: s.end, members: [s] });
    }
  }
  return out;
}
