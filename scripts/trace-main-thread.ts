// Diagnostic (not a benchmark): what each long main-thread task is while the extension reads a big page.
// Loads a bench page in headless Chromium with the built extension (build with SOURCEMARK_DEBUG=1 for readable
// function names) under a Chromium trace and the V8 sampling profiler, then prints every task over the threshold
// with the trace events inside it and the JavaScript functions that took its time (self and inclusive).
//   node scripts/run-ts.mjs scripts/trace-main-thread.ts [words=63000] [thresholdMs=30] [--mutate]
// --mutate also runs the page's own 5,000 DOM updates (as bench:browser does) after the highlights are drawn.
// Run it under the shared browser lock.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'puppeteer-core';
import { launchChromium, DIST } from '../test/e2e/browsers';
import { serveDirectory } from '../test/e2e/server';
import { benchPage } from './bench-browser-page';
import { domUpdateRound } from './bench-browser-main-thread';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: Record<string, unknown> } }
/** Top-level tasks (RunTask nests inside ThreadControllerImpl::RunTask; only the outer one is taken). */
const TASK = 'ThreadControllerImpl::RunTask';

function top<K>(m: Map<K, number>, n: number): Array<[K, number]> {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main(argv: string[]): Promise<void> {
  const words = Number(argv.find((a) => /^\d+$/.test(a)) ?? 63000);
  const threshold = Number(argv.filter((a) => /^\d+$/.test(a))[1] ?? 30);
  const dir = path.resolve('artifacts', 'bench-pages');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'trace.html'), benchPage(words, 13));
  const server = await serveDirectory(dir);
  const ext = await launchChromium(DIST);
  try {
    const page = await ext.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8', 'extensions', 'blink', 'mojom'] });
    await page.goto(`${server.origin}/trace.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench: { drawnAt: number } }).__bench.drawnAt > 0, { timeout: 60_000, polling: 50 });
    await new Promise((r) => setTimeout(r, 1500));
    if (argv.includes('--mutate')) console.log(`page DOM updates: ${(await domUpdateRound(page)).toFixed(1)} ms`);
    const raw = await page.tracing.stop();
    const { profile } = await cdp.send('Profiler.stop');
    const parsed = JSON.parse(Buffer.from(raw!).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const inject = events.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith('/content.js'));
    const dcl = events.find((e) => e.name === 'MarkDOMContent')!;
    const mainTid = (inject ?? dcl).tid;
    console.log(`inject at ${inject ? ((inject.ts - dcl.ts) / 1000).toFixed(1) : '?'} ms after DCL`);
    // The whole picture first: every task of 3 ms or more from injection on, with its three longest inner events.
    const drawn = events.find((e) => e.name === 'sourcemark-drawn');
    if (drawn) console.log(`drawn at ${((drawn.ts - dcl.ts) / 1000).toFixed(1)} ms after DCL`);
    for (const t of events.filter((e) => e.tid === mainTid && e.name === TASK && e.ts >= (inject ?? dcl).ts && (e.dur ?? 0) >= 3000).sort((a, b) => a.ts - b.ts)) {
      const end = t.ts + (t.dur ?? 0);
      const inner = events.filter((e) => e.tid === mainTid && e.ph === 'X' && e.ts >= t.ts && e.ts < end && e !== t && e.name !== 'RunTask')
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4)
        .map((e) => `${e.name}${e.args?.data?.functionName ? `:${String(e.args.data.functionName)}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
      console.log(`  ${((t.ts - dcl.ts) / 1000).toFixed(1).padStart(8)} +${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${inner.join(' | ')}`);
    }
    const tasks = events.filter((e) => e.tid === mainTid && e.name === TASK && (e.dur ?? 0) / 1000 >= threshold).sort((a, b) => a.ts - b.ts);
    const samples = sampleTimes(profile);
    for (const t of tasks) {
      const end = t.ts + (t.dur ?? 0);
      console.log(`\n== task at ${((t.ts - dcl.ts) / 1000).toFixed(1)} ms after DCL, ${((t.dur ?? 0) / 1000).toFixed(1)} ms`);
      const inside = events.filter((e) => e.tid === mainTid && e.ts >= t.ts && e.ts < end && e !== t && e.ph === 'X');
      const byName = new Map<string, number>();
      for (const e of inside) {
        const label = e.name + (e.args?.data?.functionName ? `:${String(e.args.data.functionName)}` : '') + (e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : '');
        byName.set(label, Math.max(byName.get(label) ?? 0, (e.dur ?? 0) / 1000));
      }
      for (const [k, v] of top(byName, 12)) console.log(`   event ${v.toFixed(1).padStart(7)} ms  ${k}`);
      const self = new Map<string, number>();
      const incl = new Map<string, number>();
      for (const s of samples) {
        if (s.ts < t.ts || s.ts >= end) continue;
        self.set(s.stack[0], (self.get(s.stack[0]) ?? 0) + s.dt);
        for (const f of new Set(s.stack)) incl.set(f, (incl.get(f) ?? 0) + s.dt);
      }
      for (const [k, v] of top(self, 10)) console.log(`   self ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
      for (const [k, v] of top(incl, 14)) console.log(`   incl ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
}

/** Each sample's time (µs, trace clock), duration and stack (innermost first) as "function file:line". */
function sampleTimes(profile: Protocol.Profiler.Profile): Array<{ ts: number; dt: number; stack: string[] }> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: Array<{ ts: number; dt: number; stack: string[] }> = [];
  let ts = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < (profile.samples ?? []).length; i++) {
    ts += deltas[i] ?? 0;
    const stack: string[] = [];
    for (let id: number | undefined = profile.samples![i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      stack.push(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
    }
    out.push({ ts, dt: deltas[i + 1] ?? 0, stack });
  }
  return out;
}

await main(process.argv.slice(2));
