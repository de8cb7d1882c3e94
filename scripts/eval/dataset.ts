// The labelled evaluation set (test/fixtures/eval/*.jsonl): its types, loading and the split rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Form, SourceKind, Strength, Topic } from '../../src/analysis/types';

export type Split = 'dev' | 'holdout';

export interface LabelSource {
  /** Exact snippet where the text names the source at the point of credit; `{...}` marks the mention inside context. Null: no mention. */
  mention: string | null;
  /** Canonical name. */
  name: string;
  kind: SourceKind;
  via?: { name: string; kind: SourceKind };
}

export interface LabelClaim {
  /** Exact snippet (at most 12 words) of the claim's content. */
  content: string;
  form: Form;
  topic?: Topic;
  source: LabelSource | null;
  strength: Strength;
  /** Borderline: neither a miss when not found nor a false positive when found. */
  optional?: boolean;
  /** 0-based occurrence of `content` in the text when it is not unique. */
  nth?: number;
  note?: string;
}

export interface LabelDoc {
  id: string;
  split: Split;
  /** "page:<name>" (text rebuilt from test/fixtures/pages) or "written" (text inline). */
  origin: string;
  text?: string;
  /** Snippets of page furniture (captions, credits, link lists): engine claims in their blocks are not scored. */
  ignore?: string[];
  claims: LabelClaim[];
  note?: string;
}

export const FORMS: readonly Form[] = ['figure', 'quote', 'statement'];
export const TOPICS: readonly Topic[] = ['casualties', 'troops', 'weapons', 'displacement', 'money', 'other'];
export const KINDS: readonly SourceKind[] = ['person', 'organization', 'government', 'outlet', 'document', 'anonymous', 'vague', 'author'];
export const STRENGTHS: readonly Strength[] = ['on-record', 'anonymous', 'vague', 'none'];

/** FNV-1a 32-bit hash of the id's UTF-8 bytes. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The split rule: a document is held out when the FNV-1a hash of its id is divisible by 4 (about 25%). */
export function splitFor(id: string): Split {
  return fnv1a(id) % 4 === 0 ? 'holdout' : 'dev';
}

export function pageName(doc: LabelDoc): string | null {
  return doc.origin.startsWith('page:') ? doc.origin.slice(5) : null;
}

export function loadDataset(dir: string): LabelDoc[] {
  const docs: LabelDoc[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        docs.push(JSON.parse(line) as LabelDoc);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
  }
  return docs;
}
