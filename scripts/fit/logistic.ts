// Logistic regression by Newton's method (iteratively reweighted least squares) with a little L2, so
// rare features converge too. Plain TypeScript, no dependencies; used by the confidence and the
// coreference fits. `constrain` may clamp weights after each step (signs the design fixes).

export type Row = Record<string, number>;

function sigmoid(z: number): number { return 1 / (1 + Math.exp(-z)); }

export function fitLogistic(xs: Row[], ys: number[], opts: { iterations?: number; l2?: number; constrain?: (w: Map<string, number>) => void } = {}): Record<string, number> {
  const iterations = opts.iterations ?? 30;
  const l2 = opts.l2 ?? 1.0;
  const names = new Set<string>();
  for (const x of xs) for (const k in x) names.add(k);
  const keys = [...names].sort();
  const d = keys.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows = xs.map((x) => Object.entries(x).filter(([, v]) => v).map(([k, v]) => [index.get(k)!, v] as [number, number]));
  const w = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (let i = 0; i < rows.length; i++) {
      let z = 0;
      for (const [j, v] of rows[i]) z += w[j] * v;
      const p = sigmoid(z);
      const err = p - ys[i];
      const h = Math.max(p * (1 - p), 1e-6);
      for (const [j, v] of rows[i]) {
        g[j] += err * v;
        for (const [k, u] of rows[i]) H[j][k] += h * v * u;
      }
    }
    for (let j = 0; j < d; j++) if (keys[j] !== 'bias') { g[j] += l2 * w[j]; H[j][j] += l2; }
    const step = solve(H, g);
    for (let j = 0; j < d; j++) w[j] -= step[j];
    if (opts.constrain) {
      const m = new Map(keys.map((k, j) => [k, w[j]]));
      opts.constrain(m);
      for (let j = 0; j < d; j++) w[j] = m.get(keys[j])!;
    }
  }
  const out: Record<string, number> = {};
  for (let j = 0; j < d; j++) out[keys[j]] = Math.round(w[j] * 1000) / 1000;
  return out;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and symmetric). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => { const r = new Float64Array(n + 1); r.set(row); r[n] = b[i]; return r; });
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const pivot = M[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / pivot;
      if (f) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let acc = M[r][n];
    for (let k = r + 1; k < n; k++) acc -= M[r][k] * x[k];
    x[r] = acc / (M[r][r] || 1e-12);
  }
  return x;
}
