// Per-language rows for `npm run bench`: the engine on the written sentences of each language
// (test/fixtures/languages/<lang>/dev.txt, repeated to about 1,000 words, six sentences a paragraph like the English
// bench article), in ms per 1,000 words
// and as a ratio to the English engine time per 1,000 words measured in the same run (the budget per 1,000 words
// holds in every language when the ratio stays near 1).
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { LANGUAGES, readSentences } from './eval/language-sentences';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function languageText(lang: string, target = 1000): string {
  const lines = readSentences(lang, 'dev').map((s) => s.text);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) { const l = lines[i % lines.length]; out.push(l); n += words(l); }
  const paragraphs: string[] = [];
  for (let i = 0; i < out.length; i += 6) paragraphs.push(out.slice(i, i + 6).join(' '));
  return paragraphs.join('\n');
}

/** Median CPU ms of `runs` batches of about 50 ms each. */
function perCall(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 50) { fn(); n++; }
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000 / n);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export function languageRows(englishText: string, quick: boolean): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const en = blocksFromPlainText(englishText);
  const runEn = () => analyze(englishText, en);
  for (const lang of LANGUAGES) {
    const text = languageText(lang);
    const blocks = blocksFromPlainText(text);
    const run = () => analyze(text, blocks, { lang });
    for (let i = 0; i < 5; i++) { run(); runEn(); }
    // English and the language in turns, so both see the same load.
    const ms: number[] = [];
    const msEn: number[] = [];
    for (let r = 0; r < (quick ? 3 : 7); r++) { ms.push(perCall(run, 1)); msEn.push(perCall(runEn, 1)); }
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const per1k = (med(ms) / words(text)) * 1000;
    const per1kEn = (med(msEn) / words(englishText)) * 1000;
    rows.push([`engine, ${lang} sentences`, `${per1k.toFixed(3)} ms per 1,000 words (${(per1k / per1kEn).toFixed(2)}x English in turns)`]);
  }
  return rows;
}
