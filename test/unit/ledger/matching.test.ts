// Matching on varied pairs of real engine output: what must match, agree, conflict, and what must not match.
import { describe, expect, it } from 'vitest';
import { inArticleConflicts, relationOf, sameSpeaker } from '../../../src/ledger/match';
import { entriesOf, figureOf, quoteOf } from './pairs';

const rel = (a: string, b: string) => relationOf(figureOf(a), figureOf(b));

describe('figures that count the same thing', () => {
  it.each([
    ['Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'About 12,000 North Korean troops are now in Russia, the Pentagon said.', 'conflicts'],
    ['Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'North Korea has sent 10,000 troops to Russia, officials said.', 'agrees'],
    ['Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'The Pentagon said 9,500 North Korean troops are in Russia.', 'conflicts'],
    ['Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'About 9,800 North Korean troops are in Russia, the Pentagon said.', 'agrees'],
    ['Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'More than 8,000 North Korean soldiers are in Russia, the Pentagon said.', 'agrees'],
    ['Up to 3,000 North Korean troops were sent to Russia, officials said.',
      'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.', 'conflicts'],
    ['At least 42 people were killed in Kharkiv on Friday, officials said.',
      'The strike on Kharkiv killed 45 people, the governor said.', 'agrees'],
    ['At least 42 people were killed in Kharkiv on Friday, officials said.',
      'Officials said 30 people were killed in Kharkiv.', 'conflicts'],
    ['Ukraine has received $1.2 billion in aid from the European Union, the ministry said.',
      'The European Union gave Ukraine $1.5 billion in aid, Brussels said.', 'conflicts'],
    ['Ukraine has received $1.2 billion in aid from the European Union, the ministry said.',
      'The European Union sent $1.2 billion to Ukraine, officials said.', 'agrees'],
    ['The army fired 200 missiles at Kyiv overnight, the air force said.',
      'Russia launched some 200 missiles at Ukraine, officials in Kyiv said.', 'agrees'],
  ])('%s | %s -> %s', (a, b, expected) => {
    expect(rel(a, b)).toBe(expected);
  });

  it('is symmetric', () => {
    const a = 'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.';
    const b = 'About 12,000 North Korean troops are now in Russia, the Pentagon said.';
    expect(rel(a, b)).toBe(rel(b, a));
  });
});

describe('figures that must not match', () => {
  it.each([
    // The same number counting different things.
    ['Some 10,000 troops have been sent to the front in Ukraine, officials said.',
      'Some 10,000 refugees have fled Ukraine, the UN said.'],
    // The same number about two different countries.
    ['Russia has massed 10,000 troops near the border, officials said.',
      'Belarus has massed 10,000 troops near the border, officials said.'],
    ['Some 10,000 North Korean troops are in Russia, the ministry said.',
      'Some 10,000 American troops are in Poland, the ministry said.'],
    // Killed and injured are two counts.
    ['At least 42 people were killed in Kharkiv on Friday, officials said.',
      'Officials said 30 people were injured in Kharkiv.'],
    // Dollars and people.
    ['Ukraine received $10,000 from the charity in Lviv, the mayor said.',
      'About 10,000 people gathered in Lviv, the mayor said.'],
    // Different places, same noun and number.
    ['At least 12 people were killed in Odesa, officials said.',
      'At least 12 people were killed in Kharkiv, officials said.'],
  ])('%s | %s', (a, b) => {
    expect(rel(a, b)).toBeNull();
  });

  it('one side names what it is about and the other names nothing: no match (too little to tell)', () => {
    expect(rel('Some 10,000 troops were deployed, officials said.', 'Some 10,000 troops were sent to Syria, officials said.')).toBeNull();
  });

  it('falls back on the title when the sentence names nothing', () => {
    const a = figureOf('Some 10,000 troops were deployed, officials said.', 'North Korean troops arrive in Russia');
    const b = figureOf('About 12,000 North Korean troops are now in Russia, the Pentagon said.');
    expect(relationOf(a, b)).toBe('conflicts');
  });

  it('a figure never matches a quotation or a statement', () => {
    const figure = figureOf('Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.');
    const statement = entriesOf('Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.').find((e) => e.form === 'statement')!;
    expect(relationOf(figure, statement)).toBeNull();
    expect(relationOf(statement, figure)).toBeNull();
  });
});

describe('quotations', () => {
  const zelensky = '"We will never surrender to this aggression, whatever it costs us," President Zelensky said on Friday.';

  it('the same words by the same speaker (named differently) are the same quotation', () => {
    expect(relationOf(quoteOf(zelensky), quoteOf('Volodymyr Zelensky told parliament: "We will never surrender to this aggression, whatever it costs us."'))).toBe('same-words');
  });

  it('the same words credited to someone else say so', () => {
    expect(relationOf(quoteOf(zelensky), quoteOf('Foreign Minister Kuleba said: "We will never surrender to this aggression, whatever it costs us."'))).toBe('other-speaker');
  });

  it('small differences in punctuation, case and curly quotes still match', () => {
    expect(relationOf(quoteOf(zelensky), quoteOf('“We will NEVER surrender to this aggression — whatever it costs us,” Zelensky said.'))).toBe('same-words');
  });

  it('a word more at the end keeps Jaccard above 0.8; a changed word mid-quotation or another sentence does not', () => {
    const long = '"We will rebuild every school, every hospital and every bridge that was destroyed in this war," the mayor said.';
    const longer = '"We will rebuild every school, every hospital and every bridge that was destroyed in this war, together," the mayor said.';
    // One word in the middle of 17 changes 3 of 15 shingles: Jaccard 12/18, under the threshold.
    const oneWord = '"We will rebuild every school, every hospital and every road that was destroyed in this war," the mayor said.';
    const other = '"We will rebuild every school in the city before the winter comes," the mayor said.';
    expect(relationOf(quoteOf(long), quoteOf(longer))).toBe('same-words');
    expect(relationOf(quoteOf(long), quoteOf(oneWord))).toBeNull();
    expect(relationOf(quoteOf(long), quoteOf(other))).toBeNull();
  });

  it('a short quotation is too common to record', () => {
    expect(entriesOf('"No comment," the spokesman said.').filter((e) => e.form === 'quote')).toEqual([]);
  });

  it('anonymous sources are not "someone else"', () => {
    const a = quoteOf('"The front line is collapsing near the river," President Zelensky said.');
    const b = quoteOf('"The front line is collapsing near the river," an official said.');
    expect(relationOf(a, b)).toBe('same-words');
  });
});

function statementOf(text: string) {
  const statement = entriesOf(text).find((e) => e.form === 'statement');
  if (!statement) throw new Error(`no statement recorded in: ${text}`);
  return statement;
}

describe('statements: the same content retold', () => {
  // Each pair is real engine output (the claim's text as the engine reads it from the sentence).
  it.each([
    // Tense, "that", and the clause order of the report change; the content words do not.
    ['The ministry said that 40 people had been evacuated from the town of Izium on Friday.',
      '40 people were evacuated from the town of Izium on Friday, the ministry said.', 'same-words'],
    ['Officials said the bridge over the Dnipro river had been destroyed by shelling.',
      'The bridge over the Dnipro river was destroyed by shelling, officials said.', 'same-words'],
    ['According to the health ministry, the new hospital in Lviv will open in March.',
      'The new hospital in Lviv would open in March, the health ministry said.', 'same-words'],
    // The same content credited to someone else.
    ['The central bank said inflation would fall below three percent by the end of the year.',
      'Inflation will fall below three percent by the end of the year, the finance minister Ivan Petrenko said.', 'other-speaker'],
    // One content word in eleven changed still matches (8 of 12 pairs shared).
    ['The ministry said that 40 people had been evacuated by bus from the town of Izium near the Oskil river on Friday.',
      'The ministry said that 40 people had been evacuated by bus from the city of Izium near the Oskil river on Friday.', 'same-words'],
  ])('%s | %s -> %s', (a, b, expected) => {
    expect(relationOf(statementOf(a), statementOf(b))).toBe(expected);
  });

  it.each([
    // Same words, roles swapped.
    ['Russia will send more troops to Belarus next month, the Kremlin said.',
      'Belarus will send more troops to Russia next month, the Kremlin said.'],
    // A negation.
    ['The company said it did not expect prices to rise this winter.',
      'The company said it expected prices to rise this winter.'],
    // Another number.
    ['The ministry said that 40 people had been evacuated from the town of Izium on Friday.',
      'The ministry said that 400 people had been evacuated from the town of Izium on Friday.'],
    // Another action, another place.
    ['The ministry said that 40 people had been evacuated from the town of Izium on Friday.',
      'The ministry said that 40 people had been arrested in the town of Izium on Friday.'],
    ['The ministry said that 40 people had been evacuated from the town of Izium on Friday.',
      'The ministry said that 40 people had been evacuated from the town of Kupiansk on Friday.'],
    // Two content words in eleven changed (6 of 14 pairs shared).
    ['The ministry said that 40 people had been evacuated by bus from the town of Izium near the Oskil river on Friday.',
      'The ministry said that 40 people had been evacuated by train from the city of Izium near the Oskil river on Friday.'],
    // The same subject, something else said about it.
    ['Officials said the bridge over the Dnipro river had been destroyed by shelling.',
      'Officials said the bridge over the Dnipro river would be rebuilt by the summer.'],
  ])('%s | %s -> no match', (a, b) => {
    expect(relationOf(statementOf(a), statementOf(b))).toBeNull();
  });

  it('a quotation and a statement are not compared (one is copied, the other retold)', () => {
    const quote = quoteOf('"The bridge over the Dnipro river was destroyed by shelling," officials said.');
    expect(relationOf(quote, statementOf('Officials said the bridge over the Dnipro river had been destroyed by shelling.'))).toBeNull();
  });
});

describe('speakers', () => {
  it.each([
    [{ name: 'Zelensky', kind: 'person' as const }, { name: 'Volodymyr Zelensky', kind: 'person' as const }, true],
    [{ name: 'Zelensky', kind: 'person' as const }, { name: 'Dmytro Kuleba', kind: 'person' as const }, false],
    [{ name: 'the defence ministry', kind: 'government' as const }, { name: 'Ministry of Defence', kind: 'government' as const }, true],
    [{ name: 'the defence ministry', kind: 'government' as const }, { name: 'the foreign ministry', kind: 'government' as const }, false],
    [{ name: 'KCNA', kind: 'outlet' as const }, { name: 'kcna', kind: 'outlet' as const }, true],
  ])('%o and %o: %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});

describe('within one article', () => {
  it('flags two figures for the same thing that disagree, on both claims', () => {
    const entries = entriesOf([
      'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'Later the Pentagon said about 12,000 North Korean troops were in Russia.',
    ].join('\n'));
    const conflicts = inArticleConflicts(entries);
    const figures = entries.filter((e) => e.form === 'figure').map((e) => e.c);
    expect(figures).toHaveLength(2);
    expect(conflicts[figures[0]].map((c) => c.claimId)).toEqual([figures[1]]);
    expect(conflicts[figures[1]].map((c) => c.claimId)).toEqual([figures[0]]);
    expect(conflicts[figures[1]][0].wording).toMatch(/10,000/);
  });

  it('leaves agreeing figures, different things and two figures of one sentence alone', () => {
    const entries = entriesOf([
      'Some 10,000 North Korean troops have been sent to Russia, according to the defence ministry.',
      'The Pentagon also said about 10,000 North Korean troops were in Russia.',
      'At least 42 people were killed in Kharkiv, and 130 people were injured in Kharkiv, officials said.',
      'Some 10,000 refugees have fled to Moldova, the UN said.',
    ].join('\n'));
    expect(inArticleConflicts(entries)).toEqual({});
  });
});
