// `npm run bench:browser`: the built extension in real headless Chromium against the page-side budgets of
// ../shared/docs/performance.md, each beside a baseline measured in the same run (times here are noisy:
// read the ratios). Pages are synthetic (scripts/bench-browser-page.ts). Medians of several loads.
//   - injection → highlights, 1,000-word article: from the content script's EvaluateScript in a Chromium trace
//     to the page's `sourcemark-drawn` mark (set when a highlight first appears); baseline: a plain pass over
//     the page's text (TreeWalker + number regex, "the floor").
//   - 50,000-word page: the longest main-thread task between injection and highlights (trace: top-level tasks
//     and microtask checkpoints; the page's own rendering in that window counts too) and the total to
//     highlights; baseline: the longest task of the same page without the extension.
//   - growth: total on 50,000 words / total on 1,000 words (budget 60x for 50x the words).
//   - the page's own DOM updates (5,000 insert/remove pairs in the article) with highlights on vs. without the extension.
//   - click → card: caretPositionFromPoint in the page plus the offset map and claim index lookup (timed here,
//     on the same article and claims); and whether the card is in the DOM before the next frame.
//   - extra heap on the 50,000-word page (JSHeapUsedSize after GC, extension vs. none).
//   - gzip size of content.js.
// Issue 14 (hardening), with baselines of the same run (`--hardening` runs only these; `--browsers=chromium` or
// `--browsers=firefox` one browser, both by default; `--rounds=N` rounds of DOM updates):
//   - the 63,000-word page (bench-browser-main-thread.ts), in Chromium and Firefox: the page's heartbeat gaps (its
//     own tasks kept waiting 50 ms or more: a long task, or a run of tasks) and, in Chromium, the trace's long tasks,
//     with the extension against without; the page's own DOM updates with against without, in rounds that also
//     measure each suspect (our highlights out of the registry, an observer like ours alone, our update over).
//   - the churning tab (bench-browser-churn.ts), Chromium (Firefox too with BENCH_FIREFOX_CHURN=1): a small
//     article's time to claims, as the popup reads them, while a 3.8 MB article in another tab rewrites 1,200 text
//     nodes every 400 ms, against the small article alone (budget 1.5x + 300 ms), and the popup's read round trip
//     while the engine works.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../src/analysis/index';
import { extractArticle } from '../src/page/index';
import { textOffsetAt } from '../src/page/offsets';
import { ClaimIndex } from '../content-scripts/claim-index';
import { launchChromium, launchFirefox, DIST, type ExtensionBrowser } from '../test/e2e/browsers';
import { sendToContent } from '../test/e2e/inpage-helpers';
import { serveDirectory } from '../test/e2e/server';
import { benchPage } from './bench-browser-page';
import { churnPage, churnScenario } from './bench-browser-churn';
import { domUpdateRound, HEARTBEAT_MS, mainThread, type Spread, type TaskStats } from './bench-browser-main-thread';

const PAGES = path.resolve('artifacts', 'bench-pages');

interface Bench { dcl: number; drawnAt: number; longtasks: Array<{ start: number; duration: number }> }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function plainChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
}

interface TraceEvent { name: string; ts: number; dur?: number; tid: number; args?: { data?: { url?: string } } }

/** Main-thread events that are whole tasks (their durations are what blocks the page). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

interface Load { page: Page; bench: Bench; injectToDrawn: number; longest: number }

/** Loads a page under a trace and waits for our highlights (or, without the extension, for the page to settle). */
async function load(browser: Browser, url: string, withExtension: boolean): Promise<Load> {
  const page = await browser.newPage();
  await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.drawnAt > 0, { timeout: 30_000, polling: 50 });
  await new Promise((r) => setTimeout(r, withExtension ? 600 : 1500)); // the report and late tasks land in the trace
  const raw = await page.tracing.stop();
  const parsed = JSON.parse(Buffer.from(raw!).toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const bench = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
  const dcl = events.find((e) => e.name === 'MarkDOMContent');
  const inject = events.find((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith('/content.js'));
  const drawn = events.find((e) => e.name === 'sourcemark-drawn');
  const mainTid = (inject ?? dcl)!.tid;
  const from = (inject ?? dcl)!.ts;
  const to = drawn ? drawn.ts : from + 1_500_000;
  let longest = 0;
  // Every task that overlaps the window, the one that evaluates the content script included.
  for (const e of events) {
    if (e.tid === mainTid && TASKS.has(e.name) && e.ts + (e.dur ?? 0) >= from && e.ts <= to) longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  const injectToDrawn = inject && drawn ? (drawn.ts - inject.ts) / 1000 : NaN;
  return { page, bench, injectToDrawn, longest };
}

/** The floor: one walk over the article's text nodes with a number regex, in the page. */
function floorInPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Timers here have 0.1 ms resolution: time 20 passes and divide.
    let n = 0;
    const t0 = performance.now();
    for (let k = 0; k < 20; k++) {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) n += ((t as Text).data.match(/\d[\d,.]*/g) ?? []).length;
    }
    if (n === 0) throw new Error('no numbers in the bench page');
    return (performance.now() - t0) / 20;
  });
}

async function pageMutations(page: Page, rounds = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(await domUpdateRound(page));
  return median(times);
}

/** Highlights on and off in alternating rounds on one page (the order of the two would bias a run). */
async function mutationsOnOff(ext: ExtensionBrowser, page: Page, rounds = 9): Promise<{ on: number; off: number }> {
  const tabId = await ext.tabIdFor(page.url());
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < rounds; i++) {
    on.push(await domUpdateRound(page));
    await sendToContent(ext, page, tabId, { type: 'highlights/toggle', payload: {} });
    off.push(await domUpdateRound(page));
    await sendToContent(ext, page, tabId, { type: 'highlights/toggle', payload: {} });
  }
  return { on: median(on), off: median(off) };
}

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Click → card: the click's own timestamp to the card host in the DOM, and whether that was before the next frame. */
async function clickToCard(page: Page): Promise<{ ms: number; beforeNextFrame: boolean; caretUs: number }> {
  const target = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const m = /\d{1,3},\d{3}/.exec((t as Text).data);
      if (!m) continue;
      const r = document.createRange();
      r.setStart(t, m.index + 1);
      r.setEnd(t, m.index + 2);
      (t.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  if (!target) throw new Error('no figure to click');
  await page.evaluate(() => {
    const w = window as unknown as { __click: { clickAt: number; cardAt: number; frameAt: number } };
    w.__click = { clickAt: 0, cardAt: 0, frameAt: 0 };
    addEventListener('click', (e) => {
      w.__click.clickAt = e.timeStamp;
      requestAnimationFrame(() => { w.__click.frameAt = performance.now(); });
    }, { capture: true, once: true });
    new MutationObserver((records, obs) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'SOURCEMARK-CARD'))) { w.__click.cardAt = performance.now(); obs.disconnect(); }
    }).observe(document.documentElement, { childList: true });
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(() => (window as unknown as { __click: { cardAt: number; frameAt: number } }).__click.cardAt > 0
    && (window as unknown as { __click: { frameAt: number } }).__click.frameAt > 0, { timeout: 5000 });
  const c = await page.evaluate(() => (window as unknown as { __click: { clickAt: number; cardAt: number; frameAt: number } }).__click);
  const caretUs = await page.evaluate((x: number, y: number) => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) document.caretPositionFromPoint(x, y);
    return ((performance.now() - t0) / 2000) * 1000;
  }, target.x, target.y);
  return { ms: c.cardAt - c.clickAt, beforeNextFrame: c.cardAt <= c.frameAt, caretUs };
}

/** Our part of the hit test, on the same article: text offset of a DOM point, then the claim index lookup. */
function lookupUs(html: string): { us: number; claims: number } {
  const doc = new JSDOM(html, { url: 'https://bench.example/story', virtualConsole: new VirtualConsole() }).window.document;
  const extraction = extractArticle(doc);
  const claims = analyze(extraction.text, extraction.blocks);
  const index = new ClaimIndex(claims);
  const points = claims.slice(0, 200).map((c) => {
    const piece = extraction.blocks.flatMap((b) => b.pieces).find((p) => p.start <= c.start && p.end > c.start)!;
    return { node: piece.node, offset: piece.nodeStart + c.start - piece.start };
  });
  const rounds = 50;
  const t0 = performance.now();
  let found = 0;
  for (let k = 0; k < rounds; k++) {
    for (const p of points) {
      const offset = textOffsetAt(extraction, p.node, p.offset);
      if (offset !== null && index.at(offset)) found++;
    }
  }
  const us = ((performance.now() - t0) / (rounds * points.length)) * 1000;
  if (found === 0) throw new Error('lookup found no claims');
  return { us, claims: claims.length };
}

type Row = [measure: string, budget: string, measured: string, baseline: string, ratio: string, pass: boolean];

function printTable(rows: Row[]): void {
  const head = ['measure', 'budget', 'measured', 'baseline (same run)', 'ratio', 'result'];
  const cells = rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5] ? 'pass' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

async function plainFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    args: ['--width=1280', '--height=900'], defaultViewport: { width: 1280, height: 900 },
  });
}

const fmtSpread = (s: Spread, digits = 2, unit = 'x') => `${s.median.toFixed(digits)}${unit} (IQR ${s.q1.toFixed(digits)}–${s.q3.toFixed(digits)}, range ${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/** The 63,000-word page's main thread in one browser, with the extension against without (bench-browser-main-thread.ts). */
async function mainThreadRows(which: 'Chromium' | 'Firefox', origin: string, quick: boolean, rounds: number): Promise<Row[]> {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const rows: Row[] = [];
  const ext = which === 'Chromium' ? await launchChromium(DIST) : await launchFirefox(DIST);
  try {
    const plain = which === 'Chromium' ? await plainChromium() : await plainFirefox();
    try {
      const m = await mainThread(ext.browser, plain, `${origin}/words63k.html`, quick ? 3 : 5, rounds, which === 'Chromium');
      const med = (xs: TaskStats[], k: keyof TaskStats) => median(xs.map((x) => x[k]));
      const sum = (xs: TaskStats[], k: keyof TaskStats) => xs.reduce((a, x) => a + x[k], 0);
      console.log(`${which}: highlights drawn at ${list(m.drawnAt)} ms after navigation; heartbeat ${HEARTBEAT_MS} ms`);
      const g = (k: keyof TaskStats) => [m.gapsWith.map((x) => x[k]), m.gapsWithout.map((x) => x[k])];
      console.log(`${which}: longest heartbeat gap per load, with: ${list(g('longest')[0])}; without: ${list(g('longest')[1])}; after DCL with: ${list(g('longestAfterDcl')[0])}; without: ${list(g('longestAfterDcl')[1])}`);
      const lateWith = med(m.gapsWith, 'longestAfterDcl');
      const lateWithout = med(m.gapsWithout, 'longestAfterDcl');
      rows.push([`${which}: longest page-task gap, whole load (median of ${m.loads})`, '≤ page\'s own or 50 ms', ms(med(m.gapsWith, 'longest')), `no ext ${ms(med(m.gapsWithout, 'longest'))}`, '—', med(m.gapsWith, 'longest') <= Math.max(50, med(m.gapsWithout, 'longest'))]);
      rows.push([`${which}: longest page-task gap after DCL (median of ${m.loads})`, '≤ page\'s own or 50 ms', ms(lateWith), `no ext ${ms(lateWithout)}`, '—', lateWith <= Math.max(50, lateWithout)]);
      rows.push([`${which}: page-task gaps > 50 ms after DCL (${m.loads} loads)`, '—', String(sum(m.gapsWith, 'over50AfterDcl')), `no ext ${sum(m.gapsWithout, 'over50AfterDcl')}`, '—', true]);
      if (m.traceWith && m.traceWithout) {
        const t = (xs: TaskStats[], k: keyof TaskStats) => list(xs.map((x) => x[k]));
        console.log(`${which}: trace, longest task per load, with: ${t(m.traceWith, 'longest')}; without: ${t(m.traceWithout, 'longest')}; after DCL with: ${t(m.traceWith, 'longestAfterDcl')}; without: ${t(m.traceWithout, 'longestAfterDcl')}`);
        rows.push([`${which}: longest task (trace), whole load (median of ${m.loads})`, '≤ page\'s own or 50 ms', ms(med(m.traceWith, 'longest')), `no ext ${ms(med(m.traceWithout, 'longest'))}`, '—', med(m.traceWith, 'longest') <= Math.max(50, med(m.traceWithout, 'longest'))]);
        const tw = med(m.traceWith, 'longestAfterDcl');
        const two = med(m.traceWithout, 'longestAfterDcl');
        rows.push([`${which}: longest task (trace) after DCL (median of ${m.loads})`, '≤ page\'s own or 50 ms', ms(tw), `no ext ${ms(two)}`, '—', tw <= Math.max(50, two)]);
        if (m.traceOurs && m.traceOursCpu) {
          console.log(`${which}: trace, longest time our script held a task, per load: ${t(m.traceOurs, 'longest')}; in thread time: ${t(m.traceOursCpu, 'longest')}`);
          const longest = (xs: TaskStats[]) => Math.max(...xs.map((x) => x.longest));
          rows.push([`${which}: longest run of our script in a task (trace, ${m.loads} loads)`, '≤ 50 ms', ms(longest(m.traceOurs)), '—', '—', longest(m.traceOurs) <= 50]);
          rows.push([`${which}:   the same in thread (CPU) time`, '≤ 50 ms', ms(longest(m.traceOursCpu)), '—', '—', longest(m.traceOursCpu) <= 50]);
        }
        rows.push([`${which}: tasks > 50 ms (trace) after DCL (${m.loads} loads)`, '≤ page\'s own', String(sum(m.traceWith, 'over50AfterDcl')), `no ext ${sum(m.traceWithout, 'over50AfterDcl')}`, '—', sum(m.traceWith, 'over50AfterDcl') <= sum(m.traceWithout, 'over50AfterDcl')]);
      }
      rows.push([`${which}: page DOM updates, 63k, x${m.domRounds} rounds`, '≤ 1.5x', ms(m.domWith.median), `no ext ${ms(m.domWithout.median)}`, fmtSpread(m.domRatio), m.domRatio.median <= 1.5]);
      if (m.domCpuRatio && m.domCpuWith && m.domCpuWithout && m.observerCpuRatio) {
        rows.push([`${which}: page DOM updates, main-thread CPU time`, '≤ 1.5x', ms(m.domCpuWith.median), `no ext ${ms(m.domCpuWithout.median)}`, fmtSpread(m.domCpuRatio), m.domCpuRatio.median <= 1.5]);
        rows.push([`${which}:   suspect: an observer like ours, CPU time`, '—', '—', 'no ext', fmtSpread(m.observerCpuRatio), true]);
      }
      rows.push([`${which}:   suspect: our highlights out of the registry`, '—', '—', 'no ext', fmtSpread(m.noHighlightsRatio), true]);
      rows.push([`${which}:   suspect: an observer like ours, no ext`, '—', '—', 'no ext', fmtSpread(m.observerRatio), true]);
      rows.push([`${which}:   suspect: our update overlapping (2.5 s apart)`, '—', '—', 'no ext', fmtSpread(m.settledRatio), true]);
    } finally {
      await plain.close();
    }
    if (which === 'Firefox' && process.env.BENCH_FIREFOX_CHURN !== '1') return rows;
    const c = await churnScenario(ext, origin, quick ? 2 : 4);
    const budget = 1.5 * c.alone + 300;
    console.log(`${which} churning tab: ${c.churnRounds} rewrites of 1,200 text nodes seen; its visibility behind the small article: ${c.churnVisibility}`);
    rows.push([`${which}: small article → claims, churning tab open`, '≤ 1.5x + 300 ms', ms(c.withChurn), `alone ${ms(c.alone)}`, `${(c.withChurn / c.alone).toFixed(2)}x`, c.withChurn <= budget]);
    rows.push([`${which}: popup read (results/get) while engine busy`, '—', `${ms(c.rttBusy)} (max ${ms(c.rttBusyMax)})`, `idle ${ms(c.rttIdle)}`, `${(c.rttBusy / c.rttIdle).toFixed(2)}x`, true]);
  } finally {
    await ext.close();
  }
  return rows;
}

/** Issue 14's measures: the churning tab, and the 63,000-word page's main thread with and without the extension. */
async function hardeningRows(origin: string, quick: boolean, browsers: string[], rounds = quick ? 7 : 15): Promise<Row[]> {
  const rows: Row[] = [];
  if (browsers.includes('chromium')) rows.push(...await mainThreadRows('Chromium', origin, quick, rounds));
  if (browsers.includes('firefox')) rows.push(...await mainThreadRows('Firefox', origin, quick, rounds));
  return rows;
}

export async function main(argv: string[]): Promise<number> {
  const runs = argv.includes('--quick') ? 3 : 5;
  // --browsers=chromium,firefox (the default) limits issue 14's measures to one of them.
  const browsers = (argv.find((a) => a.startsWith('--browsers='))?.slice(11) ?? 'chromium,firefox').split(',');
  // --rounds=N: rounds of the page's DOM updates (15, or 7 with --quick); a round's ratio is noisy, more rounds steady the median.
  const roundsArg = Number(argv.find((a) => a.startsWith('--rounds='))?.slice(9));
  const domRounds = Number.isInteger(roundsArg) && roundsArg > 0 ? roundsArg : undefined;
  await mkdir(PAGES, { recursive: true });
  const small = benchPage(1000, 11);
  const large = benchPage(50000, 12);
  await writeFile(path.join(PAGES, 'small.html'), small);
  await writeFile(path.join(PAGES, 'large.html'), large);
  await writeFile(path.join(PAGES, 'words63k.html'), benchPage(63000, 13, 5000, HEARTBEAT_MS));
  await writeFile(path.join(PAGES, 'churn.html'), churnPage());
  const server = await serveDirectory(PAGES);
  const rows: Row[] = [];
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  try {
    if (argv.includes('--hardening')) {
      rows.push(...await hardeningRows(server.origin, argv.includes('--quick'), browsers, domRounds));
      console.log(`headless ${browsers.join(' and ')}; issue 14 measures only`);
      printTable(rows);
      return rows.every((r) => r[5]) ? 0 : 1;
    }
    // Without the extension: the page's own long tasks, DOM updates and heap.
    const plain = await plainChromium();
    let plainLongest: number[] = [];
    let plainMutations = 0;
    let plainHeap = 0;
    try {
      for (let i = 0; i < runs; i++) {
        const { page, longest } = await load(plain, `${server.origin}/large.html`, false);
        plainLongest.push(longest);
        if (i === 0) { plainHeap = await heapAfterGc(page); plainMutations = await pageMutations(page); }
        await page.close();
      }
    } finally {
      await plain.close();
    }

    let claimsOnSmall = 0;
    const ext = await launchChromium(DIST);
    try {
      const smallTotals: number[] = [];
      let floorSmall = 0;
      let click = { ms: 0, beforeNextFrame: false, caretUs: 0 };
      for (let i = 0; i < runs; i++) {
        const { page, injectToDrawn } = await load(ext.browser, `${server.origin}/small.html`, true);
        smallTotals.push(injectToDrawn);
        if (i === 0) { floorSmall = await floorInPage(page); click = await clickToCard(page); }
        await page.close();
      }
      const largeTotals: number[] = [];
      const largeLongest: number[] = [];
      let floorLarge = 0;
      let extMutations = 0;
      let offMutations = 0;
      let extHeap = 0;
      for (let i = 0; i < runs; i++) {
        const { page, injectToDrawn, longest } = await load(ext.browser, `${server.origin}/large.html`, true);
        largeTotals.push(injectToDrawn);
        largeLongest.push(longest);
        if (i === 0) {
          floorLarge = await floorInPage(page);
          extHeap = await heapAfterGc(page);
          // The same page with our highlights switched off (observer still running): what the highlights cost.
          ({ on: extMutations, off: offMutations } = await mutationsOnOff(ext, page));
        }
        await page.close();
      }
      const small1k = median(smallTotals);
      const large50k = median(largeTotals);
      const longest = median(largeLongest);
      plainLongest = [median(plainLongest)];
      const lookup = lookupUs(small);
      claimsOnSmall = lookup.claims;
      const hitUs = click.caretUs + lookup.us;
      const gzip = gzipSync(await readFile(path.join(DIST, 'chrome', 'content.js'))).length;

      rows.push(['injection → highlights, 1k words', '≤ 50 ms', ms(small1k), `floor ${floorSmall.toFixed(2)} ms`, `${(small1k / Math.max(floorSmall, 0.01)).toFixed(0)}x`, small1k <= 50]);
      rows.push(['longest task, 50k words', '≤ 50 ms', ms(longest), `no ext ${ms(plainLongest[0])}`, `${(longest / plainLongest[0]).toFixed(2)}x`, longest <= 50]);
      rows.push(['total to highlights, 50k words', '≤ 150 ms', ms(large50k), `floor ${floorLarge.toFixed(2)} ms`, `${(large50k / Math.max(floorLarge, 0.01)).toFixed(0)}x`, large50k <= 150]);
      rows.push(['growth 1k → 50k words', '≤ 60x', `${(large50k / small1k).toFixed(1)}x`, '50x the words', '—', large50k / small1k <= 60]);
      rows.push(['page DOM updates: highlights on/off', '≤ 1.5x', ms(extMutations), `off ${ms(offMutations)}`, `${(extMutations / offMutations).toFixed(2)}x`, extMutations / offMutations <= 1.5]);
      rows.push(['page DOM updates: extension/none', '≤ 1.5x', ms(extMutations), `no ext ${ms(plainMutations)}`, `${(extMutations / plainMutations).toFixed(2)}x`, extMutations / plainMutations <= 1.5]);
      rows.push(['hit test (caret + offset + index)', '≤ 0.1 ms', `${hitUs.toFixed(1)} µs`, `caret ${click.caretUs.toFixed(1)} µs`, `${(hitUs / click.caretUs).toFixed(2)}x`, hitUs <= 100]);
      rows.push(['click → card in DOM', 'next frame', ms(click.ms), click.beforeNextFrame ? 'before next frame' : 'AFTER next frame', '—', click.beforeNextFrame]);
      rows.push(['extra heap, 50k words', '≤ 10 MB', `${((extHeap - plainHeap) / 1e6).toFixed(1)} MB`, `no ext ${(plainHeap / 1e6).toFixed(1)} MB`, `${(extHeap / plainHeap).toFixed(2)}x`, extHeap - plainHeap <= 10e6]);
      rows.push(['content.js gzip', '≤ 40 KB', `${(gzip / 1024).toFixed(1)} KB`, '—', '—', gzip <= 40 * 1024]);
    } finally {
      await ext.close();
    }
    rows.push(...await hardeningRows(server.origin, argv.includes('--quick'), browsers, domRounds));
    console.log(`Chromium headless, medians of ${runs} loads; 1k page ${claimsOnSmall} claims; pages in ${path.relative(process.cwd(), PAGES)}/`);
    printTable(rows);
  } finally {
    await server.close();
  }
  return rows.every((r) => r[5]) ? 0 : 1;
}
