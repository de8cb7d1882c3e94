// Calibrates the engine's confidence: Platt scaling, sigmoid(a * logit(p) + b), of the uncalibrated
// confidence (P(attribution) x P(resolution), confidence.ts) so that, over every on-record claim shown with a
// judged source (false ones included), the confidence matches how often the claim is real and names the
// right source, as `npm run eval` judges it (pronouns by their referents). Fitted on PolNeAR's training split
// (pronouns by scripts/fit/polnear-train-referents.json) and measured on the development split, which it
// never sees, so the calibration error `npm run eval` reports on dev is out of sample. For comparison it also
// reports 2-fold cross-validation on dev (fit on one half of the articles, measure on the other).
// Rewrites CALIBRATION in src/analysis/confidence-weights.ts; the other weights stay as the training fit left them.
//
//   node scripts/run-ts.mjs scripts/fit-calibration.ts [--dir DIR] [--measure]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { claimFeatures, keepClaimFeatures } from '../src/analysis/claims';
import { calibrated, uncalibrated } from '../src/analysis/confidence';
import { CALIBRATION } from '../src/analysis/confidence-weights';
import { calibrate, matchDocument } from './eval/match';
import { goldFor, readPolnearSplit, readReferents } from './eval/polnear';
import { DEFAULT_POLNEAR_DIR, ROOT } from './eval/paths';
import { fitLogistic } from './fit/logistic';

const WEIGHTS_FILE = path.join(ROOT, 'src', 'analysis', 'confidence-weights.ts');

interface Point { p: number; y: number; doc: string }

const TRAIN_REFERENTS = path.join(ROOT, 'scripts', 'fit', 'polnear-train-referents.json');

/** Every on-record claim the eval judges on a split, with its uncalibrated confidence. */
function points(dir: string, split: 'train' | 'dev'): Point[] {
  const referents = readReferents(split === 'dev' ? path.join(dir, 'dev-referents.json') : TRAIN_REFERENTS);
  const out: Point[] = [];
  for (const [docId, recs] of readPolnearSplit(dir, split)) {
    const text = readFileSync(path.join(dir, split, 'text', `${docId}.txt`), 'utf8');
    const claims = analyze(text, blocksFromPlainText(text)).filter((c) => c.form !== 'figure');
    const m = matchDocument(recs.map((r) => goldFor(r, referents)), claims);
    for (const c of m.claims) {
      const f = claimFeatures.get(c.claim);
      if (c.sourceRight === null || !c.claim.source || c.claim.strength !== 'on-record' || !f) continue;
      out.push({ p: uncalibrated(f), y: c.sourceRight ? 1 : 0, doc: docId });
    }
  }
  return out.filter((x) => x.p > 0);
}

const logit = (p: number) => { const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6); return Math.log(q / (1 - q)); };

function ece(pts: Point[], cal: { a: number; b: number }): number {
  return calibrate(pts.map((x) => ({ confidence: Math.round(calibrated(x.p, cal) * 100) / 100, correct: x.y === 1 }))).ece ?? NaN;
}

function platt(pts: Point[]): { a: number; b: number } {
  const w = fitLogistic(pts.map((x) => ({ bias: 1, logit: logit(x.p) })), pts.map((x) => x.y), { l2: 0.01 });
  return { a: Math.round((w.logit ?? 1) * 1000) / 1000, b: Math.round((w.bias ?? 0) * 1000) / 1000 };
}

/** 2-fold cross-validation on dev by article: fit on one half, measure on the other, both ways. */
function devCrossValidated(dev: Point[]): number {
  const docs = [...new Set(dev.map((x) => x.doc))].sort();
  const half = new Set(docs.filter((_, i) => i % 2 === 0));
  const a = dev.filter((x) => half.has(x.doc));
  const b = dev.filter((x) => !half.has(x.doc));
  console.log(`  halves: ${a.length} / ${b.length} claims; in-sample ECE ${ece(a, platt(a)).toFixed(3)} / ${ece(b, platt(b)).toFixed(3)}; platt ${JSON.stringify(platt(a))} / ${JSON.stringify(platt(b))}; crossed ${ece(b, platt(a)).toFixed(3)} / ${ece(a, platt(b)).toFixed(3)}`);
  return (ece(b, platt(a)) * b.length + ece(a, platt(b)) * a.length) / dev.length;
}

export async function main(argv: string[]): Promise<number> {
  keepClaimFeatures();
  let dir = DEFAULT_POLNEAR_DIR;
  let measureOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--measure') measureOnly = true;
    else { console.error(`unknown argument ${argv[i]}`); return 2; }
  }
  if (!existsSync(path.join(dir, 'dev-referents.json')) || !existsSync(path.join(dir, 'dev', 'text')) || !existsSync(path.join(dir, 'train', 'text')) || !existsSync(TRAIN_REFERENTS)) {
    console.log(`PolNeAR (train and dev) or its referents not found at ${dir}: nothing to calibrate.`);
    return 0;
  }
  const dev = points(dir, 'dev');
  console.log(`dev: ${dev.length} on-record claims; ECE with the current calibration ${ece(dev, CALIBRATION).toFixed(3)}, uncalibrated ${ece(dev, { a: 1, b: 0 }).toFixed(3)}`);
  if (measureOnly) return 0;
  const train = points(dir, 'train');
  const cal = platt(train);
  console.log(`train: ${train.length} on-record claims; fitted a = ${cal.a}, b = ${cal.b}: ECE on train ${ece(train, cal).toFixed(3)} (in sample)`);
  console.log(`dev, measured with the train calibration (out of sample): ECE ${ece(dev, cal).toFixed(3)}`);
  console.log(`dev, 2-fold cross-validation by article (for comparison): ECE ${devCrossValidated(dev).toFixed(3)}`);
  const src = readFileSync(WEIGHTS_FILE, 'utf8');
  const next = src.replace(/export const CALIBRATION = \{[^}]*\};/, `export const CALIBRATION = { a: ${cal.a}, b: ${cal.b} };`)
    .replace(/\/\*\* Platt scaling of the product above[^*]*\*\//, '/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */');
  if (next === src && !src.includes(`a: ${cal.a}, b: ${cal.b}`)) { console.error('CALIBRATION not found in confidence-weights.ts'); return 1; }
  writeFileSync(WEIGHTS_FILE, next);
  console.log(`-> ${path.relative(ROOT, WEIGHTS_FILE)}`);
  return 0;
}
