// Precision and recall of the figures over a file of written sentences (test/fixtures/figure-sentences):
// a figure found with the exact expected text is right, any other found figure is wrong, an expected
// text not found is a miss. Usage: node scripts/run-ts.mjs scripts/eval-figure-sentences.ts [dev|heldout] [--details]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findQuantities } from '../src/analysis/numbers';
import { ROOT } from './eval/paths';

const DIR = path.join(ROOT, 'test/fixtures/figure-sentences');

export function main(argv: string[]): number {
  const name = argv.find((a) => !a.startsWith('--')) ?? 'dev';
  if (name !== 'dev' && name !== 'heldout') {
    console.error('usage: eval-figure-sentences.ts [dev|heldout] [--details]');
    return 2;
  }
  const cases = JSON.parse(readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Array<[string, string[]]>;
  let right = 0; let found = 0; let expected = 0;
  for (const [sentence, want] of cases) {
    const got = findQuantities(sentence).map((q) => q.text);
    const left = [...want];
    for (const g of got) {
      const i = left.indexOf(g);
      if (i >= 0) { right++; left.splice(i, 1); } else if (argv.includes('--details')) console.log(`  WRONG ${g}  in: ${sentence}`);
    }
    if (argv.includes('--details')) for (const m of left) console.log(`  MISS ${m}  in: ${sentence}`);
    found += got.length;
    expected += want.length;
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  console.log(`${name}: ${cases.length} sentences, precision ${right}/${found} ${pct(right, found)}, recall ${right}/${expected} ${pct(right, expected)}`);
  return 0;
}
