import { describe, expect, it } from 'vitest';
import { matchClaim } from '../../../src/linkcheck/match';
import type { DiffPiece, Verdict } from '../../../src/linkcheck/types';

const SOURCE = [
  'Statement by the Minister of Defence, 3 March.',
  'Our forces held the line near the river. We will not retreat, not one step, and we will never abandon the people of the east.',
  'The minister added that talks “remain possible if the shelling stops”.',
  'Questions from journalists followed. The ministry’s full response will be published on Friday.',
].join('\n');

const quote = (text: string): Verdict => matchClaim({ form: 'quote', text }, SOURCE);
const marked = (diff: DiffPiece[], kind: DiffPiece['kind']) => diff.filter((d) => d.kind === kind).map((d) => d.text.trim());

describe('quotations', () => {
  it('finds an exact quotation and gives the passage in the source’s wording', () => {
    const v = quote('"We will not retreat, not one step,"');
    expect(v.kind).toBe('found');
    expect(v.kind === 'found' && v.passage).toBe('We will not retreat, not one step');
  });

  it('forgives quote marks, case, spacing and punctuation', () => {
    expect(quote('“we   WILL not retreat — not one step”').kind).toBe('found');
    expect(quote("'remain possible if the shelling stops'").kind).toBe('found');
  });

  it('forgives curly against straight apostrophes', () => {
    expect(quote('"The ministry\'s full response will be published"').kind).toBe('found');
  });

  it('lets an ellipsis stand for the words it leaves out', () => {
    const v = quote('"We will not retreat … and we will never abandon the people of the east"');
    expect(v.kind).toBe('found');
    expect(v.kind === 'found' && v.passage).toContain('not one step');
    expect(quote('"We will not retreat [...] never abandon the people"').kind).toBe('found');
    expect(quote('"We will not retreat... never abandon the people"').kind).toBe('found');
  });

  it('joins a quotation split around "he said"', () => {
    expect(quote('"Our forces held the line," he said, "near the river."').kind).toBe('found');
  });

  it('says a quotation with a changed word differs, and marks the change', () => {
    const v = quote('"We will not retreat, not one inch, and we will never abandon the people of the east"');
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(marked(v.diff, 'source')).toEqual(['step']);
    expect(marked(v.diff, 'article')).toEqual(['inch']);
    expect(v.diff.map((d) => d.text).join('')).toContain('We will not retreat');
  });

  it('marks a word the article added and one it dropped', () => {
    const v = quote('"We will not ever retreat, not one step, and we will abandon the people of the east"');
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(marked(v.diff, 'article')).toContain('ever');
    expect(marked(v.diff, 'source')).toContain('never');
  });

  it('does not call an unrelated quotation "differs"', () => {
    expect(quote('"The economy grew faster than anyone expected this year"').kind).toBe('not-found');
  });

  it('does not take a two-word quotation that differs for a misquote', () => {
    expect(quote('"held firm"').kind).toBe('not-found');
    expect(quote('"held the"').kind).toBe('found');
  });

  it('says not found when too much is changed', () => {
    expect(quote('"We shall certainly retreat, step by step, and abandon the west"').kind).toBe('not-found');
  });

  it('finds a quotation in a long source, far from its start', () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} talks about weather and trade and the harbour.`).join('\n');
    const text = `${filler}\nThe envoy said the ceasefire "is holding for now, despite violations".\n${filler}`;
    expect(matchClaim({ form: 'quote', text: '"is holding for now, despite violations"' }, text).kind).toBe('found');
    expect(matchClaim({ form: 'quote', text: '"is holding for now, despite many violations"' }, text).kind).toBe('differs');
  });

  it('reads accents and ligature forms the same', () => {
    const v = matchClaim({ form: 'quote', text: '"Le café est fermé"' }, 'Il a dit: le cafe est ferme depuis lundi.');
    expect(v.kind).toBe('found');
  });

  it('an empty source cannot be read', () => {
    expect(matchClaim({ form: 'quote', text: '"anything"' }, '  \n ')).toEqual({ kind: 'unreadable', reason: 'empty' });
  });

  it('a quotation of punctuation only is not found', () => {
    expect(quote('"…"').kind).toBe('not-found');
  });
});
