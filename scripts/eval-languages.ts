// Recall, precision and right source of the engine on the written sentences per language
// (test/fixtures/languages). Usage: node scripts/run-ts.mjs scripts/eval-languages.ts [dev|heldout|styles-dev|styles-heldout] [lang ...] [--details] [--figures]
import { analyze } from '../src/analysis/index';
import { LANGUAGES, PARTS, readSentences, scoreSentence, type Part, type Score } from './eval/language-sentences';

export function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const part = (args.find((a) => (PARTS as readonly string[]).includes(a)) ?? 'dev') as Part;
  const langs = args.filter((a) => (LANGUAGES as readonly string[]).includes(a));
  const pct = (a: number, b: number) => `${a}/${b} ${b ? ((100 * a) / b).toFixed(1) : '-'}%`.padEnd(16);
  console.log(`${part}: recall = expected claims found (same form; figures by value); precision = found claims that are expected; right source = of those found`);
  for (const lang of langs.length ? langs : LANGUAGES) {
    const sentences = readSentences(lang, part);
    const score: Score = { expected: 0, found: 0, matched: 0, rightSource: 0, details: [], figures: { expected: 0, found: 0, matched: 0 } };
    for (const s of sentences) scoreSentence(s, analyze(s.text, undefined, { lang }), score);
    console.log(`${lang} ${String(sentences.length).padStart(4)} sentences  recall ${pct(score.matched, score.expected)} precision ${pct(score.matched, score.found)} right source ${pct(score.rightSource, score.matched)}`);
    const f = score.figures!;
    if (argv.includes('--figures')) console.log(`   figures alone: recall ${pct(f.matched, f.expected)} precision ${pct(f.matched, f.found)}`);
    if (argv.includes('--details')) for (const d of score.details) console.log(`   ${d}`);
  }
  return 0;
}
