// The claims stage: quotations credited or left out as titles and scare quotes, statements that are not
// mostly a quotation, figures inside a claim sharing its source.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { isScareQuote, titleLike } from '../../../src/analysis/claims';
import type { Quote } from '../../../src/analysis/quotes';

const claimsOf = (text: string) => analyze(text).map((c) => ({ form: c.form, text: c.text, source: c.source?.name ?? null, within: c.within ?? null, id: c.id }));

describe('claims of a block', () => {
  it('makes a quote of a quotation and a figure within it with its source', () => {
    const claims = claimsOf('"We lost 42 soldiers in the attack," the commander said.');
    const quote = claims.find((c) => c.form === 'quote')!;
    expect(quote.source).toBe('the commander');
    const figure = claims.find((c) => c.form === 'figure')!;
    expect(figure).toMatchObject({ source: 'the commander', within: quote.id });
  });
  it('makes a statement of a complement with no quotation', () => {
    expect(claimsOf('The ministry said the border would reopen on Monday.')).toContainEqual(expect.objectContaining({ form: 'statement', source: 'The ministry', text: 'the border would reopen on Monday.' }));
  });
  it('leaves a complement that is only a quotation to the quote', () => {
    const claims = claimsOf('The minister said: "The border will reopen on Monday."');
    expect(claims.filter((c) => c.form === 'statement')).toEqual([]);
    expect(claims.filter((c) => c.form === 'quote')).toHaveLength(1);
  });
  it('credits a quotation in the next paragraph to a colon cue that ended the previous one', () => {
    const claims = claimsOf('Breitbart News responded:\n"The story is false and we stand by our reporting."');
    expect(claims.find((c) => c.form === 'quote')?.source).toBe('Breitbart News');
  });
  it('numbers claims in text order', () => {
    const ids = claimsOf('Officials said 12 people died. "It was a tragedy," the mayor said.').map((c) => c.id);
    expect(ids).toEqual(ids.map((_, i) => `c${i + 1}`));
  });
});

describe('scare quotes and titles', () => {
  const q = (words: number): Quote => ({ start: 0, end: 10, innerStart: 1, innerEnd: 9, words, open: false, continued: false } as Quote);
  it('reads a title in Title Case', () => {
    expect(titleLike('Good Morning America', 0, 20)).toBe(true);
    expect(titleLike('we will win', 0, 11)).toBe(false);
  });
  it('leaves out short titles and ungoverned one- or two-word quotations, keeps what a cue governs', () => {
    expect(isScareQuote(q(3), true, true, false, true)).toBe(true);
    expect(isScareQuote(q(2), false, false, false)).toBe(true);
    expect(isScareQuote(q(4), true, false, false)).toBe(false);
    expect(isScareQuote(q(4), false, false, false)).toBe(true);
    expect(isScareQuote(q(6), false, false, false)).toBe(false);
  });
});
