// Timing for `npm run bench` (bench.ts, bench-languages.ts): process CPU time (all its threads, GC included), which
// is steadier than the wall clock when other processes share the machine; medians of batches taken in turns.

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface TimingOptions {
  /** How long each contender runs before it is timed (so the JIT has optimised it for this input), ms. */
  warmMs?: number;
  /** How long one timed batch lasts, about, ms. */
  batchMs?: number;
}

/**
 * Per-call times in ms: each contender is warmed for about `warmMs` (300), then runs in batches of about `batchMs`
 * (50), the contenders taking turns batch by batch so they share the machine's load; the result is the median over
 * the `rounds` batches of the mean time per call.
 */
export function interleaved(fns: Array<() => void>, rounds: number, options: TimingOptions = {}): number[] {
  const warmMs = options.warmMs ?? 300;
  const batchMs = options.batchMs ?? 50;
  const perBatch = fns.map((fn) => {
    const until = performance.now() + warmMs;
    let calls = 0;
    do { fn(); calls++; } while (performance.now() < until);
    return Math.max(1, Math.round((calls * batchMs) / warmMs));
  });
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const c0 = process.cpuUsage();
      for (let k = 0; k < perBatch[i]; k++) fn();
      const c = process.cpuUsage(c0);
      times[i].push((c.user + c.system) / 1000 / perBatch[i]);
    });
  }
  return times.map(median);
}
