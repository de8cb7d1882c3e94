// The churning-tab scenario of issue 14, for `npm run bench:browser`: one tab holds a 3.8 MB article that rewrites
// 1,200 of its text nodes every 400 ms; in another tab a small article is opened and we time how long until its
// claims can be read as the popup reads them (`results/get` returning the claims, asked every 20 ms from an
// extension page), against the same small article with no churning tab, in the same browser and run. Rounds
// alternate: alone, with the churning tab, alone, ... And the round trip of one `results/get` while the engine
// works on the big page, against the same round trip with the engine idle.
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../test/e2e/browsers';
import { benchPage } from './bench-browser-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** About 3.8 MB of article, rewriting 1,200 text nodes every 400 ms (a number in each, as a live ticker would). */
export function churnPage(): string {
  const page = benchPage(620_000, 31, 0);
  const script = `<script>
addEventListener('load', () => {
  const texts = [...document.querySelectorAll('article p')].map((p) => p.firstChild);
  let round = 0;
  window.__churn = { rounds: 0 };
  setInterval(() => {
    round++;
    for (let i = 0; i < 1200; i++) {
      const t = texts[(round * 1200 + i) % texts.length];
      t.data = t.data.replace(/\\d+/, (n) => String((Number(n) + 1) % 1000));
    }
    window.__churn.rounds = round;
  }, 400);
});
</script>`;
  return page.replace('</head>', `${script}</head>`);
}

interface Messenger { page: Page; ask(tabId: number): Promise<{ ms: number; claims: number }> }

/** An extension page that asks the background for a tab's results, as the popup does, and times the answer. */
async function messenger(ext: ExtensionBrowser): Promise<Messenger> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  return {
    page,
    ask: (tabId) => page.evaluate(async (id: number) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { results: { claims: unknown[] } | null } }> } } }).chrome;
      const t0 = performance.now();
      const reply = await api.runtime.sendMessage({ type: 'results/get', payload: { tabId: id } });
      return { ms: performance.now() - t0, claims: reply?.ok ? reply.value?.results?.claims.length ?? -1 : -1 };
    }, tabId),
  };
}

/** Opens the small article in a new (active) tab; ms from the navigation's start until results/get gives its claims. */
async function timeToClaims(ext: ExtensionBrowser, probe: Messenger, url: string): Promise<{ ms: number; page: Page }> {
  const page = await ext.browser.newPage();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await ext.tabIdFor(url);
  for (;;) {
    const { claims } = await probe.ask(tabId);
    if (claims > 0) return { ms: Date.now() - t0, page };
    if (Date.now() - t0 > 60_000) throw new Error('the small article never got its claims');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface ChurnResult { alone: number; withChurn: number; rttIdle: number; rttBusy: number; rttBusyMax: number; churnRounds: number; churnVisibility: string }

export async function churnScenario(ext: ExtensionBrowser, origin: string, rounds: number): Promise<ChurnResult> {
  const probe = await messenger(ext);
  const smallUrl = (i: number) => `${origin}/small.html?round=${i}`;
  const alone: number[] = [];
  const withChurn: number[] = [];
  const rttIdle: number[] = [];
  const rttBusy: number[] = [];
  let churnRounds = 0;
  let churnVisibility = '';
  try {
    for (let i = 0; i < rounds; i++) {
      // Alone: no other tab at work.
      const a = await timeToClaims(ext, probe, smallUrl(2 * i));
      alone.push(a.ms);
      for (let k = 0; k < 5; k++) rttIdle.push((await probe.ask(-1)).ms);
      await a.page.close();

      // With the churning tab open behind it (loaded first, and given time to start rewriting and being read).
      const churn = await ext.browser.newPage();
      await churn.goto(`${origin}/churn.html`, { waitUntil: 'load' });
      await churn.waitForFunction(() => ((window as unknown as { __churn?: { rounds: number } }).__churn?.rounds ?? 0) >= 3, { timeout: 30_000, polling: 100 });
      const b = await timeToClaims(ext, probe, smallUrl(2 * i + 1));
      withChurn.push(b.ms);
      churnVisibility = await churn.evaluate(() => document.visibilityState);
      await b.page.close();
      await churn.bringToFront(); // the churning tab visible now: the engine works on it
      await new Promise((r) => setTimeout(r, 300));
      for (let k = 0; k < 5; k++) rttBusy.push((await probe.ask(-1)).ms);
      churnRounds = Math.max(churnRounds, await churn.evaluate(() => (window as unknown as { __churn: { rounds: number } }).__churn.rounds));
      await churn.close();
    }
  } finally {
    await probe.page.close();
  }
  return { alone: median(alone), withChurn: median(withChurn), rttIdle: median(rttIdle), rttBusy: median(rttBusy), rttBusyMax: Math.max(...rttBusy), churnRounds, churnVisibility };
}
