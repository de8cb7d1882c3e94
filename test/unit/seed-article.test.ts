// The seed article as plain text (one block a line): every claim a careful reader finds must be found
// with an acceptable source, form, topic, quantity, strength and confidence level.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, LEVEL_ORDER, type Claim, type Level } from '../../src/analysis/index';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const text = readFileSync(dir + 'seed-article.txt', 'utf8');
interface Expected {
  form: Claim['form']; text: string; topic?: Claim['topic']; sources: string[]; strength: Claim['strength'];
  level: Level; maxLevel?: Level; hedges?: string[];
  quantity?: { value?: number; min?: number; max?: number; approximate?: boolean };
}
const expected = JSON.parse(readFileSync(dir + 'seed-article.expected.json', 'utf8')) as { claims: Expected[]; notFigures: string[] };
const claims = analyze(text);

function overlapsSnippet(c: Claim, snippet: string): boolean {
  const at = text.indexOf(snippet);
  return at >= 0 && c.start < at + snippet.length && at < c.end;
}

describe('seed article (plain text)', () => {
  for (const exp of expected.claims) {
    it(`${exp.form}: ${exp.text}`, () => {
      const candidates = claims.filter((c) => c.form === exp.form && overlapsSnippet(c, exp.text));
      expect(candidates.length, `no ${exp.form} claim over "${exp.text}"`).toBeGreaterThan(0);
      const c = candidates.find((x) => exp.sources.some((s) => x.source?.name.toLowerCase().includes(s.toLowerCase()))) ?? candidates[0];
      expect(exp.sources.some((s) => c.source?.name.toLowerCase().includes(s.toLowerCase())), `source ${c.source?.name}`).toBe(true);
      if (exp.topic) expect(c.topic).toBe(exp.topic);
      expect(c.strength).toBe(exp.strength);
      const lv = LEVEL_ORDER.indexOf(c.level);
      expect(lv, `level ${c.level} (${c.confidence})`).toBeGreaterThanOrEqual(LEVEL_ORDER.indexOf(exp.level));
      if (exp.maxLevel) expect(lv, `level ${c.level} (${c.confidence})`).toBeLessThanOrEqual(LEVEL_ORDER.indexOf(exp.maxLevel));
      if (exp.quantity) {
        for (const [k, v] of Object.entries(exp.quantity)) expect(c.quantity?.[k as keyof typeof exp.quantity]).toBe(v);
      }
      if (exp.hedges) for (const h of exp.hedges) expect(c.hedges).toContain(h);
    });
  }

  it('makes no figure of dates, ordinals or idioms', () => {
    for (const nf of expected.notFigures) {
      const at = text.indexOf(nf);
      if (at < 0) continue;
      const hit = claims.find((c) => c.form === 'figure' && c.start < at + nf.length && at < c.end);
      expect(hit, `figure on "${nf}"`).toBeUndefined();
    }
  });

  it('nests figures inside the statements that hold them, with the same source', () => {
    for (const c of claims.filter((x) => x.within)) {
      const parent = claims.find((p) => p.id === c.within)!;
      expect(parent.start <= c.start && c.end <= parent.end).toBe(true);
      expect(c.source?.name).toBe(parent.source?.name);
    }
  });
});
