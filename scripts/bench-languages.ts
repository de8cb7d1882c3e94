// Per-language rows for `npm run bench`: the engine on the written news article of each language
// (test/fixtures/languages/<lang>/article.html, its extracted paragraphs repeated to about 1,000 words), in ms per
// 1,000 words against the budget of 1.5 ms, and as ratios to the floor (number regex + Segmenter per block) and to
// the English engine on the English seed article (test/fixtures/seed-article.txt, as dense in claims as these
// articles: the synthetic bench text has a quarter of their claims per word), all measured in the same run, in turns
// (so all see the same load), each warmed on its own text first (bench-timing.ts): a handful of calls left V8's
// optimising compiler behind and the rows measured the JIT, not the engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { ROOT } from './eval/paths';
import { LANGUAGES } from './eval/language-sentences';
import { readArticle } from './eval/language-articles';
import { interleaved } from './bench-timing';

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

export async function languageRows(quick: boolean, floor: (text: string) => number): Promise<Array<[string, string]>> {
  const rounds = quick ? 5 : 9;
  // V8 optimises a large function on a background thread: on a loaded machine that takes over a second of running.
  const warmMs = quick ? 500 : 1500;
  const rows: Array<[string, string]> = [[
    'engine per language, how measured',
    `warm: each article run for ${warmMs} ms first (then it, the floor on it and the English article 300 ms each), then ${rounds} batches of about 50 ms each in turns; median of the batches' CPU ms per call`,
  ]];
  const englishText = await languageText('en');
  const en = blocksFromPlainText(englishText);
  const runEn = () => analyze(englishText, en);
  for (const lang of ['en', ...LANGUAGES]) {
    const text = await languageText(lang);
    const blocks = blocksFromPlainText(text);
    const run = () => analyze(text, blocks, { lang });
    const runFloor = () => floor(text);
    const until = performance.now() + warmMs;
    while (performance.now() < until) run();
    const [ms, msFloor, msEn] = interleaved([run, runFloor, runEn], rounds);
    const per1k = (ms / words(text)) * 1000;
    const per1kFloor = (msFloor / words(text)) * 1000;
    const per1kEn = (msEn / words(englishText)) * 1000;
    const verdict = per1k <= LANGUAGE_BUDGET_MS ? 'within' : 'OVER';
    rows.push([
      `engine, ${lang} article (${words(text)} words, ${analyze(text, blocks, { lang }).length} claims)`,
      `${per1k.toFixed(3)} ms per 1,000 words (budget ${LANGUAGE_BUDGET_MS} ms: ${verdict}); ${(per1k / per1kFloor).toFixed(1)}x the floor (${per1kFloor.toFixed(3)} ms)${lang === 'en' ? '' : `, ${(per1k / per1kEn).toFixed(2)}x the English article`}, same run`,
    ]);
  }
  return rows;
}
