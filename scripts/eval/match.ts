// Matching the engine's claims to labelled claims, and the scores built on the matches.
// Pure functions over spans: no file, no engine, so the rules can be unit-tested on hand-made claims.
import type { Claim, Form, Strength } from '../../src/analysis/types';

export interface Range { start: number; end: number }

export interface GoldLabel {
  key: string;
  form: Form;
  /** Where the labelled content snippet stands in the text. */
  content: Range;
  /** The sentence(s) around the content: engine pieces of the same claim that fall here are not false positives. */
  region: Range;
  mention: Range | null;
  /** Canonical source name; null when the label has no source. */
  sourceName: string | null;
  /** Null when the gold data does not say (PolNeAR). */
  strength: Strength | null;
  optional: boolean;
}

export type ClaimVerdict =
  | 'tp'         // the best match of a required label
  | 'fp'         // touches no label and no labelled claim's sentence
  | 'optional'   // matches a borderline (optional) label only
  | 'duplicate'  // overlaps a label that another claim matched better
  | 'nested'     // a figure inside a labelled quote/statement, or a quote/statement around a labelled figure, same source
  | 'partial'    // a quote/statement piece inside a labelled quote/statement's sentence
  | 'ignored';   // in page furniture the labels leave out

export interface LabelResult {
  label: GoldLabel;
  claim: Claim | null;
  formExact: boolean;
  sourceCorrect: boolean | null;
  strengthCorrect: boolean | null;
}

export interface ClaimResult { claim: Claim; verdict: ClaimVerdict }

export interface DocMatch { labels: LabelResult[]; claims: ClaimResult[] }

const REPORTED: ReadonlySet<Form> = new Set(['quote', 'statement']);

/** Figures match figures; quotes and statements match each other (the line between a partial quote and a paraphrase is fuzzy). */
export function compatible(labelForm: Form, claimForm: Form): boolean {
  return labelForm === claimForm || (REPORTED.has(labelForm) && REPORTED.has(claimForm));
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Touching counts for zero-width or exact-boundary spans only when they really share a character. */
const overlaps = (a: Range, b: Range) => overlap(a, b) > 0;

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/**
 * Same canonical name, case and punctuation aside; a title or first name more or less is allowed: one name
 * may be a run of the other's words that ends on the same last word ("President Yoon Suk Yeol" = "Yoon
 * Suk Yeol", "Reeves" = "Eric Reeves"), never a different head ("Korea" is not "The Korea Times").
 */
export function sameName(a: string, b: string): boolean {
  const x = normalizeName(a).split(' ');
  const y = normalizeName(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!short[0]) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/** The source is right when the engine's mention overlaps the labelled one, else when the canonical names agree. */
export function sourceCorrect(label: GoldLabel, claim: Claim): boolean {
  if (label.sourceName === null) return claim.source === null || claim.source.kind === 'author';
  if (!claim.source) return false;
  if (label.mention && claim.source.mention && overlaps(label.mention, claim.source.mention)) return true;
  return sameName(claim.source.name, label.sourceName);
}

function better(label: GoldLabel, a: Claim, b: Claim): boolean {
  const exactA = a.form === label.form;
  const exactB = b.form === label.form;
  if (exactA !== exactB) return exactA;
  const oa = overlap(a, label.content);
  const ob = overlap(b, label.content);
  if (oa !== ob) return oa > ob;
  return a.end - a.start < b.end - b.start;
}

export function matchDocument(labels: GoldLabel[], claims: Claim[], ignore: Range[] = []): DocMatch {
  const chosenBy = new Map<Claim, GoldLabel[]>();
  const labelResults: LabelResult[] = labels.map((label) => {
    let best: Claim | null = null;
    for (const claim of claims) {
      if (!compatible(label.form, claim.form) || !overlaps(claim, label.content)) continue;
      if (!best || better(label, claim, best)) best = claim;
    }
    if (best) chosenBy.set(best, [...(chosenBy.get(best) ?? []), label]);
    return {
      label,
      claim: best,
      formExact: best?.form === label.form,
      sourceCorrect: best ? sourceCorrect(label, best) : null,
      strengthCorrect: best && label.strength !== null ? best.strength === label.strength : null,
    };
  });

  const claimResults: ClaimResult[] = claims.map((claim) => {
    const chosen = chosenBy.get(claim) ?? [];
    let verdict: ClaimVerdict;
    if (chosen.some((l) => !l.optional)) verdict = 'tp';
    else if (chosen.length > 0 || labels.some((l) => l.optional && compatible(l.form, claim.form) && overlaps(claim, l.content))) verdict = 'optional';
    else if (ignore.some((r) => overlaps(claim, r))) verdict = 'ignored';
    else if (labels.some((l) => compatible(l.form, claim.form) && overlaps(claim, l.content))) verdict = 'duplicate';
    else if (claim.form === 'figure' && labels.some((l) => REPORTED.has(l.form) && within(claim, l.region) && sourceCorrect(l, claim))) verdict = 'nested';
    // "About 50 were wounded, according to X": the statement around a labelled figure says no more than the figure.
    else if (REPORTED.has(claim.form) && labels.some((l) => l.form === 'figure' && l.sourceName !== null && overlaps(claim, l.content) && sourceCorrect(l, claim))) verdict = 'nested';
    else if (REPORTED.has(claim.form) && labels.some((l) => REPORTED.has(l.form) && overlaps(claim, l.region))) verdict = 'partial';
    else verdict = 'fp';
    return { claim, verdict };
  });
  return { labels: labelResults, claims: claimResults };
}

const within = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;

// ---- scores ----

export interface Ratio { hit: number; total: number; value: number | null }
const ratio = (hit: number, total: number): Ratio => ({ hit, total, value: total ? hit / total : null });

export interface CalibrationBand { from: number; to: number; count: number; correct: number; shareCorrect: number | null; meanConfidence: number | null }

export interface Scores {
  labels: number;
  recall: Ratio;
  recallByForm: Record<Form, Ratio>;
  precision: Ratio;
  verdicts: Record<ClaimVerdict, number>;
  formExact: Ratio;
  sourceAccuracy: Ratio;
  unsourcedCorrect: Ratio;
  strengthAccuracy: Ratio;
  calibration: { bands: CalibrationBand[]; ece: number | null; count: number };
}

export interface CalibrationPoint { confidence: number; correct: boolean }

/** Ten bands of width 0.1 (the last one closed); expected calibration error weighted by band size. */
export function calibrate(points: CalibrationPoint[]): Scores['calibration'] {
  const bands: CalibrationBand[] = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10, to: (i + 1) / 10, count: 0, correct: 0, shareCorrect: null, meanConfidence: null,
  }));
  const sums = new Array<number>(10).fill(0);
  for (const p of points) {
    const i = Math.min(9, Math.max(0, Math.floor(p.confidence * 10)));
    bands[i].count++;
    if (p.correct) bands[i].correct++;
    sums[i] += p.confidence;
  }
  let ece = 0;
  for (const [i, b] of bands.entries()) {
    if (!b.count) continue;
    b.shareCorrect = b.correct / b.count;
    b.meanConfidence = sums[i] / b.count;
    ece += (b.count / points.length) * Math.abs(b.shareCorrect - b.meanConfidence);
  }
  return { bands, ece: points.length ? ece : null, count: points.length };
}

/** Scores over many documents' matches. `unlocated` labels (snippet not found in the text) count as misses. */
export function score(matches: DocMatch[], unlocated: Array<{ form: Form }> = []): Scores {
  const required = matches.flatMap((m) => m.labels).filter((r) => !r.label.optional);
  const found = required.filter((r) => r.claim);
  const byForm = (form: Form) => ratio(
    required.filter((r) => r.label.form === form && r.claim).length,
    required.filter((r) => r.label.form === form).length + unlocated.filter((u) => u.form === form).length,
  );
  const verdicts = { tp: 0, fp: 0, optional: 0, duplicate: 0, nested: 0, partial: 0, ignored: 0 } as Record<ClaimVerdict, number>;
  for (const c of matches.flatMap((m) => m.claims)) verdicts[c.verdict]++;
  const sourced = found.filter((r) => r.label.sourceName !== null);
  const unsourced = found.filter((r) => r.label.sourceName === null);
  const strengthKnown = found.filter((r) => r.strengthCorrect !== null);
  const points = found
    .filter((r) => r.claim!.strength === 'on-record' && r.claim!.source)
    .map((r) => ({ confidence: r.claim!.confidence, correct: r.sourceCorrect === true }));
  return {
    labels: required.length + unlocated.length,
    recall: ratio(found.length, required.length + unlocated.length),
    recallByForm: { figure: byForm('figure'), quote: byForm('quote'), statement: byForm('statement') },
    precision: ratio(verdicts.tp, verdicts.tp + verdicts.fp),
    verdicts,
    formExact: ratio(found.filter((r) => r.formExact).length, found.length),
    sourceAccuracy: ratio(sourced.filter((r) => r.sourceCorrect).length, sourced.length),
    unsourcedCorrect: ratio(unsourced.filter((r) => r.sourceCorrect).length, unsourced.length),
    strengthAccuracy: ratio(strengthKnown.filter((r) => r.strengthCorrect).length, strengthKnown.length),
    calibration: calibrate(points),
  };
}
