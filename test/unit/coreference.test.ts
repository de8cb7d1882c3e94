// Pronoun resolution by ranking (coreference.ts, gender.ts): hard agreement rules, probabilities over
// the candidates, and what the claim and its card say about the choice. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../src/analysis/index';
import { COREF_FEATURES, compatible, rankCandidates, type CorefContext } from '../../src/analysis/coreference';
import { COREF_WEIGHTS } from '../../src/analysis/coref-weights';
import { genderOf, genderOfWord } from '../../src/analysis/gender';
import type { Entity } from '../../src/analysis/discourse';

const reported = (text: string) => analyze(text).filter((c) => c.form !== 'figure');
const bySource = (cs: Claim[], mention: string) => cs.find((c) => c.source?.mention?.text === mention);

function entity(name: string, over: Partial<Entity> = {}): Entity {
  return {
    name, kind: 'person', tokens: name.toLowerCase().split(' '), roles: new Set(), seen: 1, subjectSeen: 1,
    block: 1, mentions: 1, initialOnly: false, spoke: 0, firstAt: -1, before: null, quoted: false, firstBlock: 1, subjects: 1, ...over,
  };
}
const ctx: CorefContext = { sentence: 2, block: 1, at: -1, topic: null, prevTopic: null, lastSpeaker: null, lastSpeakerBlock: -1, openQuoteSpeaker: null };

describe('weights as data', () => {
  it('has a number for every feature', () => {
    for (const k of COREF_FEATURES) expect(typeof COREF_WEIGHTS[k], k).toBe('number');
  });
});

describe('gender as the text gives it', () => {
  it('reads first names, role nouns and titles, and says nothing of a bare surname', () => {
    expect(genderOfWord('Maria')).toBe('f');
    expect(genderOfWord('congressman')).toBe('m');
    // "Trump spokesman Hope Hicks": papers use "spokesman" and "chairman" of women too, so they say nothing.
    expect(genderOfWord('spokesman')).toBeUndefined();
    expect(genderOf(entity('Maria Lopez'))).toBe('f');
    expect(genderOf(entity('Lopez'))).toBeUndefined();
    expect(genderOf(entity('Kowalczyk', { roles: new Set(['spokeswoman']) }))).toBe('f');
    expect(genderOf(entity('Kowalczyk', { gender: 'm' }))).toBe('m');
  });
});

describe('candidates and ranking', () => {
  it('takes the European Union for a body that says "it", not a place', () => {
    const cs = reported('Trade officials in Washington said the talks would go on.\nThe European Union will tax imported steel from May, it said on Tuesday.');
    expect(cs.find((c) => c.text.includes('steel'))?.source?.name).toBe('European Union');
  });

  it('never offers a woman the text named for "he", nor a person for "it"', () => {
    expect(compatible('he', entity('Maria Lopez'), 0)).toBe(false);
    expect(compatible('she', entity('Maria Lopez'), 0)).toBe(true);
    expect(compatible('it', entity('Maria Lopez'), 0)).toBe(false);
    expect(compatible('it', entity('Acme Corp', { kind: 'organization' }), 0)).toBe(true);
    expect(compatible('they', entity('Acme Corp', { kind: 'organization' }), 0)).toBe(true);
  });

  it('never offers a place for "it" or "they"', () => {
    expect(compatible('they', entity('Iowa', { kind: 'government' }), 0)).toBe(false);
    expect(compatible('it', entity('the United States', { kind: 'government' }), 0)).toBe(false);
    expect(compatible('it', entity('Interior Ministry', { kind: 'government' }), 0)).toBe(true);
  });

  it('takes a named group ("House Republicans") for "they", never for "he"', () => {
    const cs = reported('House Republicans met the governor, Tom Berg, on Monday.\nThey said the budget was dead.\nHe said he would veto it.');
    expect(bySource(cs, 'They')?.source?.name).toBe('House Republicans');
    expect(bySource(cs, 'He')?.source?.name).toBe('Tom Berg');
  });

  it('takes "they" to two people named together, each still a person of their own', () => {
    const text = 'Ana Ruiz and Tom Berg toured the flooded district of Vale on Monday.\nThey said the repairs would take a year.\nBerg said he would return in May.';
    const cs = reported(text);
    expect(bySource(cs, 'They')?.source?.name).toBe('Ana Ruiz and Tom Berg');
    expect(bySource(cs, 'Berg')?.source?.name).toBe('Tom Berg');
  });

  it('gives probabilities that sum to one, likeliest first', () => {
    const ents = [entity('Tom Berg', { seen: 0, subjectSeen: 0 }), entity('Erik Lund', { seen: 2, subjectSeen: 2 })];
    const ranked = rankCandidates('he', ents, ctx);
    expect(ranked).toHaveLength(2);
    expect(ranked[0].p).toBeGreaterThanOrEqual(ranked[1].p);
    expect(ranked[0].p + ranked[1].p).toBeCloseTo(1, 6);
  });

  it('prefers the more recent subject, other things equal', () => {
    const ents = [entity('Tom Berg', { seen: 0, subjectSeen: 0 }), entity('Erik Lund', { seen: 2, subjectSeen: 2 })];
    expect(rankCandidates('he', ents, ctx)[0].entity.name).toBe('Erik Lund');
  });
});

describe('through the engine', () => {
  it('"he" after a woman and a man goes to the man, and the card says it was resolved', () => {
    const text = 'Maria Lopez met Tom Berg in Oslo on Monday.\nHe said the agreement was "a turning point for the whole region."';
    const c = bySource(reported(text), 'He');
    expect(c?.source?.name).toBe('Tom Berg');
    expect(c?.source?.resolvedFrom).toBe('He');
    expect(c?.reasons.join(' ')).toContain('“He” is taken to mean Tom Berg');
  });

  it('"he" with only a woman named is not given to her, and carries no confidence', () => {
    const text = 'Prime Minister Lena Berg arrived in Oslo on Monday.\nHe said the agreement was "a turning point for the whole region."';
    const c = bySource(reported(text), 'He');
    expect(c?.source?.name).not.toBe('Lena Berg');
    expect(c?.confidence).toBe(0);
  });

  it('"It said" is never credited to a person', () => {
    const text = 'Anna Weber, a lawyer, filed the complaint against Nordic Bank on Monday.\nIt said the claims were "entirely without merit and will be fought."';
    const c = bySource(reported(text), 'It');
    expect(c?.source?.name).toBe('Nordic Bank');
    expect(c?.source?.kind).not.toBe('person');
  });

  it('a claim resolved from a pronoun is less sure than the same claim under a name', () => {
    const named = bySource(reported('Tom Berg met Erik Lund in Oslo.\nTom Berg said the talks had gone well and would resume in May.'), 'Tom Berg');
    const resolved = bySource(reported('Tom Berg met Erik Lund in Oslo.\nHe said the talks had gone well and would resume in May.'), 'He');
    expect(resolved?.confidence).toBeLessThan(named!.confidence);
  });

  it('names the runner-up when two people are about equally likely', () => {
    const text = 'Tom Berg and Erik Lund met in Oslo on Monday.\nHe said the talks had gone well and would resume in May.';
    const c = bySource(reported(text), 'He');
    expect(c?.source?.alternatives?.length).toBeGreaterThan(0);
    expect(c?.reasons.join(' ')).toMatch(/could also be/);
  });

  it('tells two people who share a surname apart', () => {
    const text = 'Gary Johnson campaigned in Ohio on Monday.\nJeh Johnson, the homeland security secretary, spoke in Washington.\nHe said the threat level "remains elevated across the country."';
    const c = bySource(reported(text), 'He');
    expect(c?.source?.name).toBe('Jeh Johnson');
  });

  it('takes no place and no sentence-opening adverb for a person', () => {
    const text = 'Tom Berg spoke in Tulsa on Monday.\nIronically, the crowd was small.\nHe said the campaign "will go on no matter what happens."';
    const c = bySource(reported(text), 'He');
    expect(c?.source?.name).toBe('Tom Berg');
  });
});

describe('an unresolved pronoun', () => {
  it('"It said" with no body in play is not a person and carries no confidence', () => {
    const c = bySource(reported('It said the figures were "far lower than anyone had feared this year."'), 'It');
    expect(c?.source?.kind).toBe('organization');
    expect(c?.confidence).toBe(0);
    expect(c?.level).toBe('none');
    expect(c?.reasons.join(' ')).not.toMatch(/named organisation/);
  });
});

describe('sources as a reader names them', () => {
  it.each([
    ['Local elders said the village had been attacked twice in a week.', 'vague'],
    ['A number of analysts said the deal would collapse before the summer.', 'vague'],
    ['Protesters said they would return to the square on Friday.', 'vague'],
  ])('an unnamed group is vague, not a named source: %s', (text, strength) => {
    const [c] = reported(text);
    expect(c.strength).toBe(strength);
    expect(c.source?.kind).toBe('vague');
  });

  it('"Pfizer officials said" is on record for Pfizer', () => {
    const [c] = reported('Pfizer officials said the vaccine was safe for children over five.');
    expect(c.source?.name).toBe('Pfizer');
    expect(c.source?.kind).toBe('organization');
    expect(c.strength).toBe('on-record');
  });

  it('a government\'s officials stay unnamed', () => {
    const [c] = reported('Russian officials said the convoy had turned back at the border.');
    expect(c.strength).toBe('anonymous');
  });
});

describe('cue sense: a reporting verb needs a subject that can report', () => {
  it.each([
    'TV shows the crowd cheering as the president arrives in the city.',
    'The economy added 200,000 jobs last month, the fastest pace this year.',
    'The economy adds jobs even as growth slows in the north.',
  ])('no claim is credited in: %s', (text) => {
    expect(reported(text).filter((c) => c.source)).toEqual([]);
  });

  it.each([
    ['The survey shows that 42 percent of voters back the plan.', 'document'],
    ['The campaign said the rally would go ahead despite the rain.', 'organization'],
    ['The economy minister said that growth would pick up in the spring.', 'person'],
  ])('a subject that can report still does: %s', (text, kind) => {
    expect(reported(text)[0]?.source?.kind).toBe(kind);
  });
});

describe('role nouns', () => {
  it('ranks "the minister" among the people the text called ministers, and says who else it could be', () => {
    const text = 'Defence minister Anna Berg and foreign minister Olav Lund met in the old town on a cold day.\nThe minister said the talks would resume in May.';
    const c = bySource(reported(text), 'The minister');
    expect(['Anna Berg', 'Olav Lund']).toContain(c?.source?.name);
    expect(c?.source?.resolvedFrom).toBe('The minister');
    const other = c?.source?.name === 'Anna Berg' ? 'Olav Lund' : 'Anna Berg';
    expect(c?.source?.alternatives?.map((a) => a.name)).toContain(other);
    // The doubt of that choice is in the confidence: below the same claim under a name.
    const named = bySource(reported(text.replace('The minister', 'Anna Berg')), 'Anna Berg');
    expect(c!.confidence).toBeLessThan(named!.confidence);
  });

  it('takes "the minister" to the one minister in play without doubt', () => {
    const c = bySource(reported('Finance minister Erik Dahl spoke to farmers in the north.\nThe minister said the budget would hold.'), 'The minister');
    expect(c?.source?.name).toBe('Erik Dahl');
    expect(c?.source?.alternatives).toBeUndefined();
  });
});

describe('subjects and quotations', () => {
  it('takes "he" after a quotation to its speaker, not to the man the quotation is about', () => {
    const text = 'Lindsey Graham spoke in Columbia on Monday.\n“Donald Trump is destroying the party,” Graham said.\n“He is wrong on trade,” he added.';
    const c = bySource(reported(text), 'he');
    expect(c?.source?.name).toBe('Lindsey Graham');
  });

  it('finds a name earlier in the pronoun’s own sentence, and never one only after it', () => {
    const text = 'Carl Boyden Gray, who served as counsel, went through the code: “Civility was assumed,” he said of Tom Hale.';
    const c = bySource(reported(text), 'he');
    expect(c?.source?.name).toBe('Carl Boyden Gray');
  });
});
