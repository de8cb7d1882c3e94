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
  it('makes no statement of a means or an agent after a cue ("responded by ignoring ..."), but keeps "said that by ..."', () => {
    expect(claimsOf('Madrid responded by ignoring the letter, calling it a stunt.').filter((c) => c.form === 'statement')).toEqual([]);
    expect(claimsOf('The ministry responded by cutting the fee, a move critics called timid.')).not.toContainEqual(expect.objectContaining({ source: 'The ministry' }));
    expect(claimsOf('Tom Berg said that by next year the plant would close.')).toContainEqual(expect.objectContaining({ form: 'statement', source: 'Tom Berg', text: 'by next year the plant would close.' }));
  });
  it('leaves a complement that is only a quotation to the quote', () => {
    const claims = claimsOf('The minister said: "The border will reopen on Monday."');
    expect(claims.filter((c) => c.form === 'statement')).toEqual([]);
    expect(claims.filter((c) => c.form === 'quote')).toHaveLength(1);
  });
  it('never makes the same words two claims: a statement holding its own quotation keeps only the clause before it', () => {
    const claims = claimsOf('The minister said that the offensive would continue "until the last village is free of the occupiers."');
    const quote = claims.find((c) => c.form === 'quote')!;
    const statement = claims.find((c) => c.form === 'statement')!;
    expect(statement).toMatchObject({ text: 'the offensive would continue', source: 'The minister' });
    expect(quote.source).toBe('The minister');
    const spans = analyze('Morris says the campaign will "compete vigorously for the nomination and win it."').filter((c) => c.form !== 'figure');
    expect(spans.map((c) => c.form)).toEqual(['quote']);
  });
  it('cuts a statement before a quotation another cue of the same source gives inside it', () => {
    const claims = analyze('Albright urged women to vote for Clinton on Saturday, saying, "There is a special place in hell for women who do not help each other."').filter((c) => c.form !== 'figure');
    const statement = claims.find((c) => c.form === 'statement')!;
    const quote = claims.find((c) => c.form === 'quote')!;
    expect(statement.text).toBe('women to vote for Clinton on Saturday');
    expect(quote.source?.name).toBe('Albright');
    expect(statement.end).toBeLessThanOrEqual(quote.start);
  });
  it('leaves a dateline out of the first sentence: no part of the content, no name', () => {
    const claims = analyze('SEOUL — North Korea fired two missiles on Tuesday, the military said.');
    expect(claims.find((c) => c.form === 'statement')?.text).toBe('North Korea fired two missiles on Tuesday');
    const wire = analyze('BRUSSELS (Reuters) - European Union leaders agreed on a new budget on Friday, diplomats said.');
    expect(wire.find((c) => c.form === 'statement')?.text.startsWith('European Union')).toBe(true);
    // An acronym that names a body is no dateline.
    expect(analyze('NATO - the alliance is ready, its chief said.')[0]?.start).toBe(0);
  });
  it('reads "The Post found" as the paper, not as "The"', () => {
    const post = analyze('The Post found that the company had paid no taxes in 2015.')[0].source;
    expect(post).toMatchObject({ name: 'Post', kind: 'outlet' });
    expect(analyze('Senate races collected $144 million, The Washington Post found.').find((c) => c.form === 'statement')?.source?.name).toBe('Washington Post');
  });
  it('credits a quotation in the next paragraph to a colon cue that ended the previous one', () => {
    const claims = claimsOf('Breitbart News responded:\n"The story is false and we stand by our reporting."');
    expect(claims.find((c) => c.form === 'quote')?.source).toBe('Breitbart News');
  });
  it('gives "it" and "they" a description that opened a sentence', () => {
    const src = (text: string, words: string) => claimsOf(text).find((c) => c.text.startsWith(words))?.source;
    expect(src('Lena Hart runs a bakery in Ohio. The company will close two stores next year, it said on Monday.', 'The company')).toBe('The company');
    expect(src('Senator Tom Berg met voters at a fair. Many local farmers were angry. They said the tariffs had cost them dearly.', 'the tariffs')).toBe('Many local farmers');
    expect(src('The study was published on Monday in a medical journal. It found that early exposure cut the risk of allergy.', 'early exposure')).toBe('The study');
  });
  it('puts in play the noun phrase after a fronted phrase or an opening preposition, never the adverbial itself', () => {
    const src = (text: string, words: string) => claimsOf(text).find((c) => c.text.startsWith(words))?.source;
    expect(src('Republicans met in Ohio. For decades, they have said taxes were too high.', 'taxes')).toBe('Republicans');
    expect(src('Lena Hart spoke in Ohio. Later, Hart’s campaign released a statement on the crash. It said the pilot was safe.', 'the pilot')).toBe('Hart’s campaign');
    expect(src('Lena Hart spoke in Ohio. Among her supporters, the mood was grim. They said the debate had gone badly.', 'the debate')).toBe('her supporters');
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
