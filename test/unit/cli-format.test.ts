// The people-facing formats of `sourcemark analyze`: the table fits the terminal, markdown escapes its cells.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis';
import { parseArgs } from '../../src/cli/args';
import { toJson, toMarkdown, toTable } from '../../src/cli/format';

function claim(over: Partial<Claim>): Claim {
  return {
    id: 'c1', start: 0, end: 10, text: 'some text', form: 'quote', topic: 'other', quantity: null, hedges: [],
    source: { name: 'Kim Jong Un', kind: 'person', mention: null }, cue: null, strength: 'on-record',
    confidence: 0.82, level: 'high', reasons: [], ...over,
  };
}

const claims = [
  claim({ text: '"We will | not\nleave," the mayor said, in a statement that ran on for a very long time indeed' }),
  claim({ id: 'c2', form: 'figure', topic: 'troops', text: 'some 10,000 troops', quantity: { text: 'some 10,000', value: 10000, approximate: true },
    source: { name: 'KCNA', kind: 'outlet', mention: null, via: { name: 'Kim Jong Un', kind: 'person' } }, strength: 'vague', confidence: 0.3, level: 'low' }),
  claim({ id: 'c3', source: null, strength: 'none', confidence: 0, level: 'none' }),
];
const page = { url: 'https://news.example/a', title: 'A | B', publisher: 'News', author: 'Jane Doe', published: '2025-02-10' };

describe('output formats', () => {
  it('table: one row per claim, within the terminal width, newlines squashed', () => {
    const out = toTable({ page, text: '', claims }, 140);
    const lines = out.split('\n');
    expect(lines[0]).toBe('A | B · News · by Jane Doe · 2025-02-10');
    expect(lines.filter((l) => /^\d+  /.test(l))).toHaveLength(3);
    for (const l of lines.slice(1)) expect(l.length).toBeLessThanOrEqual(140);
    for (const l of toTable({ page, text: '', claims }, 80).split('\n').slice(1)) expect(l.length).toBeLessThanOrEqual(80);
    expect(out).toContain('KCNA, citing Kim Jong Un'); // the source column is capped at 32
    expect(out).toContain('[some 10,000]');
    expect(out).toMatch(/82% high/);
    expect(out).toMatch(/\n3\s+some text\s+quote\/other\s+—\s+none\s+none/);
    expect(lines[lines.length - 1]).toBe('3 claims.');
  });

  it('markdown: a heading for the page, escaped pipes, one row per claim', () => {
    const out = toMarkdown({ page, text: '', claims });
    expect(out.startsWith('## A \\| B\n')).toBe(true);
    const rows = out.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('"We will \\| not leave,"');
    expect(toMarkdown({ page: null, text: '', claims: [] })).toBe('No claims found.');
  });

  it('json: version 1 with page, text and claims as given', () => {
    expect(JSON.parse(toJson({ page: null, text: 'x', claims }))).toEqual({ version: 1, page: null, text: 'x', claims });
  });
});

describe('arguments', () => {
  it('reads options before or after the input, with = or a separate value', () => {
    expect(parseArgs(['analyze', '--format=markdown', 'a.txt'])).toMatchObject({ input: 'a.txt', format: 'markdown' });
    expect(parseArgs(['analyze', '-', '--format', 'json', '--timeout', '2.5'])).toMatchObject({ input: '-', format: 'json', timeoutMs: 2500 });
    expect(parseArgs(['analyze', '--jsonl', 'in.jsonl'])).toMatchObject({ input: null, jsonl: 'in.jsonl' });
    expect(parseArgs(['analyze', '-h'])).toEqual({ command: 'help' });
  });

  it('refuses what it does not understand, as usage errors (exit 2)', () => {
    for (const argv of [[], ['analyse', 'a.txt'], ['analyze'], ['analyze', '--jsonl', 'x', 'a.txt'], ['analyze', '--timeout', 'soon', 'a'], ['analyze', '-x', 'a']]) {
      expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ exitCode: 2 }));
    }
  });
});
