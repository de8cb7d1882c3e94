import { describe, expect, it } from 'vitest';
import { matchClaim } from '../../../src/linkcheck/match';

const PRESS = [
  'Press release, 4 June.',
  'The central bank raised its main interest rate to 5.25 percent on Thursday, citing persistent inflation.',
  'The governor said the bank was prepared to act again if prices kept rising.',
  'Markets had expected the decision.',
].join('\n');

const statement = (text: string) => matchClaim({ form: 'statement', text }, PRESS);

describe('statements', () => {
  it('finds a paraphrase that keeps most content words', () => {
    const v = statement('the bank is prepared to act again if prices keep rising');
    expect(v.kind).toBe('found');
    expect(v.kind === 'found' && v.passage).toContain('prepared to act again');
  });

  it('matches word forms (raised / raising, rates / rate)', () => {
    expect(statement('the central bank was raising its main interest rates because of persistent inflation').kind).toBe('found');
  });

  it('says a statement with another number differs, and marks the source’s number', () => {
    const v = statement('the central bank raised its main interest rate to 5.5 percent citing persistent inflation');
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(v.diff.find((d) => d.kind === 'source')?.text).toContain('5.25');
  });

  it('says a statement with its negation turned around differs', () => {
    const v = statement('the governor said the bank was not prepared to act again if prices kept rising');
    expect(v.kind).toBe('differs');
    if (v.kind !== 'differs') return;
    expect(v.diff.find((d) => d.kind === 'article')?.text).toBe('not');
  });

  it('does not find a statement about something else', () => {
    expect(statement('the army withdrew its troops from the border region overnight').kind).toBe('not-found');
  });

  it('does not find a statement from two shared words', () => {
    expect(statement('the bank will close twelve rural branches next year to cut costs').kind).toBe('not-found');
  });

  it('says nothing of a statement with too few content words to tell', () => {
    expect(statement('it was so').kind).toBe('not-found');
  });

  it('can join two adjacent sentences', () => {
    const v = statement('the governor said the bank raised its main rate citing persistent inflation and was prepared to act again');
    expect(v.kind).toBe('found');
  });
});
