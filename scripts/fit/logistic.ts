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

/** A choice among candidates: their feature vectors and which of them are right (one or more). */
export interface ChoiceGroup { xs: number[][]; correct: boolean[] }

function groupLogLik(groups: ChoiceGroup[], w: number[], grad: number[] | null): number {
  let ll = 0;
  for (const g of groups) {
    const zs = g.xs.map((x) => x.reduce((acc, v, i) => acc + v * w[i], 0));
    const top = Math.max(...zs);
    const es = zs.map((z) => Math.exp(z - top));
    const sum = es.reduce((a, b) => a + b, 0);
    const right = es.reduce((a, e, i) => a + (g.correct[i] ? e : 0), 0);
    ll += Math.log(right / sum);
    if (!grad) continue;
    for (let i = 0; i < g.xs.length; i++) {
      const coef = (g.correct[i] ? es[i] / right : 0) - es[i] / sum;
      if (coef) for (let j = 0; j < w.length; j++) grad[j] += coef * g.xs[i][j];
    }
  }
  return ll;
}

/**
 * Conditional logit (a softmax over each group's candidates), fitted by gradient ascent with
 * backtracking and a little L2: the weights that make the right candidates likeliest, which is what a
 * ranker needs (a plain logistic fit over candidates treats each one on its own).
 */
export function fitConditionalLogit(groups: ChoiceGroup[], dims: number, opts: { l2?: number; iterations?: number; start?: number[] } = {}): number[] {
  const l2 = opts.l2 ?? 1;
  let w = opts.start ? [...opts.start] : new Array<number>(dims).fill(0);
  const objective = (v: number[], grad: number[] | null) => groupLogLik(groups, v, grad) - 0.5 * l2 * v.reduce((a, x) => a + x * x, 0);
  let step = 0.01;
  for (let it = 0; it < (opts.iterations ?? 300); it++) {
    const grad = new Array<number>(dims).fill(0);
    const f0 = objective(w, grad);
    for (let j = 0; j < dims; j++) grad[j] -= l2 * w[j];
    let moved = false;
    for (let tries = 0; tries < 20; tries++) {
      const cand = w.map((x, j) => x + step * grad[j]);
      if (objective(cand, null) > f0) { w = cand; step *= 1.5; moved = true; break; }
      step /= 2;
    }
    if (!moved) break;
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}
