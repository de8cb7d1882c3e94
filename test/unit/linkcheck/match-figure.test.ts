import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { matchClaim } from '../../../src/linkcheck/match';
import type { ClaimProbe } from '../../../src/linkcheck/types';

/** The figure claim the engine itself reads from an article sentence, as the card would send it. */
function figure(sentence: string, which = 0): ClaimProbe {
  const claims = analyze(sentence).filter((c) => c.form === 'figure');
  const c = claims[which];
  if (!c) throw new Error(`no figure in: ${sentence}`);
  return { form: 'figure', text: c.text, sentence, quantity: c.quantity };
}

const REPORT = [
  'Humanitarian situation report No. 12.',
  'At least 42 people were killed and 120 injured in the shelling of the market on Tuesday, the health ministry said.',
  'Some 3,500 families have been displaced from the northern districts since January.',
  'The appeal for 2025 is 18 percent funded.',
].join('\n');

describe('figures', () => {
  it('finds the same number with the same unit in a sentence about the same thing', () => {
    const v = matchClaim(figure('Officials said 42 people were killed in the market shelling.'), REPORT);
    expect(v.kind).toBe('found');
    expect(v.kind === 'found' && v.passage).toContain('At least 42 people were killed');
  });

  it('finds a number the source writes in words', () => {
    const source = 'The ministry said forty-two people were killed in the shelling of the market.';
    expect(matchClaim(figure('At least 42 people were killed in the market shelling, officials said.'), source).kind).toBe('found');
  });

  it('finds a number the article writes in words and the source in digits', () => {
    expect(matchClaim(figure('Officials said forty-two people were killed in the market shelling.'), REPORT).kind).toBe('found');
  });

  it('reads scales: "3.5 thousand families" is 3,500', () => {
    expect(matchClaim(figure('About 3.5 thousand families were displaced from the northern districts, the UN said.'), REPORT).kind).toBe('found');
  });

  it('says a changed number differs and marks the source’s number beside the article’s', () => {
    const v = matchClaim(figure('Officials said 62 people were killed in the market shelling.'), REPORT);
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(v.diff.find((d) => d.kind === 'source')?.text).toMatch(/42/);
    expect(v.diff.find((d) => d.kind === 'article')?.text).toMatch(/62/);
  });

  it('says a rounded-up figure differs', () => {
    const v = matchClaim(figure('Some 4,000 families have been displaced from the northern districts, the UN said.'), REPORT);
    expect(v.kind).toBe('differs');
  });

  it('lets an approximate figure match a close source number', () => {
    const source = 'In total 9,870 households were displaced from the northern districts.';
    expect(matchClaim(figure('About 10,000 households were displaced from the northern districts, officials said.'), source).kind).toBe('found');
  });

  it('does not count the same number about something else', () => {
    const source = 'The committee met 42 times in the capital. The budget has 120 lines.';
    expect(matchClaim(figure('Officials said 42 people were killed in the market shelling.'), source).kind).toBe('not-found');
  });

  it('does not call a number with another unit a difference', () => {
    const source = 'The shelling of the market damaged 17 shops, the ministry said.';
    expect(matchClaim(figure('Officials said 42 people were killed in the market shelling.'), source).kind).not.toBe('differs');
  });

  it('says not found when the source has no numbers at all', () => {
    expect(matchClaim(figure('Officials said 42 people were killed in the market shelling.'), 'The market was shelled. Officials gave no toll.').kind).toBe('not-found');
  });

  it('compares money by value', () => {
    const source = 'The fund approved $2.3 billion in loans for the reconstruction of the port.';
    expect(matchClaim(figure('The fund approved $2.3bn in loans for the port, a spokesman said.'), source).kind).toBe('found');
    expect(matchClaim(figure('The fund approved $3bn in loans for the port, a spokesman said.'), source).kind).toBe('differs');
  });
});
