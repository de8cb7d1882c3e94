// Text tables for people; the same numbers go out as JSON with --json.
import type { Calibration, Ratio, Scores } from './match';

const pct = (r: Ratio) => (r.value === null ? '   n/a' : `${(100 * r.value).toFixed(1).padStart(5)}%`);
const frac = (r: Ratio) => `${r.hit}/${r.total}`.padStart(9);
const line = (label: string, r: Ratio, extra = '') => `  ${label.padEnd(20)}${frac(r)} ${pct(r)}${extra ? '   ' + extra : ''}`;

/** `goldHasForms: false` (PolNeAR) leaves out what the gold data cannot tell: form and strength. */
export function formatScores(title: string, s: Scores, goldHasForms = true): string {
  const v = s.verdicts;
  const out = [
    title,
    line('claim recall', s.recall, !goldHasForms ? 'quotes and statements' : `figure ${pct(s.recallByForm.figure).trim()} (${s.recallByForm.figure.total}), quote ${pct(s.recallByForm.quote).trim()} (${s.recallByForm.quote.total}), statement ${pct(s.recallByForm.statement).trim()} (${s.recallByForm.statement.total})`),
    line('precision', s.precision, `wrong: ${v.fp} false, ${v.duplicate} duplicate; not counted: ${v.nested} nested, ${v.partial} partial, ${v.optional} optional, ${v.ignored} ignored`),
    ...(goldHasForms ? [line('form exact', s.formExact, 'of found claims, same form as labelled')] : []),
    line('source accuracy', s.sourceAccuracy, 'the name shown (resolved) is one the reader accepts'),
    line('pronoun sources', s.pronouns.accuracy, `right referent shown; mean confidence ${s.pronouns.meanConfidence === null ? 'n/a' : s.pronouns.meanConfidence.toFixed(2)}`),
    line('unsourced right', s.unsourcedCorrect, 'labelled without source, engine gives none'),
    ...(goldHasForms ? [line('strength accuracy', s.strengthAccuracy)] : []),
  ];
  out.push(...calibrationTable(`calibration over every on-record claim shown, false ones included (${s.calibration.count}); correct = a real claim with the right name`, s.calibration));
  out.push(`  calibration over every claim shown with a source (${s.calibrationSourced.count}): expected calibration error ${ece(s.calibrationSourced)}`);
  return out.join('\n');
}

const ece = (c: Calibration) => (c.ece === null ? 'n/a' : c.ece.toFixed(3));

function calibrationTable(title: string, c: Calibration): string[] {
  const out = [`  ${title}`, '    band       count  share correct  mean confidence'];
  for (const b of c.bands) {
    const share = b.shareCorrect === null ? '    -' : b.shareCorrect.toFixed(2).padStart(5);
    const mean = b.meanConfidence === null ? '    -' : b.meanConfidence.toFixed(2).padStart(5);
    out.push(`    ${b.from.toFixed(1)}-${b.to.toFixed(1)}  ${String(b.count).padStart(6)}  ${share.padStart(13)}  ${mean.padStart(15)}`);
  }
  out.push(`    expected calibration error: ${ece(c)}`);
  return out;
}
