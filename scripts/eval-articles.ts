// The engine on the written news article of each language (test/fixtures/languages/<lang>/article.html):
// expected claims found, right (form, source, figure value), dates read as figures.
// Usage: node scripts/run-ts.mjs scripts/eval-articles.ts [lang ...] [--details] [--figures]
import { LANGUAGES } from './eval/language-sentences';
import { articleScore } from './eval/language-articles';

export async function main(argv: string[]): Promise<number> {
  const langs = argv.filter((a) => (LANGUAGES as readonly string[]).includes(a));
  const pct = (a: number, b: number) => `${a}/${b} ${b ? ((100 * a) / b).toFixed(1) : '-'}%`.padEnd(14);
  for (const lang of langs.length ? langs : LANGUAGES) {
    const s = await articleScore(lang);
    console.log(`${lang} ${s.words} words, read as ${s.language.code} (${s.language.support})  found ${pct(s.found, s.expected)} right ${pct(s.right, s.expected)} dates as figures ${s.datesAsFigures.length}`);
    if (argv.includes('--figures')) for (const f of s.figures) console.log(`   figure ${f}`);
    if (argv.includes('--details')) for (const d of [...s.details, ...s.datesAsFigures.map((d) => `DATE ${d}`)]) console.log(`   ${d}`);
  }
  return 0;
}
