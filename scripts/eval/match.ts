// Matching the engine's claims to labelled claims, and the scores built on the matches.
// Pure functions over spans: no file, no engine, so the rules can be unit-tested on hand-made claims.
import type { Claim, Form, Strength } from '../../src/analysis/types';
import { isUnresolvedName, nameAccepted, type AcceptedNames } from './names';

export { normalizeName, sameName } from './names';

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
  /** The names a reader would accept on the card for this claim (the canonical one and its variants). */
  accepted: AcceptedNames;
  /** The text names the source with a pronoun ("he", "they", "who"): the engine had to resolve it. */
  pronoun: boolean;
  /** The labelled mention is a description ("the senators") and the gold data does not say who it is. */
  mentionIsDescription?: boolean;
  /** Null when the gold data does not say (PolNeAR). */
  strength: Strength | null;
  optional: boolean;
}

export type ClaimVerdict =
  | 'tp'         // the best match of a required label
  | 'fp'         // touches no label and no labelled claim's sentence
  | 'optional'   // matches a borderline (optional) label only
  | 'duplicate'  // overlaps a label that another claim matched better (a second highlight of one claim: counts against precision)
  | 'nested'     // a figure inside a labelled quote/statement, or a quote/statement around a labelled figure, same source
  | 'partial'    // another piece of a labelled claim the engine split, or a quote/statement piece inside its sentence
  | 'ignored';   // in page furniture the labels leave out

export interface LabelResult {
  label: GoldLabel;
  claim: Claim | null;
  formExact: boolean;
  sourceCorrect: boolean | null;
  strengthCorrect: boolean | null;
}

/** `sourceRight`: the name shown is right for the labelled claim it stands for (false for a false positive; null when unknown). */
export interface ClaimResult { claim: Claim; verdict: ClaimVerdict; sourceRight: boolean | null }

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

/**
 * The source is right when the name the card shows is one the reader accepts for this claim. No span overlap: an
 * overlapping "He" resolved to the wrong person is wrong, and an unresolved "He" names nobody.
 */
export function sourceCorrect(label: GoldLabel, claim: Claim): boolean {
  if (label.sourceName === null) return claim.source === null || claim.source.kind === 'author';
  if (!claim.source) return false;
  if (nameAccepted(claim.source.name, label.accepted)) return true;
  // A labelled description ("the former president") whose referent the gold data does not give: the card must
  // stand on that mention, and must have resolved it to someone (not shown a bare "he").
  const m = claim.source.mention;
  return !label.accepted.strict && label.mentionIsDescription === true && !!m && !!label.mention
    && overlaps(m, label.mention) && !isUnresolvedName(claim.source.name);
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

  const matchedBy = new Map(labelResults.map((r) => [r.label, r.claim]));
  const claimResults: ClaimResult[] = claims.map((claim) => {
    const chosen = chosenBy.get(claim) ?? [];
    const verdict = verdictOf(claim, chosen, labels, ignore, matchedBy);
    return { claim, verdict, sourceRight: sourceRightOf(claim, verdict, chosen, labels) };
  });
  return { labels: labelResults, claims: claimResults };
}

function verdictOf(claim: Claim, chosen: GoldLabel[], labels: GoldLabel[], ignore: Range[], matchedBy: Map<GoldLabel, Claim | null>): ClaimVerdict {
  const touches = (l: GoldLabel) => compatible(l.form, claim.form) && overlaps(claim, l.content);
  if (chosen.some((l) => !l.optional)) return 'tp';
  if (chosen.length > 0 || labels.some((l) => l.optional && touches(l))) return 'optional';
  if (ignore.some((r) => overlaps(claim, r))) return 'ignored';
  // The same words highlighted twice (a quote inside the statement that already stands for the label).
  if (labels.some((l) => touches(l) && overlapsClaim(claim, matchedBy.get(l)))) return 'duplicate';
  // Another piece of a labelled claim that the engine split (a quotation broken by "she said").
  if (labels.some(touches)) return 'partial';
  if (claim.form === 'figure' && labels.some((l) => REPORTED.has(l.form) && within(claim, l.region) && sourceCorrect(l, claim))) return 'nested';
  // "About 50 were wounded, according to X": the statement around a labelled figure says no more than the figure.
  if (REPORTED.has(claim.form) && labels.some((l) => l.form === 'figure' && l.sourceName !== null && overlaps(claim, l.content) && sourceCorrect(l, claim))) return 'nested';
  if (REPORTED.has(claim.form) && labels.some((l) => REPORTED.has(l.form) && overlaps(claim, l.region))) return 'partial';
  return 'fp';
}

/** Whether the name shown on this claim is right, judged against the label it stands for. */
function sourceRightOf(claim: Claim, verdict: ClaimVerdict, chosen: GoldLabel[], labels: GoldLabel[]): boolean | null {
  switch (verdict) {
    case 'fp': return false;
    case 'optional': case 'ignored': return null;
    case 'nested': return true; // a nested claim passes only with its container's source
    case 'tp': return chosen.filter((l) => !l.optional).some((l) => sourceCorrect(l, claim));
    case 'duplicate': return labels.some((l) => compatible(l.form, claim.form) && overlaps(claim, l.content) && sourceCorrect(l, claim));
    case 'partial': return labels.some((l) => (REPORTED.has(l.form) ? overlaps(claim, l.region) : overlaps(claim, l.content)) && sourceCorrect(l, claim));
  }
}

const overlapsClaim = (a: Claim, b: Claim | null | undefined) => !!b && overlaps(a, b);
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
  /** Labels whose source the text gives as a pronoun: is the name shown the right referent, and how sure did we say we were. */
  pronouns: { accuracy: Ratio; meanConfidence: number | null };
  /** Every on-record claim shown (false positives and duplicates included); correct = the name shown is right. */
  calibration: Calibration;
  /** The same over every claim shown with a source, anonymous and vague included. */
  calibrationSourced: Calibration;
}

export interface Calibration { bands: CalibrationBand[]; ece: number | null; count: number }

export interface CalibrationPoint { confidence: number; correct: boolean }

/** Ten bands of width 0.1 (the last one closed); expected calibration error weighted by band size. */
export function calibrate(points: CalibrationPoint[]): Calibration {
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
  const shown = matches.flatMap((m) => m.claims).filter((c) => c.sourceRight !== null && c.claim.source);
  const point = (c: ClaimResult) => ({ confidence: c.claim.confidence, correct: c.sourceRight === true });
  const pronounLabels = sourced.filter((r) => r.label.pronoun);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return {
    labels: required.length + unlocated.length,
    recall: ratio(found.length, required.length + unlocated.length),
    recallByForm: { figure: byForm('figure'), quote: byForm('quote'), statement: byForm('statement') },
    precision: ratio(verdicts.tp, verdicts.tp + verdicts.fp + verdicts.duplicate),
    verdicts,
    formExact: ratio(found.filter((r) => r.formExact).length, found.length),
    sourceAccuracy: ratio(sourced.filter((r) => r.sourceCorrect).length, sourced.length),
    unsourcedCorrect: ratio(unsourced.filter((r) => r.sourceCorrect).length, unsourced.length),
    strengthAccuracy: ratio(strengthKnown.filter((r) => r.strengthCorrect).length, strengthKnown.length),
    pronouns: {
      accuracy: ratio(pronounLabels.filter((r) => r.sourceCorrect).length, pronounLabels.length),
      meanConfidence: mean(pronounLabels.map((r) => r.claim!.confidence)),
    },
    calibration: calibrate(shown.filter((c) => c.claim.strength === 'on-record').map(point)),
    calibrationSourced: calibrate(shown.map(point)),
  };
}
