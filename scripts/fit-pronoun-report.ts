// Where the engine goes wrong on pronoun sources, by kind of failure: for each PolNeAR speech /
// according-to record whose source is a pronoun a reader resolved (scripts/fit/polnear-train-referents.json
// for train, dev-referents.json beside the data for dev), the claim the eval matches to it and why its name
// is right or wrong:
//   right        the name shown is the referent (as `npm run eval` judges it)
//   missed       no claim over the record (a recall miss)
//   other-mention the claim stands on another mention than the pronoun (the wrong source phrase)
//   unresolved   the claim shows the bare pronoun
//   ranked-wrong the ranker had the referent among its candidates but chose another
//   not-ranked   the referent was not among the candidates at all (candidate generation)
//   no-ranking   the pronoun was resolved without the ranker ("who", "I", "we", a role noun path)
// Diagnose on train; dev only to measure (`--split dev`). Never reads a test split.
//
//   node scripts/run-ts.mjs scripts/fit-pronoun-report.ts [--split train|dev] [--dir DIR] [--limit N] [--details CATEGORY] [--n N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { corefTrace, type Candidate } from '../src/analysis/coreference';
import { matchDocument } from './eval/match';
import { goldFor, readPolnearSplit, readReferents } from './eval/polnear';
import { DEFAULT_POLNEAR_DIR, ROOT } from './eval/paths';
import { referentMatches, type Referent } from './fit/referents';

type Category = 'right' | 'missed' | 'other-mention' | 'unresolved' | 'ranked-wrong' | 'not-ranked' | 'no-ranking';

interface Row { doc: string; pronoun: string; category: Category; want: string; shown: string; candidates: string; context: string }

function referentsFile(dir: string, split: 'train' | 'dev'): string {
  return split === 'dev' ? path.join(dir, 'dev-referents.json') : path.join(ROOT, 'scripts', 'fit', 'polnear-train-referents.json');
}

function classify(split: 'train' | 'dev', dir: string, limit: number): Row[] {
  const referents = readReferents(referentsFile(dir, split));
  const rows: Row[] = [];
  let docs = 0;
  for (const [docId, recs] of readPolnearSplit(dir, split)) {
    if (docs++ >= limit) break;
    const text = readFileSync(path.join(dir, split, 'text', `${docId}.txt`), 'utf8');
    const traces = new Map<number, Candidate[]>();
    corefTrace.sink = (at, _p, cands) => { if (!traces.has(at)) traces.set(at, cands); };
    let claims;
    try { claims = analyze(text, blocksFromPlainText(text)).filter((c) => c.form !== 'figure'); } finally { corefTrace.sink = null; }
    const gold = recs.map((r) => goldFor(r, referents));
    const m = matchDocument(gold, claims);
    for (const l of m.labels) {
      if (!l.label.pronoun || l.label.optional || !l.label.mention) continue;
      const ref = referents.get(l.label.key) as unknown as Referent;
      const at = l.label.mention.start;
      const pronoun = text.slice(at, l.label.mention.end);
      const context = text.slice(Math.max(0, at - 400), l.label.mention.end + 60).replace(/\n/g, ' ¶ ');
      const trace = traces.get(at);
      const candidates = trace ? trace.map((c) => `${c.entity.name} ${c.p.toFixed(2)}${referentMatches(ref, c.entity.name) ? '*' : ''}`).join(', ') : '';
      const shown = l.claim?.source?.name ?? '';
      let category: Category;
      const sm = l.claim?.source?.mention;
      if (!l.claim) category = 'missed';
      else if (l.sourceCorrect) category = 'right';
      else if (!sm || sm.end <= at || sm.start >= l.label.mention.end) category = 'other-mention';
      else if (!l.claim.source?.resolvedFrom) category = 'unresolved';
      else if (!trace) category = 'no-ranking';
      else category = trace.some((c) => referentMatches(ref, c.entity.name)) ? 'ranked-wrong' : 'not-ranked';
      rows.push({ doc: docId, pronoun, category, want: ref.referent, shown, candidates, context });
    }
  }
  return rows;
}

export async function main(argv: string[]): Promise<number> {
  let dir = DEFAULT_POLNEAR_DIR;
  let split: 'train' | 'dev' = 'train';
  let limit = Infinity;
  let details: string | null = null;
  let n = 20;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--split') { const s = argv[++i]; if (s !== 'train' && s !== 'dev') { console.error('--split train|dev'); return 2; } split = s; }
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--details') details = argv[++i];
    else if (argv[i] === '--n') n = Number(argv[++i]);
    else { console.error(`unknown argument ${argv[i]}`); return 2; }
  }
  if (!existsSync(path.join(dir, split, 'text')) || !existsSync(referentsFile(dir, split))) {
    console.log(`PolNeAR ${split} or its referents not found at ${dir}: nothing to report.`);
    return 0;
  }
  const rows = classify(split, dir, limit);
  const byPronoun = new Map<string, Map<Category, number>>();
  for (const r of rows) {
    const key = r.pronoun.toLowerCase();
    const m = byPronoun.get(key) ?? new Map<Category, number>();
    m.set(r.category, (m.get(r.category) ?? 0) + 1);
    byPronoun.set(key, m);
  }
  const cats: Category[] = ['right', 'missed', 'other-mention', 'unresolved', 'ranked-wrong', 'not-ranked', 'no-ranking'];
  const found = rows.filter((r) => r.category !== 'missed');
  console.log(`${split}: ${rows.length} judged pronoun records, ${found.length} found; right ${rows.filter((r) => r.category === 'right').length}/${found.length}`);
  console.log(['pronoun'.padEnd(10), ...cats.map((c) => c.padStart(13))].join(''));
  const total = new Map<Category, number>();
  for (const [p, m] of [...byPronoun].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y) - [...a[1].values()].reduce((x, y) => x + y))) {
    console.log([p.padEnd(10), ...cats.map((c) => String(m.get(c) ?? 0).padStart(13))].join(''));
    for (const c of cats) total.set(c, (total.get(c) ?? 0) + (m.get(c) ?? 0));
  }
  console.log(['all'.padEnd(10), ...cats.map((c) => String(total.get(c) ?? 0).padStart(13))].join(''));
  if (details) {
    for (const r of rows.filter((x) => x.category === details).slice(0, n)) {
      console.log(`\n[${r.doc}] "${r.pronoun}" want ${r.want}; shown ${r.shown || '-'}; ranked ${r.candidates || '-'}\n  …${r.context}`);
    }
  }
  return 0;
}
