// Lists the engine's errors on a PolNeAR split by kind, to find the largest error classes (issue 10):
// false positives, duplicates, misses and wrong sources, each with a few examples.
// `node scripts/run-ts.mjs scripts/polnear-errors.ts [train|dev] [--examples N] [--kind KIND]`. Diagnose on train;
// dev is measured by `npm run eval`. No test split is read. Needs ../shared/data/polnear (never committed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText, type Claim } from '../src/analysis';
import { matchDocument, score, type DocMatch } from './eval/match';
import { goldFor, polnearAvailable, readPolnearSplit, readReferents } from './eval/polnear';
import { DEFAULT_POLNEAR_DIR, ROOT } from './eval/paths';

type Split = 'train' | 'dev';
interface Example { kind: string; line: string }

const snippet = (text: string, s: number, e: number) => JSON.stringify(text.slice(s, e).replace(/\s+/g, ' ').slice(0, 110));

/** A claim's kind: its form, its cue's kind and its source's kind. */
function claimKind(c: Claim): string {
  const cue = c.cue ? c.cue.kind : 'no-cue';
  const src = c.source ? c.source.kind : 'no-source';
  return `${c.form}/${cue}/${src}`;
}

/** How a duplicate stands to the claim that found the label: inside it or around it, with the same source or not. */
function relation(c: Claim, matched: Claim[]): string {
  const other = matched.find((o) => o !== c && o.start < c.end && c.start < o.end);
  if (!other) return 'beside';
  const same = other.source?.name === c.source?.name ? 'same-source' : 'other-source';
  const where = c.start >= other.start && c.end <= other.end ? 'inside' : other.start >= c.start && other.end <= c.end ? 'around' : 'overlapping';
  return `${where}-${other.form}-${same}`;
}

function examplesOf(split: Split, dir: string, matches: DocMatch[]): Example[] {
  const byDoc = readPolnearSplit(dir, split);
  const referents = split === 'dev'
    ? readReferents(path.join(dir, 'dev-referents.json'))
    : readReferents(path.join(ROOT, 'scripts/fit/polnear-train-referents.json'));
  const out: Example[] = [];
  for (const [docId, recs] of byDoc) {
    const text = readFileSync(path.join(dir, split, 'text', `${docId}.txt`), 'utf8');
    const claims = analyze(text, blocksFromPlainText(text)).filter((c) => c.form !== 'figure');
    const gold = recs.map((r) => goldFor(r, referents));
    const m = matchDocument(gold, claims);
    matches.push(m);
    for (const l of m.labels) {
      if (l.label.optional) continue;
      const rec = recs.find((r) => r.id === l.label.key)!;
      if (!l.claim) out.push({ kind: `MISS ${rec.cue_class}`, line: `${docId} cue=${JSON.stringify(rec.cue?.text ?? '')} src=${JSON.stringify(rec.source?.text ?? null)} ${snippet(text, l.label.content.start, l.label.content.end)}` });
      else if (l.sourceCorrect === false) {
        const got = l.claim.source;
        const why = !got ? 'none' : got.resolvedFrom ? `resolved-${got.kind}` : got.kind;
        out.push({ kind: `SOURCE ${l.label.pronoun ? 'pronoun' : 'named'} got=${why}`, line: `${docId} want=${JSON.stringify(l.label.sourceName)} got=${JSON.stringify(got?.name ?? null)} mention=${got?.mention ? snippet(text, got.mention.start, got.mention.end) : '-'} ${snippet(text, l.label.content.start, l.label.content.end)}` });
      }
    }
    const matched = m.labels.filter((l) => !l.label.optional && l.claim).map((l) => l.claim!);
    for (const c of m.claims) {
      if (c.verdict !== 'fp' && c.verdict !== 'duplicate') continue;
      const rel = c.verdict === 'duplicate' ? ` ${relation(c.claim, matched)}` : '';
      const ctx = snippet(text, Math.max(0, (c.claim.cue?.start ?? c.claim.start) - 60), (c.claim.cue?.end ?? c.claim.start) + 20);
      out.push({ kind: `${c.verdict.toUpperCase()} ${claimKind(c.claim)}${rel}`, line: `${docId} src=${JSON.stringify(c.claim.source?.name ?? null)} ctx=${ctx} claim=${snippet(text, c.claim.start, c.claim.end)}` });
    }
  }
  return out;
}

export function main(argv: string[]): number {
  const split = (argv.find((a) => a === 'train' || a === 'dev') ?? 'train') as Split;
  const n = Number(argv[argv.indexOf('--examples') + 1]) || 4;
  const only = argv.includes('--kind') ? argv[argv.indexOf('--kind') + 1] : null;
  if (!polnearAvailable(DEFAULT_POLNEAR_DIR)) { console.error(`no PolNeAR data at ${DEFAULT_POLNEAR_DIR}: nothing to list`); return 1; }
  const matches: DocMatch[] = [];
  const ex = examplesOf(split, DEFAULT_POLNEAR_DIR, matches);
  const sc = score(matches);
  const pct = (r: { hit: number; total: number }) => `${r.hit}/${r.total} ${(100 * r.hit / r.total).toFixed(1)}%`;
  const byKind = new Map<string, string[]>();
  for (const e of ex) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.line]);
  console.log(`PolNeAR ${split}: ${ex.length} errors; recall ${pct(sc.recall)}, precision ${pct(sc.precision)}, source ${pct(sc.sourceAccuracy)}, pronouns ${pct(sc.pronouns.accuracy)}`);
  for (const [kind, lines] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
    if (only && !kind.startsWith(only)) continue;
    console.log(`\n${lines.length}  ${kind}`);
    for (const l of lines.slice(0, only ? n * 5 : n)) console.log(`    ${l}`);
  }
  return 0;
}
