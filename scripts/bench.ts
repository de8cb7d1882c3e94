// `npm run bench`: the engine's speed against baselines measured in the same run, on the same
// synthetic news text (sentences written for this bench, no third-party text):
//   - the floor: one number regex plus Intl.Segmenter per block;
//   - compromise's parse (a dev dependency, for comparison only);
//   - growth from 1,000 to 50,000 words (budget: at most 60x for 50x the words);
//   - the engine on the news article of en, de, fr, es, uk, ru (scripts/bench-languages.ts): ms per 1,000 words
//     against the 1.5 ms budget with its spread, all the articles measured in rounds over 30 s (8 s with --quick),
//     against English in the same rounds, and against the floor;
//   - the reading ledger (scripts/bench-ledger.ts): lookups with 100,000 claims stored, and the stored size.
// Budgets: docs in ../shared/docs/performance.md (engine at most 15x the floor, at least 20x faster
// than compromise, linear). Times are process CPU time, medians of batches taken in turns (see
// interleaved() in bench-timing.ts); they are still noisy on shared machines: read the ratios.
import nlp from 'compromise';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { benchArticle } from './bench-text';
import { ledgerBench } from './bench-ledger';
import { languageRows } from './bench-languages';
import { interleaved } from './bench-timing';

const FLOOR_NUMBER = /\d[\d,.]*/g;
let floorSegmenter: Intl.Segmenter | null = null;
function floorPass(text: string): number {
  floorSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let n = 0;
  for (const b of blocksFromPlainText(text)) {
    const block = text.slice(b.start, b.end);
    for (const _s of floorSegmenter.segment(block)) n++;
    FLOOR_NUMBER.lastIndex = 0;
    while (FLOOR_NUMBER.exec(block)) n++;
  }
  return n;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

export async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const runs = quick ? 5 : 15;
  const small = benchArticle(1000, 1);
  const large = benchArticle(50000, 2);
  const ws = words(small);
  const wl = words(large);
  // A long first warm-up: on a busy machine V8's optimising compiler runs late, and the first contender
  // measured would pay for it.
  const warmUntil = performance.now() + (quick ? 1000 : 2500);
  while (performance.now() < warmUntil) { analyze(small); floorPass(small); analyze(large.slice(0, 60000)); }
  const [engineSmall, floorSmall] = interleaved([() => analyze(small), () => floorPass(small)], runs);
  const [compromiseSmall, engineSmall2] = interleaved([() => nlp(small), () => analyze(small)], quick ? 3 : 5);
  const [engineLarge, floorLarge] = interleaved([() => analyze(large), () => floorPass(large)], quick ? 3 : 5);
  const per1k = (ms: number, w: number) => (ms / w) * 1000;
  const claims = analyze(small).length;
  const rows: Array<[string, string]> = [
    ['text', `${ws} words (${claims} claims) and ${wl} words, synthetic news sentences`],
    ['engine, warm', `${per1k(engineSmall, ws).toFixed(3)} ms per 1,000 words`],
    ['floor (number regex + Segmenter per block)', `${per1k(floorSmall, ws).toFixed(3)} ms per 1,000 words`],
    ['compromise parse', `${per1k(compromiseSmall, ws).toFixed(3)} ms per 1,000 words`],
    ['engine / floor', `${(engineSmall / floorSmall).toFixed(1)}x (budget at most 15x)`],
    ['compromise / engine', `${(compromiseSmall / engineSmall2).toFixed(1)}x faster (budget at least 20x)`],
    ['engine 50k words', `${engineLarge.toFixed(1)} ms (${per1k(engineLarge, wl).toFixed(3)} ms per 1,000 words)`],
    ['floor 50k words', `${floorLarge.toFixed(1)} ms (engine / floor ${(engineLarge / floorLarge).toFixed(1)}x)`],
    ['growth 1k -> 50k words', `${(engineLarge / engineSmall).toFixed(1)}x for ${(wl / ws).toFixed(1)}x the words (budget at most 60x)`],
  ];
  rows.push(...await languageRows(quick, floorPass));
  if (!quick) {
    // Extremes, one run each: a 1 MB paragraph (no block breaks) and a block of 100,000 numbers.
    const paragraph = benchArticle(180000, 3).replace(/\n/g, ' ');
    const numbers = Array.from({ length: 100000 }, (_, i) => String((i * 7919) % 100000)).join(' ');
    const once = (fn: () => void) => { const c0 = process.cpuUsage(); fn(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
    const tp = once(() => analyze(paragraph));
    const tn = once(() => analyze(numbers));
    rows.push(['1 MB paragraph', `${tp.toFixed(0)} ms (${per1k(tp, words(paragraph)).toFixed(3)} ms per 1,000 words; ${(paragraph.length / 1e6).toFixed(2)} MB)`]);
    rows.push(['100,000 numbers in one block', `${tn.toFixed(0)} ms`]);
  }
  if (!argv.includes('--no-ledger')) rows.push(...await ledgerBench(quick));
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  return 0;
}
