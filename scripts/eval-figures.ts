// Figure precision and recall on the labelled pages of the eval set's dev split (the holdout stays
// unseen), on the project's own extraction of each page, as `npm run eval` reads it. Precision counts
// duplicates as wrong and leaves out optional, nested, partial and ignored claims, like the eval.
// Usage: node scripts/run-ts.mjs scripts/eval-figures.ts [--written] [--details]
import { analyze } from '../src/analysis';
import { loadDataset, pageName } from './eval/dataset';
import { docText } from './eval/doc-text';
import { matchDocument } from './eval/match';
import { EVAL_DIR } from './eval/paths';
import { resolveDoc } from './eval/resolve';

export function main(argv: string[]): number {
  const withWritten = argv.includes('--written');
  const details = argv.includes('--details');
  const docs = loadDataset(EVAL_DIR).filter((d) => d.split === 'dev' && (withWritten || pageName(d) !== null));
  let found = 0; let labels = 0; let tp = 0; let wrong = 0;
  for (const doc of docs) {
    const { text, blocks } = docText(doc, 'page');
    const resolved = resolveDoc(doc, text);
    const match = matchDocument(resolved.labels, analyze(text, blocks), resolved.ignore);
    for (const l of match.labels) {
      if (l.label.form !== 'figure' || l.label.optional) continue;
      labels++;
      if (l.claim) found++;
      else if (details) console.log(`  MISS ${doc.id}: ${text.slice(l.label.content.start, l.label.content.end)}`);
    }
    labels += resolved.unlocated.filter((u) => u.form === 'figure' && !u.optional).length;
    for (const c of match.claims) {
      if (c.claim.form !== 'figure') continue;
      if (c.verdict === 'tp') tp++;
      else if (c.verdict === 'fp' || c.verdict === 'duplicate') {
        wrong++;
        if (details) console.log(`  ${c.verdict.toUpperCase()} ${doc.id}: ${text.slice(c.claim.start, c.claim.end)}`);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  console.log(`dev ${withWritten ? 'pages + written' : 'pages'}: ${docs.length} documents`);
  console.log(`  figure recall    ${found}/${labels}  ${pct(found, labels)}`);
  console.log(`  figure precision ${tp}/${tp + wrong}  ${pct(tp, tp + wrong)}`);
  return 0;
}
