// The attribution stage on one sentence: one attribution per reporting cue, with the source mention, its
// position and the content ranges; negated and hypothetical cues report nothing.
import { describe, expect, it } from 'vitest';
import { attributeSentence } from '../../../src/analysis/attribution';
import { sentence } from './helpers';

function attribute(text: string) {
  const s = sentence(text);
  return attributeSentence(text, s.toks, 0, text.length, s.cues, s.disc).map((a) => ({
    source: a.mention ? text.slice(a.mention.s, a.mention.e) : null,
    name: a.source?.name ?? null,
    position: a.position,
    content: a.content.map(([c0, c1]) => text.slice(c0, c1)),
  }));
}

describe('attributeSentence', () => {
  it.each([
    ['The minister said that the border would reopen.', 'The minister', 'before', ['the border would reopen.']],
    ['At least 42 were killed, officials said on Tuesday.', 'officials', 'after', ['At least 42 were killed']],
    ['"We will win," said Senator John Smith.', 'Senator John Smith', 'inverted', ['"We will win,"']],
    ['Prices rose 4%, according to the statistics office.', 'the statistics office', 'after', ['Prices rose 4%']],
    ['The attack, he said, was unprovoked.', 'he', 'after', ['The attack', 'was unprovoked.']],
  ])('%s', (text, source, position, content) => {
    expect(attribute(text)[0]).toMatchObject({ source, position, content });
  });

  it('splits a quotation around its cue', () => {
    expect(attribute('"We are ready," she said, "and we will not wait."')[0].content).toEqual(['"We are ready,"', '"and we will not wait."']);
  });
  it('takes the passive by-agent as the source', () => {
    expect(attribute('The plan was criticized by Human Rights Watch.')[0]).toMatchObject({ name: 'Human Rights Watch', position: 'after' });
  });
  it('credits hearsay to unnamed reports', () => {
    expect(attribute('The general reportedly ordered the strike.')[0]).toMatchObject({ name: 'unnamed reports' });
  });
  it('gives a participle the subject of the cue before it', () => {
    const atts = attribute('The mayor said the city was calm, adding that schools would open.');
    expect(atts.map((a) => a.source)).toEqual(['The mayor', 'The mayor']);
    expect(atts[1].content).toEqual(['schools would open.']);
  });
  it('never takes a fronted adverbial before the subject as content, also after a connective', () => {
    const contents = (text: string) => attribute(text).flatMap((a) => a.content);
    expect(contents('But in late May, Tom Berg seemed to urge the opposite plan.')).not.toContain('But in late May');
    expect(contents('And at a town hall last week, Lena Hart called the levy a "disgrace."')).not.toContain('And at a town hall last week');
    expect(contents('Even before the votes are counted, a group of local leaders is calling a meeting on Friday night.')).not.toContain('Even before the votes are counted');
  });
  it('reports nothing for a negated or hypothetical cue', () => {
    expect(attribute('The ministry did not say when the talks would resume.')).toEqual([]);
    expect(attribute('If officials say the dam is safe, people will return.')).toEqual([]);
  });
  it('reports nothing when a medium "shows" something without "that"', () => {
    expect(attribute('TV shows the crowd in the square.')).toEqual([]);
  });
  it.each([
    ['The governor calls for a freeze on tuition at state colleges.', 'The governor', ['for a freeze on tuition at state colleges.']],
    ['Recent polling shows the mayor trails her rival by six points.', 'Recent polling', ['the mayor trails her rival by six points.']],
    ['The mayor claims she was never told about the audit.', 'The mayor', ['she was never told about the audit.']],
    ['The coach continues to insist that the team will make the playoffs.', 'The coach', ['the team will make the playoffs.']],
    ['The senator went on to say that the bill would pass by summer.', 'The senator', ['the bill would pass by summer.']],
    ['The mayor did note that the bridge had been repaired twice.', 'The mayor', ['the bridge had been repaired twice.']],
  ])('reads the cue in %s', (text, source, content) => {
    expect(attribute(text)[0]).toMatchObject({ source, content });
  });
  it('credits the clause after the comma of a long fronted "According to"', () => {
    const text = 'According to early returns from exit polls conducted for The Tribune and two local stations by Harbor Research, turnout was down by a third.';
    const a = attribute(text).find((x) => x.source?.startsWith('early returns'));
    expect(a?.content).toEqual(['turnout was down by a third.']);
  });
  it('takes neither a noun "calls for" nor a verb "to say" after "wants" as speech', () => {
    expect(attribute('Amid calls for an inquiry, the board met on Monday.')).toEqual([]);
    expect(attribute('The mayor wants to say that the city is safe.')).toEqual([]);
  });
  it('takes no place and no kicker before a colon as a speaker', () => {
    expect(attribute('Ohio: Dana Kim, Lee Ortiz and Sam Reyes.')).toEqual([]);
    expect(attribute('New Mexico: Ana Ruiz, Ben Cole and Joe Lamb.')).toEqual([]);
    expect(attribute('Revealed: The mayor kept a second office at the port.')).toEqual([]);
  });
  it('takes "a group called X" as a name, not as speech', () => {
    expect(attribute('A new group called Harbor Light, founded in May, will hold rallies.')).toEqual([]);
    expect(attribute('The town hired several vendors, including a company called Delta Works.')).toEqual([]);
    expect(attribute('A senator called Harris a coward on Tuesday.')[0]).toMatchObject({ source: 'A senator' });
  });
  it('leaves a colon at the end of a paragraph for the next one', () => {
    const text = 'Breitbart News responded:';
    const s = sentence(text);
    expect(attributeSentence(text, s.toks, 0, text.length, s.cues, s.disc)).toEqual([]);
    expect(s.disc.pendingColon).toMatchObject({ source: { name: 'Breitbart News' } });
  });
});
