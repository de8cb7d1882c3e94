import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findHedges, isAttributionHedge, normalizeHedge } from '../../src/analysis/hedges';

// Sentences written for these tests in the style of wire reports.

function hedges(text: string): string[] {
  return findHedges(text).map((h) => normalizeHedge(h.text));
}

describe('findHedges', () => {
  const cases: Array<[string, string[]]> = [
    ['The troops have possibly taken hundreds of casualties.', ['possibly']],
    ['Kim reportedly told his generals to prepare.', ['reportedly']],
    ['The man allegedly fired at police.', ['allegedly']],
    ['The strike may have killed dozens.', ['may']],
    ['The toll might rise further.', ['might']],
    ['Officials said the figure could be higher.', ['could']],
    ['An estimated 1.5 million people have fled.', ['an estimated']],
    ['Unconfirmed reports spoke of explosions.', ['unconfirmed']],
    ['The commander is believed to have died.', ['believed to']],
    ['The drone apparently came from the south.', ['apparently']],
    ['The video purportedly shows the launch.', ['purportedly']],
    ['He is said to have ordered the attack.', ['is said to']],
    ['The ministers were reported to be furious.', ['were reported to']],
    ['Up to 500 drones were launched.', ['up to']],
    ['Some 10,000 troops were sent.', ['some']],
    ['Some reports say the talks failed.', []],
    ['About 300 people came; they talked about the war.', ['about']],
    ['Around two dozen tanks were seen.', ['around']],
    ['The claims could not be independently verified.', ['could not be independently verified']],
    ['Reuters was not able to independently verify the report.', []],
    ['The attack probably came from the sea.', ['probably']],
    ['The talks will resume in May, Theresa May said.', []],
    ['In May the talks failed. The deal may collapse.', ['may']],
    ['As many as 300 people are feared to be dead.', ['as many as', 'feared to']],
    ['The virus is likely to spread.', ['likely']],
    ['Casualties are estimated at 2,000.', ['estimated']],
    ['He said he could not work with them.', []],
    ['Reports put the toll as high as 400.', ['as high as']],
    ['Upwards of 2,000 people attended.', ['upwards of']],
    ['About 200 or so people came, or so it seemed.', ['about', 'or so']],
    ['The strike killed ‘possibly’ dozens, officials said.', ['possibly']],
    ['The drone appears to have come from the north.', ['appears to']],
    ['The toll has not been confirmed by the ministry.', ['has not been confirmed']],
    ['He seemed to accept the offer.', ['seemed to']],
    ['Officials said they couldn’t reach the town.', []],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" -> ${JSON.stringify(expected)}`, () => {
      expect(hedges(text)).toEqual(expected);
    });
  }
  it('gives spans whose text equals the slice, shifted by the offset', () => {
    const text = 'It was reportedly possibly 300.';
    for (const h of findHedges(text, 10)) expect(text.slice(h.start - 10, h.end - 10)).toBe(h.text);
    expect(findHedges(text, 10)[0].start).toBe(17);
  });
  it('never throws and keeps spans inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      for (const h of findHedges(s)) expect(s.slice(h.start, h.end)).toBe(h.text);
    }), { numRuns: 300 });
    expect(findHedges(null as unknown as string)).toEqual([]);
  });
});

describe('isAttributionHedge', () => {
  it('marks hedges on who said it', () => {
    for (const w of ['reportedly', 'Allegedly', 'purportedly', 'is said to', 'said to', 'were reported to', 'supposedly']) {
      expect(isAttributionHedge(w), w).toBe(true);
    }
  });
  it('leaves hedges on the content', () => {
    for (const w of ['possibly', 'may', 'could', 'estimated', 'an estimated', 'up to', 'some', 'believed to', 'unconfirmed']) {
      expect(isAttributionHedge(w), w).toBe(false);
    }
  });
});
