// Fits the confidence weights (src/analysis/confidence-weights.ts) on PolNeAR's training split and
// checks them on its development split. PolNeAR lives in ../shared/data/polnear and is never
// committed; without it this script says so and exits cleanly. Never reads a test split.
//
//   node scripts/run-ts.mjs scripts/fit-confidence.ts [--dir DIR] [--limit N] [--measure] [--details N]
//
// --measure: only print recall / precision / source accuracy (train and dev), do not refit.
// --all-claims: also count attributed claims over no labelled attribution, as wrong.
// A claim is "correct" when some PolNeAR attribution's content overlaps it and the engine's source
// mention overlaps the labelled source span (or the names agree): the text credits it to that source.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText, type Claim } from '../src/analysis/index';
import { claimFeatures, keepClaimFeatures } from '../src/analysis/claims';
import { CAPS, FEATURE_NAMES, featureVector, type AttributionFeatures } from '../src/analysis/confidence';
import { CALIBRATION, CONFIDENCE_WEIGHTS } from '../src/analysis/confidence-weights';
import { matchDocument, score, sourceCorrect, type DocMatch, type GoldLabel } from './eval/match';
import { goldFor, readPolnearSplit } from './eval/polnear';
import { fitLogistic } from './fit/logistic';

import { DEFAULT_POLNEAR_DIR as DEFAULT_DIR, ROOT } from './eval/paths';

const WEIGHTS_FILE = path.join(ROOT, 'src', 'analysis', 'confidence-weights.ts');

type Split = 'train' | 'dev';

interface Sample { f: AttributionFeatures; y: number; confidence: number; onRecord: boolean; kind: string }
interface SplitRun { samples: Sample[]; matches: DocMatch[]; docs: number; ms: number; words: number; misses: string[]; fps: string[] }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

let allClaims = false;

/** The claim credits the labelled source: its mention is the labelled one, or it names the same source. */
function mentionRight(g: GoldLabel, c: Claim): boolean {
  const m = c.source?.mention;
  return (!!g.mention && !!m && overlaps(m, g.mention)) || sourceCorrect(g, c);
}

function runSplit(dir: string, split: Split, limit: number, keepExamples: number): SplitRun {
  const byDoc = readPolnearSplit(dir, split);
  const samples: Sample[] = [];
  const matches: DocMatch[] = [];
  const misses: string[] = [];
  const fps: string[] = [];
  let ms = 0;
  let words = 0;
  let docs = 0;
  const files = readdirSync(path.join(dir, split, 'text')).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files.slice(0, limit)) {
    const docId = file.slice(0, -4);
    const text = readFileSync(path.join(dir, split, 'text', file), 'utf8');
    words += text.split(/\s+/).length;
    const t0 = performance.now();
    const claims = analyze(text, blocksFromPlainText(text));
    ms += performance.now() - t0;
    docs++;
    // P(attribution) is fitted on whether the claim is real and its mention is the labelled one; who a
    // pronoun is is the ranker's part (resolveP), so pronoun records count here whatever their referent.
    const gold = (byDoc.get(docId) ?? []).map((r) => ({ ...goldFor(r), optional: r.cue_class !== 'speech' && r.cue_class !== 'according_to' }));
    const reported = claims.filter((c) => c.form !== 'figure');
    const m = matchDocument(gold, reported);
    matches.push(m);
    if (keepExamples) {
      for (const l of m.labels) if (!l.label.optional && !l.claim && misses.length < keepExamples && Math.random() < 0.3) misses.push(`MISS ${JSON.stringify(text.slice(Math.max(0, l.label.content.start - 60), l.label.content.end + 30))}  [src ${l.label.sourceName}]`);
      for (const l of m.labels) if (!l.label.optional && l.claim && l.sourceCorrect === false && fps.length < keepExamples * 2 && Math.random() < 0.3) fps.push(`SRC  got "${l.claim.source?.mention?.text}" (${l.claim.source?.name}) want "${l.label.sourceName}" :: ${JSON.stringify(text.slice(l.label.content.start - 80, l.label.content.end + 40).slice(0, 300))}`);
      for (const c of m.claims) if (c.verdict === 'fp' && fps.length < keepExamples * 2 && Math.random() < 0.3) fps.push(`FP   ${c.claim.form} "${c.claim.source?.mention?.text}" cue "${c.claim.cue?.text}" :: ${JSON.stringify(c.claim.text.slice(0, 160))}`);
    }
    // Samples as `npm run eval` measures calibration: for every speech / according-to attribution, the
    // claim that matches it best, correct when its source is the labelled one. With --all-claims, the
    // other attributed quotes and statements count too (wrong when no label over them names their source).
    for (const l of m.labels) {
      if (l.label.optional || !l.claim || !l.claim.source) continue;
      const f = claimFeatures.get(l.claim);
      if (f) samples.push({ f, y: mentionRight(l.label, l.claim) ? 1 : 0, confidence: l.claim.confidence, onRecord: l.claim.strength === 'on-record', kind: l.claim.source.kind });
    }
    const chosen = new Set(m.labels.map((l) => l.claim));
    // A figure is a claim whatever its attribution, so every attributed figure is a sample: one that no
    // labelled attribution covers was credited to a source the text does not give it.
    for (const c of claims) {
      const f = claimFeatures.get(c);
      if (!f || !c.source || chosen.has(c)) continue;
      if (c.form !== 'figure' && !allClaims) continue;
      const y = gold.some((g) => overlaps(c, g.content) && g.mention && mentionRight(g, c)) ? 1 : 0;
      samples.push({ f, y, confidence: c.confidence, onRecord: c.strength === 'on-record', kind: c.source.kind });
    }
  }
  return { samples, matches, docs, ms, words, misses, fps };
}

function sigmoid(z: number): number { return 1 / (1 + Math.exp(-z)); }

// The design fixes the direction of these factors (design.md "Confidence"): a hedge on the attribution,
// a cue in another sentence, a clause that may be the writer's own, can only lower confidence.
const NON_POSITIVE = new Set(['res_pronoun', 'res_title', 'res_unresolved', 'hedged', 'ambiguous_clause', 'other_sentence', 'cue_context', 'continued', 'impersonal', 'generic_mention', 'cue_weak']);

function fit(samples: Sample[]): Record<string, number> {
  const fitted = fitLogistic(samples.map((s) => featureVector(s.f)), samples.map((s) => s.y), {
    constrain: (w) => {
      for (const [k, v] of w) if (NON_POSITIVE.has(k) && v > 0) w.set(k, 0);
      const p = w.get('res_pronoun');
      const u = w.get('res_unresolved');
      if (p !== undefined && u !== undefined && u > p) w.set('res_unresolved', p);
    },
  });
  const out: Record<string, number> = {};
  // Features PolNeAR never shows (embedded posts, links) keep their prior weight.
  for (const k of FEATURE_NAMES) out[k] = fitted[k] ?? CONFIDENCE_WEIGHTS[k] ?? 0;
  return out;
}

function predict(w: Record<string, number>, s: Sample): number {
  const x = featureVector(s.f);
  let z = 0;
  for (const k in x) z += (w[k] ?? 0) * x[k];
  // As the engine does: P(real attribution, this mention) x P(the mention resolved to the right name).
  let p = sigmoid(z) * s.f.resolveP;
  const cap = CAPS[s.f.sourceKind];
  if (cap !== undefined) p = Math.min(p, cap);
  return p;
}

function calibrationTable(points: Array<{ p: number; y: number }>): string {
  const bands = [0, 0.2, 0.35, 0.45, 0.6, 0.75, 0.85, 0.95, 1.0001];
  const rows = ['  band         count  mean conf  share correct  gap'];
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < bands.length - 1; i++) {
    const inBand = points.filter((p) => p.p >= bands[i] && p.p < bands[i + 1]);
    if (!inBand.length) continue;
    const mean = inBand.reduce((a, p) => a + p.p, 0) / inBand.length;
    const share = inBand.reduce((a, p) => a + p.y, 0) / inBand.length;
    weighted += Math.abs(mean - share) * inBand.length;
    total += inBand.length;
    rows.push(`  ${bands[i].toFixed(2)}-${Math.min(1, bands[i + 1]).toFixed(2)}  ${String(inBand.length).padStart(7)}  ${mean.toFixed(3).padStart(9)}  ${share.toFixed(3).padStart(13)}  ${(share - mean).toFixed(3).padStart(6)}`);
  }
  rows.push(`  expected calibration error (weighted |mean - share|): ${total ? (weighted / total).toFixed(3) : 'n/a'}`);
  return rows.join('\n');
}

function report(name: string, run: SplitRun): void {
  const s = score(run.matches);
  const pct = (r: { value: number | null; hit: number; total: number }) => `${r.value === null ? 'n/a' : (100 * r.value).toFixed(1)}% (${r.hit}/${r.total})`;
  console.log(`\n== ${name}: ${run.docs} articles, ${run.words} words, engine ${(run.ms / run.words * 1000).toFixed(2)} ms per 1,000 words`);
  console.log(`recall (speech + according_to records): ${pct(s.recall)}`);
  console.log(`precision (quotes + statements):        ${pct(s.precision)}  verdicts ${JSON.stringify(s.verdicts)}`);
  console.log(`source accuracy of found claims:        ${pct(s.sourceAccuracy)}`);
  for (const line of run.misses) console.log(line);
  for (const line of run.fps) console.log(line);
}

function writeWeights(w: Record<string, number>, trainCount: number, cal: { a: number; b: number } = CALIBRATION): void {
  const body = Object.entries(w).map(([k, v]) => `  ${k}: ${v},`).join('\n');
  writeFileSync(WEIGHTS_FILE, `// Logistic weights for attribution confidence, as data. Refit with
// \`node scripts/run-ts.mjs scripts/fit-confidence.ts\` (reads the PolNeAR training split when present).
// Fitted on ${trainCount} attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
${body}
};

/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */
export const CALIBRATION = { a: ${cal.a}, b: ${cal.b} };
`);
}

export async function main(argv: string[]): Promise<number> {
  keepClaimFeatures();
  let dir = DEFAULT_DIR;
  let limit = Infinity;
  let measureOnly = false;
  let details = 0;
  let splits: Split[] = ['train', 'dev'];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--measure') measureOnly = true;
    else if (argv[i] === '--details') details = Number(argv[++i]);
    else if (argv[i] === '--train-only') splits = ['train'];
    else if (argv[i] === '--all-claims') allClaims = true;
    else { console.error(`unknown argument ${argv[i]}`); return 2; }
  }
  if (!existsSync(path.join(dir, 'attributions-train.jsonl')) || !existsSync(path.join(dir, 'train', 'text'))) {
    console.log(`PolNeAR not found at ${dir}: nothing to fit (the weights in src/analysis/confidence-weights.ts stay as they are).`);
    return 0;
  }
  const train = runSplit(dir, 'train', limit, details);
  report('train', train);
  const dev = splits.includes('dev') ? runSplit(dir, 'dev', limit, 0) : null;
  if (dev) report('dev', dev);
  if (measureOnly) {
    const onRecord = (r: SplitRun) => r.samples.filter((s) => s.onRecord).map((s) => ({ p: s.confidence, y: s.y }));
    console.log('\ncalibration of current weights, train, on-record:\n' + calibrationTable(onRecord(train)));
    if (dev) console.log('\ncalibration of current weights, dev, on-record:\n' + calibrationTable(onRecord(dev)));
    return 0;
  }
  const w = fit(train.samples);
  for (const name of ['ambiguous_clause', 'narrator_shift']) {
    const on = train.samples.filter((x) => featureVector(x.f)[name]);
    if (on.length) console.log(`${name}: ${on.length} samples, ${(on.filter((x) => x.y).length / on.length).toFixed(3)} correct`);
  }
  writeWeights(w, train.samples.length);
  console.log(`\nfitted ${Object.keys(w).length} weights on ${train.samples.length} attributed claims -> ${path.relative(ROOT, WEIGHTS_FILE)}`);
  console.log(Object.entries(w).map(([k, v]) => `  ${k.padEnd(20)} ${v}`).join('\n'));
  for (const [name, run] of [['train', train], ['dev', dev]] as const) {
    if (!run) continue;
    const pts = run.samples.filter((s) => s.onRecord).map((s) => ({ p: predict(w, s), y: s.y }));
    console.log(`\ncalibration, ${name}, on-record sources (fitted weights, after caps, before the Platt calibration):\n${calibrationTable(pts)}`);
    const all = run.samples.map((s) => ({ p: predict(w, s), y: s.y }));
    console.log(`calibration, ${name}, all sources:\n${calibrationTable(all)}`);
  }
  return 0;
}
