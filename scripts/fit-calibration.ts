// Calibrates the engine's confidence on PolNeAR's development split, the one use of dev the fitting
// allows: Platt scaling, sigmoid(a * logit(p) + b), of the uncalibrated confidence (P(attribution) x
// P(resolution), confidence.ts) so that, over every on-record claim shown with a judged source (false
// ones included), the confidence matches how often the claim is real and names the right source, as
// `npm run eval` judges it (pronouns by dev-referents.json). Rewrites CALIBRATION in
// src/analysis/confidence-weights.ts; the other weights stay as the training fit left them.
//
//   node scripts/run-ts.mjs scripts/fit-calibration.ts [--dir DIR] [--measure]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { claimFeatures } from '../src/analysis/claims';
import { calibrated, uncalibrated } from '../src/analysis/confidence';
import { CALIBRATION } from '../src/analysis/confidence-weights';
import { calibrate, matchDocument } from './eval/match';
import { goldFor, readPolnearDev, readReferents } from './eval/polnear';
import { DEFAULT_POLNEAR_DIR, ROOT } from './eval/paths';
import { fitLogistic } from './fit/logistic';

const WEIGHTS_FILE = path.join(ROOT, 'src', 'analysis', 'confidence-weights.ts');

interface Point { p: number; y: number }

/** Every on-record claim the eval judges on dev, with its uncalibrated confidence. */
function devPoints(dir: string): Point[] {
  const referents = readReferents(path.join(dir, 'dev-referents.json'));
  const points: Point[] = [];
  for (const [docId, recs] of readPolnearDev(dir)) {
    const text = readFileSync(path.join(dir, 'dev', 'text', `${docId}.txt`), 'utf8');
    const claims = analyze(text, blocksFromPlainText(text)).filter((c) => c.form !== 'figure');
    const m = matchDocument(recs.map((r) => goldFor(r, referents)), claims);
    for (const c of m.claims) {
      const f = claimFeatures.get(c.claim);
      if (c.sourceRight === null || !c.claim.source || c.claim.strength !== 'on-record' || !f) continue;
      points.push({ p: uncalibrated(f), y: c.sourceRight ? 1 : 0 });
    }
  }
  return points;
}

const logit = (p: number) => { const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6); return Math.log(q / (1 - q)); };

function ece(points: Point[], cal: { a: number; b: number }): number {
  return calibrate(points.map((x) => ({ confidence: Math.round(calibrated(x.p, cal) * 100) / 100, correct: x.y === 1 }))).ece ?? NaN;
}

export async function main(argv: string[]): Promise<number> {
  let dir = DEFAULT_POLNEAR_DIR;
  let measureOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--measure') measureOnly = true;
    else { console.error(`unknown argument ${argv[i]}`); return 2; }
  }
  if (!existsSync(path.join(dir, 'dev-referents.json')) || !existsSync(path.join(dir, 'dev', 'text'))) {
    console.log(`PolNeAR dev or its referents not found at ${dir}: nothing to calibrate.`);
    return 0;
  }
  const points = devPoints(dir).filter((x) => x.p > 0);
  console.log(`dev: ${points.length} on-record claims; ECE with the current calibration ${ece(points, CALIBRATION).toFixed(3)}, uncalibrated ${ece(points, { a: 1, b: 0 }).toFixed(3)}`);
  if (measureOnly) return 0;
  const w = fitLogistic(points.map((x) => ({ bias: 1, logit: logit(x.p) })), points.map((x) => x.y), { l2: 0.01 });
  const cal = { a: w.logit ?? 1, b: w.bias ?? 0 };
  console.log(`fitted a = ${cal.a}, b = ${cal.b}: ECE ${ece(points, cal).toFixed(3)}`);
  const src = readFileSync(WEIGHTS_FILE, 'utf8');
  const next = src.replace(/export const CALIBRATION = \{[^}]*\};/, `export const CALIBRATION = { a: ${cal.a}, b: ${cal.b} };`);
  if (next === src && !src.includes(`a: ${cal.a}, b: ${cal.b}`)) { console.error('CALIBRATION not found in confidence-weights.ts'); return 1; }
  writeFileSync(WEIGHTS_FILE, next);
  console.log(`-> ${path.relative(ROOT, WEIGHTS_FILE)}`);
  return 0;
}
