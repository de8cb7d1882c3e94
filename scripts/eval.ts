// `npm run eval`: the engine against the labelled set in test/fixtures/eval (see its README), per split,
// and against PolNeAR's development split when ../shared/data/polnear is present.
import { analyze, type Claim } from '../src/analysis';
import { loadDataset, pageName, type LabelDoc, type Split } from './eval/dataset';
import { docText, type TextMode } from './eval/doc-text';
import { matchDocument, score, type ClaimResult, type DocMatch, type Scores } from './eval/match';
import { evaluatePolnear, polnearAvailable, type PolnearResult } from './eval/polnear';
import { formatScores } from './eval/report';
import { resolveDoc, type Unlocated } from './eval/resolve';
import { DEFAULT_POLNEAR_DIR, EVAL_DIR } from './eval/paths';

const USAGE = 'usage: npm run eval -- [--split dev|holdout|all] [--json] [--text page|expected] [--polnear DIR | --no-polnear] [--details]';

interface Options { splits: Split[]; json: boolean; text: TextMode; polnear: string | null; details: boolean }

function parseArgs(argv: string[]): Options | string {
  const o: Options = { splits: ['dev', 'holdout'], json: false, text: 'page', polnear: DEFAULT_POLNEAR_DIR, details: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? '';
    if (a === '--json') o.json = true;
    else if (a === '--details') o.details = true;
    else if (a === '--no-polnear') o.polnear = null;
    else if (a === '--polnear') o.polnear = value();
    else if (a === '--split') {
      const v = value();
      if (v === 'all') o.splits = ['dev', 'holdout'];
      else if (v === 'dev' || v === 'holdout') o.splits = [v];
      else return `unknown split "${v}"`;
    } else if (a === '--text') {
      const v = value();
      if (v !== 'page' && v !== 'expected') return `unknown text mode "${v}"`;
      o.text = v;
    } else return `unknown argument "${a}"`;
  }
  if (o.details && o.splits.includes('holdout')) return '--details lists misses and false positives: use it with --split dev only (the holdout stays unseen)';
  return o;
}

interface DocRun { doc: LabelDoc; text: string; match: DocMatch; unlocated: Unlocated[]; error: string | null }

function runDoc(doc: LabelDoc, mode: TextMode): DocRun {
  const { text, blocks } = docText(doc, mode);
  const resolved = resolveDoc(doc, text);
  let claims: Claim[] = [];
  let error: string | null = null;
  try {
    claims = analyze(text, blocks);
  } catch (e) {
    error = (e as Error).message;
  }
  return { doc, text, match: matchDocument(resolved.labels, claims, resolved.ignore), unlocated: resolved.unlocated, error };
}

const scoreRuns = (runs: DocRun[]): Scores => score(runs.map((r) => r.match), runs.flatMap((r) => r.unlocated.filter((u) => !u.optional)));

function details(runs: DocRun[]): string {
  const out: string[] = ['', 'details (dev only): misses and false positives'];
  const snippet = (text: string, c: { start: number; end: number }) => JSON.stringify(text.slice(c.start, c.end).slice(0, 90));
  for (const r of runs) {
    for (const l of r.match.labels) {
      if (l.label.optional) continue;
      if (!l.claim) out.push(`  MISS ${r.doc.id} ${l.label.form}: ${snippet(r.text, l.label.content)}`);
      else if (l.sourceCorrect === false) out.push(`  SOURCE ${r.doc.id} ${snippet(r.text, l.label.content)} want ${l.label.sourceName ?? '(none)'}, got ${l.claim.source?.name ?? '(none)'}`);
    }
    for (const u of r.unlocated) if (!u.optional) out.push(`  UNLOCATED ${u.key} ${u.what}`);
    for (const c of r.match.claims.filter((x: ClaimResult) => x.verdict === 'fp')) out.push(`  FP ${r.doc.id} ${c.claim.form}: ${snippet(r.text, c.claim)}`);
  }
  return out.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    console.error(`${opts}\n${USAGE}`);
    return 2;
  }
  const docs = loadDataset(EVAL_DIR);
  const runs = docs.filter((d) => opts.splits.includes(d.split)).map((d) => runDoc(d, opts.text));
  const bySplit: Partial<Record<Split, { documents: number; scores: Scores; pages: Scores; written: Scores }>> = {};
  for (const split of opts.splits) {
    const rs = runs.filter((r) => r.doc.split === split);
    bySplit[split] = {
      documents: rs.length,
      scores: scoreRuns(rs),
      pages: scoreRuns(rs.filter((r) => pageName(r.doc) !== null)),
      written: scoreRuns(rs.filter((r) => pageName(r.doc) === null)),
    };
  }
  let polnear: PolnearResult | null | 'absent' = null;
  if (opts.polnear !== null) polnear = polnearAvailable(opts.polnear) ? evaluatePolnear(opts.polnear) : 'absent';
  const errors = runs.filter((r) => r.error).map((r) => `${r.doc.id}: ${r.error}`);
  const unlocated = runs.flatMap((r) => r.unlocated);

  if (opts.json) {
    console.log(JSON.stringify({ version: 1, text: opts.text, splits: bySplit, unlocated, errors, polnear: polnear === 'absent' ? null : polnear }, null, 2));
    return 0;
  }
  const pagesText = opts.text === 'page' ? 'the project\'s extraction (src/page) of each full page' : 'Readability\'s extracted body (.expected.html)';
  console.log(`Sourcemark eval: ${runs.length} labelled documents; page text from ${pagesText}`);
  for (const split of opts.splits) {
    const s = bySplit[split]!;
    console.log('\n' + formatScores(`split ${split}: ${s.documents} documents, ${s.scores.labels} labelled claims`, s.scores));
    const brief = (n: string, x: Scores) => `    ${n.padEnd(8)} recall ${x.recall.hit}/${x.recall.total}, precision ${x.precision.hit}/${x.precision.total}, source ${x.sourceAccuracy.hit}/${x.sourceAccuracy.total}, strength ${x.strengthAccuracy.hit}/${x.strengthAccuracy.total}`;
    console.log('  by origin\n' + brief('pages', s.pages) + '\n' + brief('written', s.written));
  }
  if (unlocated.length) console.log(`\n${unlocated.length} labels not found in the text (counted as misses unless optional):\n` + unlocated.map((u) => `  ${u.key} ${u.what}`).join('\n'));
  if (errors.length) console.log(`\nengine errors:\n  ${errors.join('\n  ')}`);
  if (opts.details) console.log(details(runs));
  if (polnear === 'absent') console.log('\nPolNeAR not found, skipped');
  else if (polnear) {
    console.log('\n' + formatScores(`PolNeAR dev split (${polnear.dir}): ${polnear.documents} articles, ${polnear.records} speech/according-to attributions; quotes and statements only; precision is an estimate (PolNeAR is not exhaustive for Sourcemark's notion)`, polnear.scores, false));
    if (polnear.errors.length) console.log(`  engine errors: ${polnear.errors.length}`);
  }
  return 0;
}
