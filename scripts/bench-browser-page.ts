// Synthetic article pages for the browser benchmark: sentences written for it (wire and live-blog style),
// varied by a seeded generator, wrapped in an article page with the probes the benchmark reads.

const NAMES = ['Nadia Farouk', 'Tomas Lindqvist', 'Grace Mwangi', 'Hiroshi Tanaka', 'Lucia Moreno', 'Pavel Novak', 'Amara Diallo', 'Samuel Brandt'];
const BODIES = ['the Interior Ministry', 'the port authority', 'the World Food Programme', 'the district council', 'the coast guard', 'the national weather service'];
const TOWNS = ['Brava', 'Kessel', 'Marrow Point', 'Ostrin', 'Valde', 'Tannford', 'Lisse', 'Corran'];
const THINGS = ['households', 'fishing boats', 'tonnes of grain', 'patients', 'volunteers', 'homes', 'schools', 'trucks'];

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

type Rng = { int(a: number, b: number): number; pick<T>(xs: T[]): T };

const SENTENCES: Array<(r: Rng) => string> = [
  (r) => `${capital(r.pick(BODIES))} said ${r.int(2, 60)},${r.int(100, 999)} ${r.pick(THINGS)} were affected by the storm.`,
  (r) => `"We are working around the clock and we will stay until the last road is open," ${r.pick(NAMES)} told reporters in ${r.pick(TOWNS)}.`,
  (r) => `Crews cleared debris from the harbour in ${r.pick(TOWNS)} through the afternoon.`,
  (r) => `According to ${r.pick(BODIES)}, about ${r.int(120, 980)} ${r.pick(THINGS)} were still waiting for help on the second day.`,
  (r) => `Two officials who asked not to be named said the estimate of ${r.int(10, 90)} missing was likely to rise.`,
  (r) => `Some reports put the damage at $${r.int(2, 80)} million, a figure the council has not confirmed.`,
  (r) => `The mayor of ${r.pick(TOWNS)} said that schools would reopen "as soon as the water is safe to drink."`,
  (_r) => `Shops on the main street stayed shuttered, and a light rain kept most people indoors.`,
  (r) => `${r.pick(NAMES)}, who runs a bakery near the market, said she had lost nearly all of her stock.`,
  (r) => `Forecasters expect winds of up to ${r.int(60, 140)} km/h along the coast overnight.`,
];

function rng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
  return { int: (a, b) => a + Math.floor(next() * (b - a + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

/** Paragraphs (3-5 sentences each) totalling about `words` words. */
export function paragraphs(words: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const n = r.int(3, 5);
    const p: string[] = [];
    for (let i = 0; i < n; i++) p.push(r.pick(SENTENCES)(r));
    const text = p.join(' ');
    count += text.split(/\s+/).length;
    out.push(text);
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page records, in `window.__bench`: DOMContentLoaded time, long tasks (PerformanceObserver), and when
 * a `sourcemark-*` highlight first appeared (polled every task turn from DOMContentLoaded, for `pollMs`;
 * also a `sourcemark-drawn` performance mark, for the trace).
 * With `heartbeatMs`, a heartbeat (one MessageChannel message after another, from the first script in the head
 * until `heartbeatMs` after navigation) records every gap of 50 ms or more between two beats in `__bench.gaps`:
 * the main thread was busy elsewhere (a task, rendering, or several tasks in a row) for that long. It runs the same
 * with and without the extension and in every browser (Firefox has no 'longtask' entries; Chromium reports a
 * long task only when script of the page ran in it, so a task of style and layout alone is not reported).
 */
export function benchPage(words: number, seed: number, pollMs = 5000, heartbeatMs = 0): string {
  const body = paragraphs(words, seed).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">
<title>Storm recovery: day two | Bench Wire</title>
<script>
window.__bench = { dcl: 0, drawnAt: 0, longtasks: [], gaps: [], beats: 0, beatEnd: 0 };
new PerformanceObserver((list) => { for (const e of list.getEntries()) __bench.longtasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
if (${heartbeatMs} > 0) {
  const beat = new MessageChannel();
  let last = performance.now();
  beat.port1.onmessage = () => {
    const now = performance.now();
    if (now - last >= 50) __bench.gaps.push({ start: last, duration: now - last });
    last = now;
    __bench.beats++;
    if (now < ${heartbeatMs}) beat.port2.postMessage(0); else __bench.beatEnd = now;
  };
  beat.port2.postMessage(0);
}
document.addEventListener('DOMContentLoaded', () => {
  __bench.dcl = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (CSS.highlights.size > 0) { __bench.drawnAt = performance.now(); performance.mark('sourcemark-drawn'); return; }
    if (performance.now() - __bench.dcl < ${pollMs}) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
});
</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Storm recovery: day two</h1>
${body}
</article><footer>Bench Wire</footer></body></html>`;
}
