// PolNeAR (../shared/data/polnear, never committed) as a second measure: the development split only,
// never a test split. Its `speech` and `according_to` records are the gold claims; its other records
// (beliefs, intentions) are borderline, so a claim on them is neither counted nor a false positive.
// PolNeAR labels no unattributed figures, so only quotes and statements are scored here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText, type Claim } from '../../src/analysis';
import { matchDocument, score, type DocMatch, type GoldLabel, type Scores } from './match';

interface PolnearSpan { start: number; end: number; text: string; fragments: Array<[number, number]>; is_pronoun?: boolean }
interface PolnearRecord {
  id: string; doc_id: string; split: string; text_doc_start: number; cue_class: string;
  content: PolnearSpan; source: PolnearSpan | null;
}

export interface PolnearResult { dir: string; documents: number; records: number; scores: Scores; errors: string[] }

/** The development records, grouped by article. Refuses any file but the dev split's. */
export function readPolnearDev(dir: string): Map<string, PolnearRecord[]> {
  const file = path.join(dir, 'attributions-dev.jsonl');
  const byDoc = new Map<string, PolnearRecord[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PolnearRecord;
    if (r.split !== 'dev') continue;
    byDoc.set(r.doc_id, [...(byDoc.get(r.doc_id) ?? []), r]);
  }
  return byDoc;
}

export function polnearAvailable(dir: string): boolean {
  return existsSync(path.join(dir, 'attributions-dev.jsonl')) && existsSync(path.join(dir, 'dev', 'text'));
}

function goldFor(r: PolnearRecord): GoldLabel {
  const at = r.text_doc_start;
  const content = { start: at + r.content.start, end: at + r.content.end };
  return {
    key: r.id, form: 'statement', content, region: content,
    mention: r.source ? { start: at + r.source.start, end: at + r.source.end } : null,
    sourceName: r.source ? r.source.text : null,
    strength: null,
    optional: r.cue_class !== 'speech' && r.cue_class !== 'according_to',
  };
}

export function evaluatePolnear(dir: string, engine: (text: string) => Claim[] = (t) => analyze(t, blocksFromPlainText(t))): PolnearResult {
  const byDoc = readPolnearDev(dir);
  const matches: DocMatch[] = [];
  const errors: string[] = [];
  let records = 0;
  for (const [docId, recs] of byDoc) {
    const text = readFileSync(path.join(dir, 'dev', 'text', `${docId}.txt`), 'utf8');
    let claims: Claim[] = [];
    try {
      claims = engine(text).filter((c) => c.form !== 'figure');
    } catch (e) {
      errors.push(`${docId}: ${(e as Error).message}`);
    }
    const gold = recs.map(goldFor);
    records += gold.filter((g) => !g.optional).length;
    matches.push(matchDocument(gold, claims));
  }
  return { dir, documents: byDoc.size, records, scores: score(matches), errors };
}
