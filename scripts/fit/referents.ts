// Who each PolNeAR pronoun source is, as a reader decided: the development split's dev-referents.json
// (beside the data) and the training split's polnear-train-referents.json (ids and names only, in the
// project). Keyed by "<doc_id>@<offset of the pronoun in the article>".
import { readFileSync } from 'node:fs';
import { sameName } from '../eval/match';

export interface Referent {
  id: string;
  doc_id: string;
  pronoun: string;
  source_doc_start: number;
  referent: string;
  aliases?: string[];
  kind: string;
}

export function loadReferents(file: string): Map<string, Referent> {
  const list = JSON.parse(readFileSync(file, 'utf8')) as Referent[];
  const out = new Map<string, Referent>();
  for (const r of list) if (r && typeof r.doc_id === 'string' && Number.isInteger(r.source_doc_start)) out.set(`${r.doc_id}@${r.source_doc_start}`, r);
  return out;
}

/** Whether a name the engine shows is the referent (or one of its aliases). */
export function referentMatches(r: Referent, name: string): boolean {
  return [r.referent, ...(r.aliases ?? [])].some((n) => !!n && sameName(n, name));
}
