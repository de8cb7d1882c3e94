// Attribution through the whole engine: who is credited with each quote and statement, across
// sentence shapes found in wire copy and features (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { analyze, type Claim } from '../../src/analysis/index';

const reported = (text: string) => analyze(text).filter((c) => c.form !== 'figure');
function only(text: string): Claim {
  const cs = reported(text);
  expect(cs, JSON.stringify(cs.map((c) => [c.form, c.text, c.source?.name]))).toHaveLength(1);
  return cs[0];
}

describe('subject, cue, content', () => {
  it.each([
    ['The Foreign Ministry said the ambassador had been summoned over the incident.', 'Foreign Ministry', 'government'],
    ['Sen. Maria Delgado told reporters that the bill would pass by the end of the week.', 'Maria Delgado', 'person'],
    ['Reuters reported that the tanker was seized in international waters.', 'Reuters', 'outlet'],
    ['The World Health Organization warned that cases were rising in three provinces.', 'World Health Organization', 'organization'],
    ['Ukraine\'s President Zelensky has recently said that the front line is holding.', 'Zelensky', 'person'],
    ['Hugh Hill, a doctor at the city\'s main hospital, said the wards were overflowing.', 'Hugh Hill', 'person'],
    ['Marta Silva, 42, a teacher from Porto, said she would vote for the first time.', 'Marta Silva', 'person'],
    ['The company\'s chief executive, Dana Whitlock, said profits would recover next year.', 'Dana Whitlock', 'person'],
    ['Police in the northern city have said the suspect acted alone.', 'Police in the northern city', 'organization'],
    // One claim, not a second one opening with the incise nor the same words again from "citing".
    ['The agency reported, citing two diplomats, that the envoy would resign within days.', 'The agency', 'organization'],
  ])('%s', (text, name, kind) => {
    const c = only(text);
    expect(c.form).toBe('statement');
    expect(c.source?.name).toBe(name);
    expect(c.source?.kind).toBe(kind);
    expect(c.strength).toBe('on-record');
  });

  it('keeps the content after "that" as the claim', () => {
    const c = only('The ministry said that 14 bridges had been destroyed since March.');
    expect(c.text).toBe('14 bridges had been destroyed since March.');
  });

  it('skips a listener before the content', () => {
    const c = only('He told the gathering of senior officers that the enemy was exhausted.');
    expect(c.text).toBe('the enemy was exhausted.');
  });
});

describe('a share of poll respondents as the speaker', () => {
  it.each([
    ['In the survey, sixty-one percent said they would back the measure in a referendum.', 'sixty-one percent'],
    ['Nearly half said the economy mattered more to them than any other issue.', 'Nearly half'],
    ['Roughly seven in 10 residents said the new bus lanes had made their commute longer.', 'Roughly seven in 10 residents'],
  ])('%s', (text, name) => {
    const c = only(text);
    expect(c.source?.name).toBe(name);
    expect(c.source?.kind).toBe('vague');
  });
});

describe('a relative pronoun after a description stands for the name before it', () => {
  it('"Name, the director of X, who ... said" credits the name', () => {
    const cs = reported('The panel heard from Rita Olsen, the director of the Harbour Trust, who said the pier would reopen in June.');
    expect(cs.some((c) => c.source?.name === 'Rita Olsen' && c.text.startsWith('the pier would reopen'))).toBe(true);
  });
});

describe('a statement joined to a second cue that gives a quotation', () => {
  it.each([
    ['The mayor said the plan would fail and called it “a disaster for the harbour.”', 'the plan would fail'],
    ['The mayor says she respects Olsen and calls her “a tireless public servant.”', 'she respects Olsen'],
  ])('%s', (text, statement) => {
    const cs = reported(text);
    expect(cs.map((c) => c.form).sort()).toEqual(['quote', 'statement']);
    expect(cs.find((c) => c.form === 'statement')?.text).toBe(statement);
  });
});

describe('post-posed, inverted and split', () => {
  it('credits the clause before ", officials said"', () => {
    const c = only('The convoy was hit twice on the coastal road, officials said on Tuesday.');
    expect(c.text).toBe('The convoy was hit twice on the coastal road');
    expect(c.source?.kind).toBe('anonymous');
    expect(c.strength).toBe('anonymous');
    expect(c.confidence).toBeLessThanOrEqual(0.6);
  });

  it('reads "said Smith" after a quotation', () => {
    const c = only('"We have nothing left to sell," said Amira Haddad, a shopkeeper in the old market.');
    expect(c.form).toBe('quote');
    expect(c.source?.name).toBe('Amira Haddad');
  });

  it('gives both halves of a split quotation to the speaker', () => {
    const cs = reported('"The water came at night," she said, "and by morning the village was gone."\n');
    expect(cs.map((c) => c.form)).toEqual(['quote', 'quote']);
  });

  it('keeps a quoted question with its short attribution', () => {
    const c = only('"Who will pay for the repairs?" asked Lena Moreau, who runs the bakery on the square.');
    expect(c.form).toBe('quote');
    expect(c.source?.name).toBe('Lena Moreau');
    const d = only('"Is the bridge safe?" the engineer asked.');
    expect(d.source?.name.toLowerCase()).toContain('engineer');
  });

  it('reads an inverted listener verb after a quotation', () => {
    const c = only('"The dam will not hold another week of rain," warned Tarik Osman.');
    expect(c.source?.name).toBe('Tarik Osman');
  });

  it('reads subjects past long appositives and relative clauses', () => {
    expect(only('Ines Duarte, a former finance ministry official who now advises the central bank on debt, said the reserves would last a year.').source?.name).toBe('Ines Duarte');
    expect(only('Current and former officials who spoke to the newspaper said the inquiry had stalled.').strength).toBe('anonymous');
  });

  it('handles a parenthetical cue', () => {
    const c = only('The ceasefire, the spokesman said, would take effect at midnight.');
    expect(c.cue?.text).toBe('said');
    expect(c.text).toContain('ceasefire');
    expect(c.text).toContain('midnight');
  });

  it('does not treat a listener after the verb as the speaker', () => {
    const c = only('"The talks are over," the envoy told Reuters.');
    expect(c.source?.name.toLowerCase()).toContain('envoy');
  });
});

describe('according to, reporting nouns, hearsay', () => {
  it.each([
    ['The vaccine is safe for children, the Food and Drug Administration said on Monday.', 'Food and Drug Administration'],
    ['Tourism accounts for a sixth of output, according to the World Travel and Tourism Council.', 'World Travel and Tourism Council'],
    ['The Department of Health and Human Services said the clinics would stay open.', 'Department of Health and Human Services'],
  ])('reads an organisation\'s name with "and" in it whole: %s', (text, name) => {
    expect(only(text).source?.name).toBe(name);
  });

  it('credits a gerund after "for" to the object before it, not to a phrase read through "for"', () => {
    const c = analyze('Critics blasted the mayor for saying the budget would grow by a fifth.').find((x) => x.text.startsWith('the budget'));
    expect(c?.source?.name).toBe('the mayor');
  });

  it('reads "local news reports" after "according to" as one vague source, not a body called "local news"', () => {
    const c = only('Dozens of houses were flooded, according to local news reports.');
    expect(c.source?.name).toBe('local news reports');
    expect(c.source?.kind).toBe('vague');
  });

  it('credits "according to X" before or after the content', () => {
    const a = only('According to the Red Cross, hundreds of families are sleeping in schools.');
    expect(a.source?.name).toBe('Red Cross');
    expect(a.text).toBe('hundreds of families are sleeping in schools.');
    const b = only('Hundreds of families are sleeping in schools, according to the Red Cross.');
    expect(b.text).toBe('Hundreds of families are sleeping in schools');
  });

  it('credits a fronted "In <poll>," like "according to", and the writer\'s own "in the polls" to no one', () => {
    const c = only('In the latest Harbour Herald/Vale Institute poll, the mayor led her challenger by nine points.');
    expect(c.source?.name).toBe('the latest Harbour Herald/Vale Institute poll');
    expect(c.source?.kind).toBe('document');
    expect(c.text).toBe('the mayor led her challenger by nine points.');
    expect(only('In a survey from Vale University, most tenants backed the rent cap.').source?.name).toBe('a survey from Vale University');
    expect(reported('The mayor has slipped in the polls since March.')).toHaveLength(0);
    expect(reported('In the past, the mayor led in the polls.')).toHaveLength(0);
  });

  it('credits a document to its author', () => {
    const c = only('According to a report by Amnesty International, the prisoners were held without charge.');
    expect(c.source?.name).toBe('Amnesty International');
  });

  it('treats "reports are that" and "it is believed" as vague', () => {
    for (const text of ['Reports are that the airport was shelled overnight.', 'It is believed that the commander fled south.']) {
      const c = only(text);
      expect(c.strength).toBe('vague');
      expect(c.confidence).toBeLessThanOrEqual(0.35);
      expect(c.level).toBe('low');
    }
  });

  it('lowers confidence for a hedged attribution', () => {
    const plain = only('The general told his officers that the offensive would resume.');
    const hedged = only('The general reportedly told his officers that the offensive would resume.');
    expect(hedged.confidence).toBeLessThan(plain.confidence);
    expect(hedged.reasons.join(' ')).toMatch(/reportedly/);
  });
});

describe('a body named again in fewer words', () => {
  it('is the body named before ("the Health Ministry" after "the Ukrainian Health Ministry")', () => {
    const names = reported('The Ukrainian Health Ministry said 40 people were injured in the strike. The Health Ministry said later that 12 of them were children.').map((c) => c.source?.name);
    expect(names).toEqual(['Ukrainian Health Ministry', 'Ukrainian Health Ministry']);
  });
  it('is neither of two that fit', () => {
    const names = reported('The Russian Defense Ministry said the bridge was hit. The Ukrainian Defense Ministry said the bridge was intact. The Defense Ministry said talks would resume on Monday.').map((c) => c.source?.name);
    expect(names).toEqual(['Russian Defense Ministry', 'Ukrainian Defense Ministry', 'Defense Ministry']);
  });
});

describe('"the report" after a named report', () => {
  it('is that report, so its author is the source', () => {
    const cs = reported('A report by the International Crisis Group found that 3,000 fighters had crossed the border. The report said the smuggling routes were still open.');
    expect(cs.map((c) => [c.source?.name, c.source?.resolvedFrom, c.strength])).toEqual([
      ['International Crisis Group', undefined, 'on-record'], ['International Crisis Group', 'The report', 'on-record']]);
  });
  it('is that report after "according to a report by" too', () => {
    const cs = reported('According to a report by the International Crisis Group, 3,000 fighters had crossed the border. The report said the routes were still open.');
    expect(cs.map((c) => c.source?.name)).toEqual(['International Crisis Group', 'International Crisis Group']);
  });
  it('stays vague with no report named before', () => {
    expect(reported('The report said the smuggling routes were still open.').map((c) => [c.source?.name, c.strength])).toEqual([['The report', 'vague']]);
  });
});

describe('pronouns, titles and chains', () => {
  it('resolves "He" to the person named before, across blocks', () => {
    const text = 'Prime Minister Lars Berg arrived in Oslo on Monday.\nHe said the agreement was "a turning point for the whole region."';
    const [c] = reported(text);
    expect(c.source?.name).toBe('Lars Berg');
    expect(c.source?.mention?.text).toBe('He');
  });

  it('resolves a role title to the person it describes', () => {
    const text = 'Chinese Foreign Minister Wang Tao met his counterpart in Cairo.\nThe minister said both sides wanted "a lasting and fair settlement in the region."';
    const [c] = reported(text);
    expect(c.source?.name).toBe('Wang Tao');
  });

  it('resolves a surname to the full name', () => {
    const text = 'Opposition leader Rafael Ortiz addressed the rally.\nOrtiz said the election had been stolen from the people.';
    const [c] = reported(text);
    expect(c.source?.name).toBe('Rafael Ortiz');
  });

  it('credits the agency that relays a leader, via the leader', () => {
    const text = 'Kim Jong Un inspected the launch.\nThe Korean Central News Agency (KCNA) cites of Kim that "the test was a complete success for the nation."';
    const cs = reported(text);
    const c = cs[cs.length - 1];
    expect(c.source?.name).toBe('Korean Central News Agency');
    expect(c.source?.via?.name).toBe('Kim Jong Un');
  });

  it('credits a quotation continued in the next paragraph', () => {
    const text = '"We lost everything in the first week," said Tomas Reyes, a farmer. "The river took the house.\n"Then the army came and took the rest of what we had."';
    const cs = reported(text);
    expect(cs.length).toBeGreaterThanOrEqual(2);
    expect(cs[cs.length - 1].source?.name).toBe('Tomas Reyes');
  });
});

describe('what is not a claim', () => {
  it.each([
    'The river rose overnight and flooded the lower town.',
    'The council called a meeting for Friday.',
    'The report was published on Tuesday.',
    'Officials declined to comment.',
  ])('%s', (text) => {
    expect(reported(text)).toEqual([]);
  });

  it('leaves a scare quote out but keeps the statement around it', () => {
    const c = only('The president has said that there is a global \'axis\' working against his country.');
    expect(c.form).toBe('statement');
  });
});

describe('paragraphs, nesting and negation', () => {
  it('credits the quotation of the next paragraph to a cue ending with a colon', () => {
    const text = 'The union answered in a statement on Monday:\n"We will not return to work until every contract is signed and honoured."';
    const [c] = reported(text);
    expect(c.form).toBe('quote');
    expect(c.source?.name.toLowerCase()).toContain('union');
  });

  it('credits reported speech inside reported speech to the outer speaker', () => {
    const cs = analyze('Alliance chief Henrik Dahl said allies had pledged 35 more air-defence systems.');
    const figure = cs.find((c) => c.form === 'figure')!;
    expect(figure.source?.name).toBe('Henrik Dahl');
  });

  it('keeps a contrasted second clause for its own speaker', () => {
    const cs = analyze('Organisers put the crowd at 120,000, while police estimated it at around 40,000.');
    const figures = cs.filter((c) => c.form === 'figure');
    expect(figures.map((f) => f.source?.name.toLowerCase())).toEqual(['organisers', 'police']);
  });

  it('does not make claims of what was not said', () => {
    expect(reported('The company did not say how many accounts were linked to state actors.')).toEqual([]);
    expect(reported('The source asked not to be identified.')).toEqual([]);
    expect(reported('Officials will comment if the ministry confirms the figures.')).toEqual([]);
  });

  it('points the mention at "who" for a relative clause', () => {
    const c = reported('"We are ready," said Paolo Conti, who told reporters the ferries would sail at dawn.').find((x) => x.form === 'statement')!;
    expect(c.source?.name).toBe('Paolo Conti');
    expect(c.source?.mention?.text).toContain('who');
  });

  it('reads a dateline as a place, not a source', () => {
    const [c] = reported('KYIV, Ukraine — Air raid sirens sounded across the city overnight, the military administration said.');
    expect(c.source?.name.toLowerCase()).toContain('military administration');
  });

  it('treats a quoted title after a listener as a title', () => {
    expect(reported('She told "Good Morning America" about her plans.').filter((c) => c.form === 'quote')).toEqual([]);
  });

  it('keeps the word or two a speaker called someone ("called Trump “unhinged”")', () => {
    const c = only('Rita Olsen called Berg “reckless.”');
    expect(c.form).toBe('quote');
    expect(c.text).toBe('“reckless.”');
    expect(c.source?.name).toBe('Rita Olsen');
  });

  it('ignores wire credit lines', () => {
    expect(reported('(Additional reporting by Ana Ruiz in Lima; Editing by Tom Beck)')).toEqual([]);
  });
});

describe('embedded posts and links', () => {
  it('credits a pasted post to its byline', () => {
    const c = only('The bridge is closed to all traffic until further notice. — City of Riverton (@RivertonCity) March 3, 2025');
    expect(c.source?.name).toBe('City of Riverton');
    expect(c.cue?.kind).toBe('embed');
  });

  it('credits the author of an embed block', () => {
    const text = 'Polls close at eight tonight across the state.';
    const [c] = analyze(text, [{ start: 0, end: text.length, embed: { author: 'Jane Park', handle: 'jpark', url: 'https://example.org/p/1' } }]);
    expect(c.source?.name).toBe('Jane Park');
    expect(c.source?.url).toBe('https://example.org/p/1');
  });

  it('credits a vague "reports" to the outlet its words link to', () => {
    const text = 'Reports are that the port was closed to foreign ships on Sunday.';
    const [c] = analyze(text, [{ start: 0, end: text.length, links: [{ start: 0, end: 7, href: 'https://www.reuters.com/world/port-closed' }] }])
      .filter((x) => x.form !== 'figure');
    expect(c.source?.name).toBe('Reuters');
    expect(c.source?.kind).toBe('outlet');
    expect(c.source?.url).toContain('reuters.com');
  });
});

describe('a report nested in a credit after it', () => {
  it.each([
    ['Officials said at least 42 people were killed, according to the ministry.', 'the ministry', 'Officials', 'at least 42 people were killed'],
    ['The army said it had killed 15 militants, the state news agency reported.', 'the state news agency', 'The army', 'it had killed 15 militants'],
    ['Rescuers said 300 homes were destroyed in the flooding, according to a statement from the governor.', 'a statement from the governor', 'Rescuers', '300 homes were destroyed in the flooding'],
    ['Local officials said the death toll had risen to 60, Reuters reported on Tuesday.', 'Reuters', 'Local officials', 'the death toll had risen to 60'],
  ])('%s', (text, outerMention, innerMention, innerText) => {
    const cs = reported(text);
    expect(cs).toHaveLength(2);
    const outer = cs.find((c) => c.source?.mention?.text === outerMention);
    const inner = cs.find((c) => c.source?.mention?.text === innerMention);
    // The outer credit holds the whole report; the nested one ends before the credit after the comma.
    expect(outer?.start).toBe(text.indexOf(innerMention));
    expect(inner?.text).toBe(innerText);
    expect(inner!.start >= outer!.start && inner!.end <= outer!.end).toBe(true);
  });

  it('stops a report before another source\'s report inside it: the same words are never two highlights', () => {
    const cs = reported('The mayor noted that the harbour master had warned that the pier would close in June.');
    expect(cs.map((c) => [c.text, c.source?.name])).toEqual([
      ['the harbour master had warned', 'The mayor'],
      ['the pier would close in June.', 'the harbour master'],
    ]);
  });

  it('starts a report after "said" when a second speech verb owns the "that", and keeps no report that says only the same', () => {
    expect(reported('Olsen said the harbour master had told the council that the pier would close.').map((c) => [c.text, c.source?.name])).toEqual([
      ['the harbour master had told the council', 'Olsen'],
      ['the pier would close.', 'the harbour master'],
    ]);
    expect(reported('Olsen said she told the council that the pier would close.').map((c) => c.text)).toEqual(['the pier would close.']);
    expect(only('The ministry said in a statement released Monday that the border was closed.').text).toBe('the border was closed.');
  });

  it('stops a statement before a second cue of its own source', () => {
    const cs = reported('The mayor defended the budget on Monday, arguing that the new ferry would pay for itself.');
    expect(cs.map((c) => c.text)).toEqual(['the budget on Monday', 'the new ferry would pay for itself.']);
  });

  it('leaves a parenthetical credit inside one report alone', () => {
    const c = only('The attack, the governor said, killed nine people in the market.');
    expect(c.text).toBe('The attack, the governor said, killed nine people in the market.');
  });
});

describe('a passive credit inside a report', () => {
  it('does not cut the report it sits in', () => {
    const text = 'The minister said the plant would stay open, a fear that had been voiced by some unions, and that 200 jobs were safe.';
    const c = reported(text).find((x) => x.source?.mention?.text === 'The minister');
    expect(c?.text).toBe('the plant would stay open, a fear that had been voiced by some unions, and that 200 jobs were safe.');
  });
});

describe('what is not a credit closing a report', () => {
  it.each([
    // A description of the report, not its source.
    ['The governor said the bridge would reopen in May, a point the mayor also made on Tuesday.', 'The governor', 'the bridge would reopen in May, a point the mayor also made on Tuesday.'],
    ['He said he would not resign, something several lawmakers had urged him to do.', 'He', 'he would not resign, something several lawmakers had urged him to do.'],
    // A comma inside a number or a date.
    ['The ministry said that it had deleted 31,000 records in 2014, calling them duplicates.', 'The ministry', 'it had deleted 31,000 records in 2014, calling them duplicates.'],
    ['The agency said the order was signed on March 4, 2021 by the director.', 'The agency', 'the order was signed on March 4, 2021 by the director.'],
  ])('%s', (text, mention, content) => {
    const c = reported(text).find((x) => x.source?.mention?.text === mention);
    expect(c?.text).toBe(content);
  });
});

describe('a concessive tail is the writer\'s framing', () => {
  it.each([
    ['The company said profits rose 12 percent, despite a slump in demand that cost 300 jobs.', 'profits rose 12 percent', '300'],
    ['Police said the march passed off peacefully, in spite of warnings that 5,000 counter-protesters would attend.', 'the march passed off peacefully', '5,000'],
    ['The minister told parliament that the budget was balanced, notwithstanding a shortfall of $2 billion in tax receipts.', 'the budget was balanced', '$2 billion'],
  ])('%s', (text, content, outsideFigure) => {
    const claims = analyze(text);
    expect(claims.find((c) => c.form === 'statement')?.text).toBe(content);
    const figure = claims.find((c) => c.form === 'figure' && c.text.includes(outsideFigure));
    expect(figure?.source).toBeNull();
    expect(figure?.within).toBeUndefined();
  });

  it.each([
    ['Despite the storm, officials said 40 flights left on time.', '40 flights left on time.'],
    ['The mayor said "we hired 50 officers, despite the cuts," at the briefing.', null],
  ])('keeps "despite" that the source said: %s', (text, content) => {
    const claims = analyze(text);
    if (content) expect(claims.find((c) => c.form === 'statement')?.text).toBe(content);
    else expect(claims.find((c) => c.form === 'quote')?.text).toContain('despite the cuts');
    expect(claims.filter((c) => c.form === 'figure').every((f) => f.source !== null)).toBe(true);
  });
});

describe('a participle phrase after "according to" belongs to the source', () => {
  it.each([
    ['According to a police report released on Friday, 12 people were hurt.', '12 people were hurt.'],
    ['According to the schedule published Thursday, the senator will speak on the final night.', 'the senator will speak on the final night.'],
    ['According to figures compiled by the central bank in March, inflation rose to 9 percent.', 'inflation rose to 9 percent.'],
  ])('%s', (text, content) => {
    const cs = reported(text);
    // One credit for the sentence, no second one read into "released on Friday" or "compiled by".
    expect(cs.map((c) => c.text)).toEqual([content]);
  });
});
