// Cue detection: speech and reporting verbs in every tense and voice, "according to", reporting nouns,
// impersonal hearsay and the colon, and the noun readings that are not cues.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/analysis/cues';
import { tokenize } from '../../src/analysis/tokens';
import { isAttributionHedge } from '../../src/analysis/hedges';

function cues(text: string) {
  return findCues(tokenize(text, 0, text.length), () => false, isAttributionHedge).map((c) => ({
    text: text.slice(c.s, c.e), kind: c.kind, weak: c.weak, passive: c.passive, hedge: c.hedge, impersonal: c.impersonal,
  }));
}
const cueTexts = (text: string) => cues(text).map((c) => c.text);

describe('speech verbs', () => {
  it.each([
    ['The minister said the border would reopen.', 'said'],
    ['The minister says the border will reopen.', 'says'],
    ['The minister has said the border will reopen.', 'said'],
    ['The minister will say on Monday that the border is open.', 'say'],
    ['Kim stressed that Pyongyang opposed the plan.', 'stressed'],
    ['The spokesman told reporters the talks were over.', 'told'],
    ['Officials warned that the dam could fail.', 'warned'],
    ['The army claimed it had retaken the village.', 'claimed'],
    ['The agency cites officials as confirming the figure.', 'cites'],
    ['She wrote on social media that the vote was rigged.', 'wrote'],
    ['The senator tweeted that the bill was dead.', 'tweeted'],
    ['Police are saying the suspect acted alone.', 'saying'],
    ['The company denied that any data had been lost.', 'denied'],
    ['He acknowledged that mistakes had been made.', 'acknowledged'],
    ['The prosecutor alleged that the funds were diverted.', 'alleged'],
    ['The general admitted that the offensive had stalled.', 'admitted'],
  ])('%s', (text, want) => {
    expect(cueTexts(text)).toContain(want);
  });

  it('reads "was quoted as saying" as one cue', () => {
    expect(cueTexts('The governor was quoted as saying the roads were safe.')).toEqual(['was quoted as saying']);
  });

  it('finds inverted and post-posed cues', () => {
    expect(cueTexts('"The road is closed," said Ahmed Yusuf, a local driver.')).toEqual(['said']);
    expect(cueTexts('At least 12 people died, officials said.')).toEqual(['said']);
  });

  it('marks attribution hedges on the cue', () => {
    expect(cues('The commander reportedly told his men to withdraw.')[0].hedge).toBe('reportedly');
    const said = cues('The envoy is said to have told the prince that the deal was off.');
    expect(said).toHaveLength(1);
    expect(said[0].text).toBe('told');
    expect(said[0].hedge).toBe('is said to');
  });

  it('treats "is said to" without a speech verb as hearsay', () => {
    const [c] = cues('The colonel is said to have ordered the retreat.');
    expect(c.impersonal).toBe(true);
    expect(c.hedge).toBe('is said to');
  });

  it('marks passives, whose subject is the listener', () => {
    const [c] = cues('The crowd was told to disperse.');
    expect(c.passive).toBe(true);
  });
});

describe('other cues', () => {
  it('finds "according to" before and after the content', () => {
    expect(cues('According to the Red Cross, 300 families are sheltering in schools.')[0].kind).toBe('according-to');
    expect(cues('Some 300 families are sheltering in schools, according to the Red Cross.')[0].kind).toBe('according-to');
  });

  it('finds reporting nouns and impersonal hearsay', () => {
    expect(cues('Reports are that the convoy was hit twice.')[0]).toMatchObject({ kind: 'reporting-noun' });
    expect(cues('There are unconfirmed reports that the airport was shelled.')[0]).toMatchObject({ kind: 'reporting-noun', impersonal: true });
    expect(cues('It is believed that the commander fled.')[0]).toMatchObject({ kind: 'other', impersonal: true });
    expect(cues('It is understood that talks will resume.')[0]).toMatchObject({ kind: 'other', impersonal: true });
  });

  it('finds a colon after a short source name', () => {
    expect(cues('Kim: "The enemy will pay."')[0].kind).toBe('colon');
    expect(cues('Zelensky: Russia must leave all occupied land')[0].kind).toBe('colon');
  });

  it('does not take labels before a colon for sources', () => {
    expect(cues('Update: the road has reopened.').filter((c) => c.kind === 'colon')).toEqual([]);
    expect(cues('Photo: a destroyed bridge near the town.').filter((c) => c.kind === 'colon')).toEqual([]);
  });
});

describe('noun readings are not cues', () => {
  it.each([
    'The report was published on Tuesday.',
    'A statement on the ministry website gave no details.',
    'The United States imposed new sanctions.',
    'His claims were dismissed by the court.',
    'The reported attack could not be confirmed.',
    'Their promises of aid never arrived.',
  ])('%s', (text) => {
    expect(cues(text).filter((c) => c.kind === 'speech-verb' && !c.weak && !c.passive)).toEqual([]);
  });

  it('ignores cues inside quotations', () => {
    const text = '"I told him to leave," she said.';
    const found = findCues(tokenize(text, 0, text.length), (p) => p > 0 && p < 20, isAttributionHedge);
    expect(found.map((c) => text.slice(c.s, c.e))).toEqual(['said']);
  });
});

describe('rarer cue verbs', () => {
  it.each([
    ['The mayor bragged that crime had fallen by a fifth.', 'bragged'],
    ['The governor reckoned that 200 homes were lost.', 'reckoned'],
    ['Economists fretted that the rally would not last.', 'fretted'],
    ['One senior aide confided that the talks had stalled.', 'confided'],
    ['The union bemoaned that wages had not kept pace.', 'bemoaned'],
    // Tags of a quotation only.
    ['"We will rebuild every home," she continued.', 'continued'],
    ['"It will pass," continued Smith, the union leader.', 'continued'],
    ['"Not again," he sighed.', 'sighed'],
    ['"The deal is done," Jones crowed.', 'crowed'],
    ['"Go home," the officer yelled.', 'yelled'],
    ['"It was perfect," she gushed.', 'gushed'],
  ])('%s', (text, cue) => {
    expect(cueTexts(text)).toContain(cue);
  });

  it.each([
    'Prices continued to rise in 12 cities.',
    'Even after the complaint was filed, Lewandowski continued his attacks.',
    'The protester yelled as she was dragged away.',
    'Visitors marveled at the size of the crowd.',
    'The "Never Trump" movement continues.',
  ])('is no cue without a quotation: %s', (text) => {
    expect(cueTexts(text)).toEqual([]);
  });
});
