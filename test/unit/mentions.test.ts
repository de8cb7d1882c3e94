// Source noun phrases: named people with titles and possessives, bodies, governments, outlets,
// anonymous and vague sources, pronouns and role titles.
import { describe, expect, it } from 'vitest';
import { classifyPhrase } from '../../src/analysis/mentions';
import { tokenize } from '../../src/analysis/tokens';

function phrase(np: string) {
  const toks = tokenize(np, 0, np.length);
  return classifyPhrase(np, toks, 0, toks.length - 1);
}

describe('named sources', () => {
  it.each([
    ['Ukraine\'s President Zelensky', 'Zelensky', 'person'],
    ['President Volodymyr Zelensky', 'Volodymyr Zelensky', 'person'],
    ['North Korean leader Kim Jong Un', 'Kim Jong Un', 'person'],
    ['Sen. Elizabeth Warren', 'Elizabeth Warren', 'person'],
    ['Mr. Manafort', 'Manafort', 'person'],
    ['Foreign Minister Sergei Lavrov', 'Sergei Lavrov', 'person'],
    ['Crown Prince Mohammed bin Salman', 'Mohammed bin Salman', 'person'],
    ['Reuters', 'Reuters', 'outlet'],
    ['the Kyiv Independent', 'Kyiv Independent', 'outlet'],
    ['The Korean Central News Agency (KCNA)', 'Korean Central News Agency', 'outlet'],
    ['KCNA', 'KCNA', 'outlet'],
    ['the Associated Press', 'Associated Press', 'outlet'],
    ['Ukraine', 'Ukraine', 'government'],
    ['the Kremlin', 'Kremlin', 'government'],
    ['the Interior Ministry', 'Interior Ministry', 'government'],
    ['the Ministry of Defence', 'Ministry of Defence', 'government'],
    ['the World Health Organization', 'World Health Organization', 'organization'],
    ['NATO', 'NATO', 'organization'],
    ['Human Rights Watch', 'Human Rights Watch', 'organization'],
  ])('%s -> %s (%s)', (np, name, kind) => {
    const m = phrase(np);
    expect(m?.name).toBe(name);
    expect(m?.kind).toBe(kind);
  });

  it('keeps role words as descriptions for later titles', () => {
    expect(phrase('North Korean leader Kim Jong Un')?.roles).toContain('leader');
    expect(phrase('Ukraine\'s President Zelensky')?.roles).toContain('president');
  });

  it('takes the alias in parentheses', () => {
    expect(phrase('The Korean Central News Agency (KCNA)')?.alias).toBe('KCNA');
  });
});

describe('unnamed sources', () => {
  it.each([
    ['officials', 'anonymous'],
    ['a senior official', 'anonymous'],
    ['U.S. officials', 'anonymous'],
    ['Western diplomats', 'anonymous'],
    ['sources familiar with the matter', 'anonymous'],
    ['two people briefed on the talks', 'anonymous'],
    ['a source close to the president', 'anonymous'],
    ['reports', 'vague'],
    ['some reports', 'vague'],
    ['local media reports', 'vague'],
    ['observers', 'vague'],
    ['some analysts', 'vague'],
    // Some of a people: a group, not a name.
    ['Many Chileans', 'vague'],
    ['thousands of Estonians', 'vague'],
    ['Israeli media reports', 'vague'],
  ])('%s -> %s', (np, kind) => {
    expect(phrase(np)?.kind).toBe(kind);
  });

  it('speaks for the body a spokesman represents', () => {
    const m = phrase('a spokesman for the Defence Ministry');
    expect(m?.kind).toBe('government');
    expect(m?.name).toContain('Defence Ministry');
  });

  it('keeps two people joined by "and" apart, and an organisation\'s name with "and" whole', () => {
    expect(phrase('Smith and Jones')?.name).not.toBe('Smith and Jones');
    expect(phrase('the Bill and Melinda Gates Foundation')?.name).toContain('Bill and Melinda Gates Foundation');
  });

  it('credits a known outlet\'s reports to the outlet', () => {
    const m = phrase('Reuters reports');
    expect(m?.kind).toBe('document');
    expect(m?.by?.name).toBe('Reuters');
    expect(m?.by?.kind).toBe('outlet');
  });

  it('credits a document to its author', () => {
    const m = phrase('a report by Human Rights Watch');
    expect(m?.kind).toBe('document');
    expect(m?.by?.name).toBe('Human Rights Watch');
  });
});

describe('shares of people (the respondents of a poll)', () => {
  it.each([
    'Twenty-four percent',
    'Nearly half',
    '75 percent of Democrats',
    'a third of voters',
    'Nearly eight in 10 Democratic voters',
    'Large majorities of Republican primary voters',
  ])('%s is a group, never a person', (np) => {
    const m = phrase(np);
    expect(m?.kind).toBe('vague');
    expect(m?.name).toBe(np);
  });

  it.each([
    ['the majority leader', 'person'],
    ['win a majority of', undefined],
    ['Forty-three percent of', undefined],
  ])('%s is no share', (np, kind) => {
    expect(phrase(np)?.kind).toBe(kind);
  });
});

describe('pronouns and titles', () => {
  it.each([['He', 'm'], ['she', 'f']])('%s is a pronoun', (np, gender) => {
    const m = phrase(np);
    expect(m?.form).toBe('pronoun');
    expect(m?.gender).toBe(gender);
  });

  it('marks "they" plural and "I" the writer', () => {
    expect(phrase('they')?.plural).toBe(true);
    expect(phrase('I')?.kind).toBe('author');
  });

  it.each([
    ['The North Korean leader', 'leader'],
    ['the president', 'president'],
    ['the minister', 'minister'],
    ['the spokeswoman', 'spokeswoman'],
  ])('%s is a title to resolve', (np, role) => {
    const m = phrase(np);
    expect(m?.form).toBe('title');
    expect(m?.role).toBe(role);
  });

  it('names unnamed bodies by their phrase', () => {
    expect(phrase('the ministry')?.kind).toBe('government');
    expect(phrase('the campaign')?.kind).toBe('organization');
  });
});
