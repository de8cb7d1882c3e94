// Per-language rows for `npm run bench`: the engine on the written news article of each language
// (test/fixtures/languages/<lang>/article.html, its extracted paragraphs repeated to about 1,000 words; English: the
// seed article, test/fixtures/seed-article.txt, as dense in claims), in CPU ms per 1,000 words against the budget of
// 1.5 ms, with the spread of the figure, and as ratios to the floor (number regex + Segmenter per block) and to English.
//
// How (rounds()): every article is warmed on its own first (a handful of calls leaves V8's optimising compiler behind,
// and the rows measured the JIT), then all in turns, untimed; then all of them run in rounds for a fixed time: in each round every article (in an
// order that turns round by round) runs one batch of about 20 ms, timed by the process's CPU time. So every language
// is measured over the whole run, beside the others, and a change of load during the run reaches all of them alike.
// The figure is the median over the rounds of the batch's mean per call (GC included); the spread is the middle half
// of the rounds. The floors run after, in rounds of their own: run in the same rounds, their batches made the
// engine's read 20-50% higher. Measured one language after another, with 9 batches each, the rows moved by up to
// 1.8x between two runs a minute apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { ROOT } from './eval/paths';
import { LANGUAGES } from './eval/language-sentences';
import { readArticle } from './eval/language-articles';
import { median } from './bench-timing';

/** The budget per 1,000 words in every language (issue 11). */
export const LANGUAGE_BUDGET_MS = 1.5;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

async function languageText(lang: string, target = 1000): Promise<string> {
  const text = lang === 'en' ? readFileSync(path.join(ROOT, 'test/fixtures/seed-article.txt'), 'utf8') : (await readArticle(lang)).text;
  const paragraphs = text.split('\n').filter((p) => p.trim());
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) { const p = paragraphs[i % paragraphs.length]; out.push(p); n += words(p); }
  return out.join('\n');
}

/** The value at share q (0..1) of the sorted values. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
}

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** Calls of fn in about `ms` of CPU time (at least one), from a short trial. */
function callsFor(fn: () => void, ms: number): number {
  const c0 = cpuMs();
  let calls = 0;
  do { fn(); calls++; } while (cpuMs() - c0 < 50);
  return Math.max(1, Math.round((calls * ms) / (cpuMs() - c0)));
}

export interface Contender { name: string; fn: () => void; batchMs: number; warmMs: number }

/**
 * CPU ms per call of each contender, per round: each is warmed for its `warmMs`, then all run in rounds until `seconds`
 * have passed (wall clock), each round a batch of about `batchMs` per contender, the order turned by one each round.
 */
export function rounds(contenders: Contender[], seconds: number): number[][] {
  for (const c of contenders) {
    const until = performance.now() + c.warmMs;
    while (performance.now() < until) c.fn();
  }
  const calls = contenders.map((c) => callsFor(c.fn, c.batchMs));
  const times = contenders.map(() => [] as number[]);
  const until = performance.now() + seconds * 1000;
  for (let r = 0; performance.now() < until; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      const c0 = cpuMs();
      for (let j = 0; j < calls[i]; j++) contenders[i].fn();
      times[i].push((cpuMs() - c0) / calls[i]);
    }
  }
  return times;
}

export async function languageRows(quick: boolean, floor: (text: string) => number): Promise<Array<[string, string]>> {
  const seconds = quick ? 8 : 30;
  // V8 optimises a large function on a background thread: on a loaded machine that takes over a second of running.
  const warmMs = quick ? 400 : 1000;
  const langs = ['en', ...LANGUAGES];
  const texts = await Promise.all(langs.map((lang) => languageText(lang)));
  const engines: Contender[] = langs.map((lang, i) => {
    const blocks = blocksFromPlainText(texts[i]);
    const options = lang === 'en' ? {} : { lang };
    return { name: lang, fn: () => analyze(texts[i], blocks, options), batchMs: 20, warmMs };
  });
  const floors: Contender[] = langs.map((lang, i) => ({ name: `${lang} floor`, fn: () => floor(texts[i]), batchMs: 5, warmMs: 200 }));
  // Warm: each article alone, then all in turns, untimed (the JIT has seen every language before any is timed: the first
  // article warmed alone read up to 1.4x higher in the first run of a process than in the next).
  rounds(engines, quick ? 1 : 4);
  const engineTimes = rounds(engines.map((c) => ({ ...c, warmMs: 0 })), seconds);
  const floorTimes = rounds(floors, quick ? 2 : 5);
  const n = engineTimes[0].length;
  const rows: Array<[string, string]> = [[
    'engine per language, how measured',
    `each article warmed ${warmMs} ms, then ${n} rounds in ${seconds} s, every article (order turning) a batch of ~20 ms; median over the rounds of CPU ms `
      + 'per call (GC included), the middle half of the rounds in brackets; ratio to English: median of the same rounds\' ratios; the floors in rounds of their own after',
  ]];
  const per1k = (ms: number[], w: number) => ms.map((x) => (x / w) * 1000);
  const en = per1k(engineTimes[0], words(texts[0]));
  langs.forEach((lang, i) => {
    const w = words(texts[i]);
    const engine = per1k(engineTimes[i], w);
    const floorFigure = median(per1k(floorTimes[i], w));
    const figure = median(engine);
    const verdict = figure <= LANGUAGE_BUDGET_MS ? 'within' : 'OVER';
    const toEnglish = median(engine.map((x, r) => x / en[r]));
    const claims = analyze(texts[i], blocksFromPlainText(texts[i]), lang === 'en' ? {} : { lang }).length;
    rows.push([
      `engine, ${lang} article (${w} words, ${claims} claims)`,
      `${figure.toFixed(3)} ms per 1,000 words [${quantile(engine, 0.25).toFixed(3)}-${quantile(engine, 0.75).toFixed(3)}] (budget ${LANGUAGE_BUDGET_MS} ms: ${verdict}); `
        + `${(figure / floorFigure).toFixed(1)}x the floor (${floorFigure.toFixed(3)} ms)${lang === 'en' ? '' : `, ${toEnglish.toFixed(2)}x the English article`}`,
    ]);
  });
  return rows;
}
