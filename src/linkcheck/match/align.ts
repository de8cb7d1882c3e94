// Word alignment of a quotation against a stretch of the source: edit distance with a free start and end in the
// source (semi-global), where the source may also skip words for free at the quotation's ellipses.
// Quadratic in the stretch, so callers pass short windows (match-quote.ts finds them).

export type Op =
  | { op: 'same'; q: number; s: number }
  | { op: 'sub'; q: number; s: number }
  /** A word of the quotation that the source does not have. */
  | { op: 'del'; q: number }
  /** A word of the source that the quotation leaves out. */
  | { op: 'ins'; s: number }
  /** Source words the quotation elides with an ellipsis (free). */
  | { op: 'skip'; s: number };

export interface Alignment { cost: number; ops: Op[] }

/**
 * Aligns `q` (normalised quotation words) against `s` (normalised source words of one window). `gapBefore[i]` is
 * true when an ellipsis sits before q[i]: source words skipped there cost nothing. Indices in ops are into q and s.
 */
export function align(q: readonly string[], s: readonly string[], gapBefore: readonly boolean[]): Alignment {
  const m = q.length;
  const n = s.length;
  const w = n + 1;
  const cost = new Float64Array((m + 1) * w);
  // 0 same/sub (diagonal), 1 del (up), 2 ins/skip (left)
  const from = new Uint8Array((m + 1) * w);
  for (let i = 1; i <= m; i++) { cost[i * w] = i; from[i * w] = 1; }
  for (let i = 1; i <= m; i++) {
    const skipFree = i < m && gapBefore[i];
    for (let j = 1; j <= n; j++) {
      const diag = cost[(i - 1) * w + j - 1] + (q[i - 1] === s[j - 1] ? 0 : 1);
      const up = cost[(i - 1) * w + j] + 1;
      const left = cost[i * w + j - 1] + (skipFree ? 0 : 1);
      let best = diag;
      let dir = 0;
      if (up < best) { best = up; dir = 1; }
      if (left < best) { best = left; dir = 2; }
      cost[i * w + j] = best;
      from[i * w + j] = dir;
    }
  }
  let endJ = 0;
  // The last of equal ends: a changed last word (a substitution) rather than a dropped one.
  for (let j = 1; j <= n; j++) if (cost[m * w + j] <= cost[m * w + endJ]) endJ = j;
  const ops: Op[] = [];
  let i = m;
  let j = endJ;
  while (i > 0) {
    const dir = j === 0 ? 1 : from[i * w + j];
    if (dir === 0) {
      ops.push(q[i - 1] === s[j - 1] ? { op: 'same', q: i - 1, s: j - 1 } : { op: 'sub', q: i - 1, s: j - 1 });
      i--; j--;
    } else if (dir === 1) {
      ops.push({ op: 'del', q: i - 1 });
      i--;
    } else {
      ops.push(i < m && gapBefore[i] ? { op: 'skip', s: j - 1 } : { op: 'ins', s: j - 1 });
      j--;
    }
  }
  ops.reverse();
  return { cost: cost[m * w + endJ], ops };
}
