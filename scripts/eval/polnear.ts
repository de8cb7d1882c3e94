// PolNeAR (../shared/data/polnear, never committed) as a second measure: the development split only,
// never a test split. Its `speech` and `according_to` records are the gold claims; its other records
// (beliefs, intentions) are borderline, so a claim on them is neither counted nor a false positive.
// PolNeAR labels no unattributed figures, so only quotes and statements are scored here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, blocksFromPlainText, type Claim } from '../../src/analysis';
import { matchDocument, score, type DocMatch, type GoldLabel, type Scores } from './match';
import { isDescription } from './names';

export interface PolnearSpan { start: number; end: number; text: string; fragments: Array<[number, number]>; is_pronoun?: boolean }
export interface PolnearRecord {
  id: string; doc_id: string; split: string; text_doc_start: number; cue_class: string | null;
  content: PolnearSpan; source: PolnearSpan | null; cue?: PolnearSpan | null;
}

export interface PolnearResult { dir: string; documents: number; records: number; scores: Scores; errors: string[]; referents: number }

/** Who a pronoun source is, as a careful reader decided (dev-referents.json; the training split's own labels for fitting). */
export interface Referent { id: string; referent: string; aliases: string[]; kind: string }

/** Referents by record id; an empty map when the file is absent. */
export function readReferents(file: string): Map<string, Referent> {
  if (!existsSync(file)) return new Map();
  const list = JSON.parse(readFileSync(file, 'utf8')) as Referent[];
  return new Map(list.map((r) => [r.id, r]));
}

/**
 * A labelled source phrase and the names standing in it: "Clinton, the former secretary of State," holds "Clinton";
 * "Mr. Grassley and Mr. Leahy" holds both; "Mr. Morgan of the Sierra Club" holds "Mr. Morgan".
 */
export function namesIn(phrase: string): string[] {
  const pieces = phrase.split(/,|\(|\)| of | and /).map((p) => p.trim()).filter((p) => /\p{Lu}/u.test(p));
  return [phrase, ...pieces.filter((p) => p !== phrase)];
}

/** Authorial or generic "we"/"you", or a reader could not tell: the card cannot be judged on a name. */
const UNJUDGEABLE = new Set(['generic', 'unclear']);

/** One split's records (train or dev: never a test split), grouped by article. */
export function readPolnearSplit(dir: string, split: 'train' | 'dev'): Map<string, PolnearRecord[]> {
  const file = path.join(dir, `attributions-${split}.jsonl`);
  const byDoc = new Map<string, PolnearRecord[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as PolnearRecord;
    if (r.split !== split) continue;
    const list = byDoc.get(r.doc_id) ?? [];
    list.push(r);
    byDoc.set(r.doc_id, list);
  }
  return byDoc;
}

/** The development records, grouped by article. */
export function readPolnearDev(dir: string): Map<string, PolnearRecord[]> {
  return readPolnearSplit(dir, 'dev');
}

export function polnearAvailable(dir: string): boolean {
  return existsSync(path.join(dir, 'attributions-dev.jsonl')) && existsSync(path.join(dir, 'dev', 'text'));
}

/**
 * A record as a gold claim: speech and according-to records are required, the others optional. A pronoun source
 * is judged by who it is (`referents`); one with no referent on file, or a generic one, is left optional.
 */
export function goldFor(r: PolnearRecord, referents: Map<string, Referent> = new Map()): GoldLabel {
  const at = r.text_doc_start;
  const content = { start: at + r.content.start, end: at + r.content.end };
  const pronoun = !!r.source?.is_pronoun;
  const ref = pronoun ? referents.get(r.id) : undefined;
  const judgeable = !pronoun || (ref !== undefined && !UNJUDGEABLE.has(ref.kind));
  return {
    key: r.id, form: 'statement', content, region: content,
    mention: r.source ? { start: at + r.source.start, end: at + r.source.end } : null,
    sourceName: ref ? ref.referent : r.source ? r.source.text : null,
    accepted: ref ? { names: [ref.referent, ...ref.aliases], strict: true } : { names: r.source ? namesIn(r.source.text) : [], strict: false },
    pronoun,
    mentionIsDescription: !pronoun && !!r.source && isDescription(r.source.text),
    strength: null,
    optional: (r.cue_class !== 'speech' && r.cue_class !== 'according_to') || !judgeable,
  };
}

export function evaluatePolnear(dir: string, engine: (text: string) => Claim[] = (t) => analyze(t, blocksFromPlainText(t))): PolnearResult {
  const byDoc = readPolnearDev(dir);
  const referents = readReferents(path.join(dir, 'dev-referents.json'));
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
    const gold = recs.map((r) => goldFor(r, referents));
    records += gold.filter((g) => !g.optional).length;
    matches.push(matchDocument(gold, claims));
  }
  return { dir, documents: byDoc.size, records, scores: score(matches), errors, referents: referents.size };
}
