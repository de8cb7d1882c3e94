// The reader's corrections as labelled examples for improving the engine: JSON Lines, one correction a line,
// with the sentence, the claim, what the engine said and what the reader said ("not a claim" when so).
import type { CorrectionsByPage } from './model';

export interface LabelledExample {
  url: string;
  sentence: string;
  claim: string;
  form: string;
  engine_source: { name: string; kind: string } | null;
  reader_source: { name: string; kind: string } | 'not a claim';
  corrected_at: string;
}

export function labelledExamples(all: CorrectionsByPage): LabelledExample[] {
  return Object.entries(all).flatMap(([url, page]) => Object.values(page).map((r) => ({
    url, sentence: r.sentence, claim: r.claimText, form: r.form, engine_source: r.engineSource,
    reader_source: r.verdict.kind === 'not-a-claim' ? 'not a claim' as const : { name: r.verdict.name, kind: r.verdict.sourceKind },
    corrected_at: r.at,
  }))).sort((a, b) => a.corrected_at.localeCompare(b.corrected_at));
}

export function toJsonLines(all: CorrectionsByPage): string {
  return labelledExamples(all).map((e) => `${JSON.stringify(e)}\n`).join('');
}
