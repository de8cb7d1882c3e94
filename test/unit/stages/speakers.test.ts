// The speakers stage: the subject left of a cue, past auxiliaries, appositives and relative clauses; the
// subject that opens a clause for a participle or a second verb.
import { describe, expect, it } from 'vitest';
import { subjectLeft } from '../../../src/analysis/speakers/subject-left';
import { leadingSubject, nearestSubjectLeft } from '../../../src/analysis/speakers/leading-subject';
import { sentence, tokenAt } from './helpers';

function subjectOf(text: string, cueWord = 'said') {
  const s = sentence(text);
  const cue = s.cues.find((c) => text.slice(c.s, c.e) === cueWord);
  if (!cue) throw new Error(`no cue "${cueWord}"`);
  return subjectLeft(text, s.toks, cue, 0);
}

describe('subject left of the cue', () => {
  it('skips auxiliaries and adverbs', () => {
    expect(subjectOf('The minister has also repeatedly said the border is open.')?.m.name).toBe('The minister');
  });
  it('skips a descriptive appositive and keeps it as a role', () => {
    const s = subjectOf('Hugh Hill, a doctor at the hospital, said the wards were full.');
    expect(s?.m.name).toBe('Hugh Hill');
    expect(s?.indirect).toBe(true);
    expect(s?.m.roles).toContain('a doctor at the hospital');
  });
  it('takes a named appositive, with the title before it as a role', () => {
    const s = subjectOf("Trump's attorney, Alan Garten, said the claims were false.");
    expect(s?.m.name).toBe('Alan Garten');
    expect(s?.m.roles?.join(' ')).toContain('attorney');
  });
  it('skips an age between commas', () => {
    expect(subjectOf('Marley Anderson, 21, a student from Ohio, said she would vote.')?.m.name).toBe('Marley Anderson');
  });
  it('credits the phrase before a relative pronoun, the mention running up to "who"', () => {
    const text = 'Charles Barkley, who said he votes in Alabama, was there.';
    const s = sentence(text);
    const subj = subjectLeft(text, s.toks, s.cues[0], 0);
    expect(subj?.m.name).toBe('Charles Barkley');
    expect(text.slice(subj!.m.s, subj!.m.e)).toBe('Charles Barkley, who');
  });
  it('finds none for an infinitive ("declined to say")', () => {
    expect(subjectOf('The ministry wants to say more.', 'say')).toBeNull();
  });
});

describe('subject of the clause', () => {
  it('takes the clause subject, also after a fronted phrase', () => {
    const s = sentence('In an interview on Thursday, the senator criticized the plan.');
    expect(leadingSubject(s.text, s.toks, 0, tokenAt(s.toks, 'criticized'))?.name).toBe('the senator');
  });
  it('takes the nearest pronoun that is not the object of a preposition', () => {
    const s = sentence('When he returned to them he began by saying sorry.');
    expect(nearestSubjectLeft(s.text, s.toks, tokenAt(s.toks, 'saying'))?.name).toBe('he');
  });
});
