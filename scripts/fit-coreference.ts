// Fits the pronoun ranker's weights (src/analysis/coref-weights.ts) on PolNeAR's training split and
// measures them on the development split. Each time the engine resolves "he", "she", "they" or "it" as
// a source, the candidates it ranked are recorded (coreference.ts's corefTrace); the referent a reader
// named for that pronoun (scripts/fit/polnear-train-referents.json for train, dev-referents.json beside
// the data for dev) says which candidate is right. A conditional logit (logistic regression with a softmax
// over each pronoun's candidates) on the train pronouns whose referent is among them gives the weights.
// The softmax temperature (calibration) comes from 5-fold cross-validation on train; dev is only measured.
//
//   node scripts/run-ts.mjs scripts/fit-coreference.ts [--dir DIR] [--measure] [--limit N] [--details N]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText } from '../src/analysis/index';
import { COREF_FEATURES, corefTrace, pronounClass, type Candidate } from '../src/analysis/coreference';
import { COREF_WEIGHTS } from '../src/analysis/coref-weights';
import { DEFAULT_POLNEAR_DIR, ROOT } from './eval/paths';
import { fitConditionalLogit } from './fit/logistic';
import { loadReferents, referentMatches, type Referent } from './fit/referents';

const WEIGHTS_FILE = path.join(ROOT, 'src', 'analysis', 'coref-weights.ts');
const TRAIN_REFERENTS = path.join(ROOT, 'scripts', 'fit', 'polnear-train-referents.json');
/** Referents a ranker over named entities can get right; generic, unclear and quote-speaker ones aside. */
const RESOLVABLE = new Set(['person', 'organization', 'group', 'document']);

interface Event { doc: string; at: number; pronoun: string; candidates: Candidate[]; referent: Referent; correct: boolean[] }

/** Runs the engine over a split and keeps the rankings of pronouns a reader resolved. */
function collect(dir: string, split: 'train' | 'dev', referents: Map<string, Referent>, limit: number): { events: Event[]; unseen: number; labelled: number } {
  const events: Event[] = [];
  const seen = new Set<string>();
  const files = readdirSync(path.join(dir, split, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const docs = new Set(files.map((f) => f.slice(0, -4)));
  for (const file of files) {
    const doc = file.slice(0, -4);
    const text = readFileSync(path.join(dir, split, 'text', file), 'utf8');
    corefTrace.sink = (at, pronoun, candidates) => {
      const key = `${doc}@${at}`;
      const referent = referents.get(key);
      if (seen.has(key) || !referent || !RESOLVABLE.has(referent.kind) || !pronounClass(pronoun)) return;
      seen.add(key);
      events.push({ doc, at, pronoun, candidates: candidates.map((c) => ({ ...c, x: [...c.x] })), referent, correct: candidates.map((c) => referentMatches(referent, c.entity.name)) });
    };
    try { analyze(text, blocksFromPlainText(text)); } finally { corefTrace.sink = null; }
  }
  const labelled = [...referents.values()].filter((r) => docs.has(r.doc_id) && RESOLVABLE.has(r.kind) && pronounClass(r.pronoun)).length;
  return { events, unseen: labelled - events.length, labelled };
}

function softmax(zs: number[], temperature: number): number[] {
  const top = Math.max(...zs);
  const es = zs.map((z) => Math.exp((z - top) / temperature));
  const sum = es.reduce((a, b) => a + b, 0);
  return es.map((e) => e / sum);
}

function scores(ev: Event, w: Record<string, number>, temperature = 1): number[] {
  const zs = ev.candidates.map((c) => c.x.reduce((acc, v, i) => acc + v * (w[COREF_FEATURES[i]] ?? 0), 0));
  return softmax(zs, temperature);
}

interface Measure { n: number; right: number; reachable: number; meanP: number; logLoss: number }

function measure(events: Event[], w: Record<string, number>, temperature = 1): Measure {
  let right = 0, reachable = 0, sumP = 0, logLoss = 0;
  for (const ev of events) {
    const ps = scores(ev, w, temperature);
    let best = 0;
    for (let i = 1; i < ps.length; i++) if (ps[i] > ps[best]) best = i;
    const ok = ps.length > 0 && ev.correct[best];
    if (ok) right++;
    if (ev.correct.some(Boolean)) reachable++;
    const p = ps.length ? ps[best] : 0;
    sumP += p;
    logLoss -= Math.log(Math.max(1e-6, ok ? p : 1 - p));
  }
  return { n: events.length, right, reachable, meanP: events.length ? sumP / events.length : 0, logLoss };
}

const show = (name: string, m: Measure, extra = '') => console.log(`${name}: ${m.right}/${m.n} top choice right (${(100 * m.right / Math.max(1, m.n)).toFixed(1)}%), referent among candidates ${m.reachable}/${m.n}, mean probability of the choice ${m.meanP.toFixed(3)}${extra}`);

/** The temperature that makes the chosen candidate's probability match how often it is right. */
function fitTemperature(events: Event[], w: Record<string, number> | ((ev: Event) => Record<string, number>)): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.001; t += 0.05) {
    const loss = typeof w === 'function' ? events.reduce((acc, ev) => acc + measure([ev], w(ev), t).logLoss, 0) : measure(events, w, t).logLoss;
    if (loss < bestLoss) { bestLoss = loss; best = Math.round(t * 100) / 100; }
  }
  return best;
}

const FOLDS = 5;
/** A fixed fold per article (a hash of its id), so a fold holds whole articles. */
function foldOf(doc: string): number {
  let h = 0;
  for (let i = 0; i < doc.length; i++) h = (h * 31 + doc.charCodeAt(i)) >>> 0;
  return h % FOLDS;
}

function fitWeights(usable: Event[], start: number[]): Record<string, number> {
  const v = fitConditionalLogit(usable.map((e) => ({ xs: e.candidates.map((c) => c.x), correct: e.correct })), COREF_FEATURES.length, { l2: 1, start });
  return Object.fromEntries(COREF_FEATURES.map((k, i) => [k, v[i]]));
}

/**
 * The softmax temperature from the training split alone: each article's pronouns are scored by weights fitted
 * on the other folds (out of fold), as the engine's weights will score articles they never saw; the
 * temperature that fits those probabilities best is the one the final weights get.
 */
function crossValidatedTemperature(train: Event[], usable: Event[], start: number[]): { t: number; oof: Measure } {
  const byFold = Array.from({ length: FOLDS }, (_, f) => fitWeights(usable.filter((e) => foldOf(e.doc) !== f), start));
  const weightsFor = (ev: Event) => byFold[foldOf(ev.doc)];
  const t = fitTemperature(train, weightsFor);
  const oof = train.reduce<Measure>((acc, ev) => {
    const m = measure([ev], weightsFor(ev), t);
    return { n: acc.n + m.n, right: acc.right + m.right, reachable: acc.reachable + m.reachable, meanP: acc.meanP + m.meanP, logLoss: acc.logLoss + m.logLoss };
  }, { n: 0, right: 0, reachable: 0, meanP: 0, logLoss: 0 });
  oof.meanP /= Math.max(1, oof.n);
  return { t, oof };
}

function writeWeights(w: Record<string, number>, note: string): void {
  const body = COREF_FEATURES.map((k) => `  ${k}: ${w[k] ?? 0},`).join('\n');
  writeFileSync(WEIGHTS_FILE, `// Weights of the pronoun ranker (coreference.ts), as data. Refit with \`npm run fit\`
// (scripts/fit-coreference.ts: a conditional logit over the candidates of PolNeAR's training split).
// ${note}
export const COREF_WEIGHTS: Record<string, number> = {
${body}
};
`);
}

function printDetails(events: Event[], w: Record<string, number>, n: number): void {
  for (const ev of events.slice(0, 400)) {
    const ps = scores(ev, w);
    const best = ps.indexOf(Math.max(...ps));
    if (ev.correct[best] || n-- <= 0) continue;
    console.log(`  WRONG ${ev.doc}@${ev.at} "${ev.pronoun}" want ${ev.referent.referent}; ranked ${ev.candidates.map((c, i) => `${c.entity.name} ${ps[i].toFixed(2)}${ev.correct[i] ? '*' : ''}`).join(', ') || '(none)'}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let dir = DEFAULT_POLNEAR_DIR;
  let measureOnly = false;
  let limit = Infinity;
  let details = 0;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '--measure') measureOnly = true;
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--details') details = Number(argv[++i]);
    else { console.error(`unknown argument ${argv[i]}`); return 2; }
  }
  const devFile = path.join(dir, 'dev-referents.json');
  if (!existsSync(path.join(dir, 'train', 'text')) || !existsSync(devFile)) {
    console.log(`PolNeAR or its referents not found at ${dir}: nothing to fit (src/analysis/coref-weights.ts stays as it is).`);
    return 0;
  }
  const current = Object.fromEntries(COREF_FEATURES.map((k) => [k, COREF_WEIGHTS[k] ?? 0]));
  const dev = collect(dir, 'dev', loadReferents(devFile), limit);
  show(`dev, current weights (${dev.labelled} labelled he/she/they/it referents, ${dev.unseen} never ranked by the engine)`, measure(dev.events, current));
  if (!existsSync(TRAIN_REFERENTS)) {
    console.log(`${path.relative(ROOT, TRAIN_REFERENTS)} not found: no training labels, nothing fitted.`);
    return 0;
  }
  const train = collect(dir, 'train', loadReferents(TRAIN_REFERENTS), limit);
  show(`train, current weights (${train.labelled} labelled, ${train.unseen} never ranked)`, measure(train.events, current));
  if (details) printDetails(train.events, current, details);
  if (measureOnly) return 0;
  // Only pronouns whose referent is among the candidates, with a choice to make, say anything about the ranking.
  const usable = train.events.filter((e) => e.correct.some(Boolean) && e.candidates.length > 1);
  const start = COREF_FEATURES.map((k) => current[k]);
  const raw = fitWeights(usable, start);
  show('train, fitted weights (in sample)', measure(train.events, raw));
  // Calibration from train alone (5-fold, out of fold): dev stays a pure measurement.
  const { t, oof } = crossValidatedTemperature(train.events, usable, start);
  show(`train, out of fold (${FOLDS} folds by article), temperature ${t}`, oof);
  const w = Object.fromEntries(COREF_FEATURES.map((k) => [k, Math.round((raw[k] / t) * 1000) / 1000]));
  show(`dev, fitted weights with the train temperature ${t} (measured only)`, measure(dev.events, w));
  writeWeights(w, `Fitted on ${usable.length} pronouns of the training split (conditional logit over their candidates); temperature ${t} from 5-fold cross-validation on the training split folded in.`);
  console.log(`-> ${path.relative(ROOT, WEIGHTS_FILE)}`);
  return 0;
}
