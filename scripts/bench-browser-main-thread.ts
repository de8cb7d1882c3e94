// The page's main thread with and without the extension, for `npm run bench:browser` (issue 14): a browser with
// the extension and one without, side by side, and the same 63,000-word article measured in alternating rounds
// (with, without, with, ...), so the machine's noise falls on both alike.
//   - long tasks: the page's own PerformanceObserver('longtask') entries until the highlights are drawn plus a
//     second (the same wait without the extension). Two windows: the whole load (the page's own parsing is in it,
//     with and without), and from DOMContentLoaded on (our content script runs at document_idle, after it: there
//     the page alone has next to nothing, so any long task is ours).
//   - DOM updates: the page's own 5,000 updates (text changes, elements in and out) timed in the page, one round
//     in each browser in turn.
import type { Browser, Page } from 'puppeteer-core';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type BenchWindow = Window & { __bench: { dcl: number; drawnAt: number; longtasks: Array<{ start: number; duration: number }> } };

interface LoadTasks { longest: number; over50: number; longestAfterDcl: number; over50AfterDcl: number; page: Page }

/** Loads the page and returns its longest task (ms) and how many exceeded 50 ms, over the load and after DOMContentLoaded. */
async function longestTaskOfLoad(browser: Browser, url: string, withExtension: boolean): Promise<LoadTasks> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.drawnAt > 0, { timeout: 30_000, polling: 50 });
  await new Promise((r) => setTimeout(r, 1000)); // late work (the report, a second draw) lands in the window too
  const { dcl, longtasks } = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  const all = longtasks.map((t) => t.duration);
  const late = longtasks.filter((t) => t.start >= dcl).map((t) => t.duration);
  return {
    longest: Math.max(0, ...all), over50: all.filter((d) => d > 50).length,
    longestAfterDcl: Math.max(0, ...late), over50AfterDcl: late.filter((d) => d > 50).length, page,
  };
}

/** The page's own DOM work: 5,000 updates in the article, timed synchronously in the page. */
export function domUpdateRound(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const ps = [...document.querySelectorAll('article p')];
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) {
      const p = ps[i % ps.length];
      if (i % 2 === 0) {
        const t = p.firstChild as Text;
        t.data = t.data.slice(0, -1) + (t.data.endsWith('.') ? '!' : '.');
      } else {
        const s = document.createElement('span');
        s.textContent = ' (updated)';
        p.append(s);
        s.remove();
      }
    }
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 500)); // our live update runs in between, as it would
    return ms;
  });
}

export interface MainThreadResult {
  longestWith: number; longestWithout: number; over50With: number; over50Without: number;
  lateLongestWith: number; lateLongestWithout: number; lateOver50With: number; lateOver50Without: number;
  domWith: number; domWithout: number; domRatio: number; loads: number; domRounds: number;
  /** The spread of the per-round ratios: first and third quartile. */
  domRatioQ1: number; domRatioQ3: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

export async function mainThread(withExt: Browser, without: Browser, url: string, loads: number, domRounds: number): Promise<MainThreadResult> {
  const longestWith: number[] = [];
  const longestWithout: number[] = [];
  let over50With = 0;
  let over50Without = 0;
  const late = { with: [] as number[], without: [] as number[], over50With: 0, over50Without: 0 };
  let pages: { on: Page; off: Page } | null = null;
  for (let i = 0; i < loads; i++) {
    const a = await longestTaskOfLoad(withExt, url, true);
    const b = await longestTaskOfLoad(without, url, false);
    longestWith.push(a.longest);
    longestWithout.push(b.longest);
    over50With += a.over50;
    over50Without += b.over50;
    late.with.push(a.longestAfterDcl);
    late.without.push(b.longestAfterDcl);
    late.over50With += a.over50AfterDcl;
    late.over50Without += b.over50AfterDcl;
    if (i === loads - 1) pages = { on: a.page, off: b.page };
    else await Promise.all([a.page.close(), b.page.close()]);
  }
  // DOM updates on the last loaded pages, alternating which browser goes first in each round.
  const ratios: number[] = [];
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < domRounds; i++) {
    const first = i % 2 === 0;
    const x = await domUpdateRound(first ? pages!.on : pages!.off);
    const y = await domUpdateRound(first ? pages!.off : pages!.on);
    const [withMs, withoutMs] = first ? [x, y] : [y, x];
    on.push(withMs);
    off.push(withoutMs);
    ratios.push(withMs / withoutMs);
  }
  await Promise.all([pages!.on.close(), pages!.off.close()]);
  return {
    longestWith: median(longestWith), longestWithout: median(longestWithout), over50With, over50Without,
    lateLongestWith: Math.max(...late.with), lateLongestWithout: Math.max(...late.without),
    lateOver50With: late.over50With, lateOver50Without: late.over50Without,
    domWith: median(on), domWithout: median(off), domRatio: median(ratios), loads, domRounds,
    domRatioQ1: quantile(ratios, 0.25), domRatioQ3: quantile(ratios, 0.75),
  };
}
