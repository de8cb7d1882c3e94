// The content stage: where a cue's complement starts, and the ranges trimmed and cut to what was said.
import { describe, expect, it } from 'vitest';
import { complementStart, objectIsSaid } from '../../../src/analysis/content/complement';
import { contrastAt, creditOpensTail, cutConcessiveTail, trimRange } from '../../../src/analysis/content/ranges';
import { adverbialOnly, participleTail, shortTail } from '../../../src/analysis/content/tails';
import { quoteOpensSentence } from '../../../src/analysis/content/quote-marks';
import { sentence, tokenAt, words } from './helpers';

function complement(text: string) {
  const s = sentence(text);
  const c = complementStart(s.toks, s.cues[0], s.toks.length - 1);
  return { explicit: c.explicit, from: words(s, c.k, s.toks.length - 1), via: c.viaRange ? words(s, ...c.viaRange) : null };
}

describe('complement start', () => {
  it.each([
    ['He said on Tuesday that the talks failed.', 'the talks failed.', true],
    ['She said: the talks failed.', 'the talks failed.', true],
    ['She asked whether the talks failed.', 'whether the talks failed.', true],
    ['The spokesman told reporters the talks failed.', 'the talks failed.', false],
    ['He said the talks failed.', 'the talks failed.', false],
    // A blame verb's object is what was said: not a listener to skip ("Blames US" is not "blames us").
    ['Kim Jong Un Blames US For Prolonging the War', 'US For Prolonging the War', false],
    ['The minister accused Russia of war crimes.', 'Russia of war crimes.', false],
    ['The agency reported, citing two diplomats, that the envoy would resign.', 'the envoy would resign.', true],
  ])('%s', (text, from, explicit) => {
    expect(complement(text)).toMatchObject({ from, explicit });
  });
  it('keeps who a chain verb quotes', () => {
    expect(complement('KCNA cites of Kim that the test succeeded.').via).toBe('of Kim');
  });
  it("does not take \"that night\" for a complementizer", () => {
    expect(complement('He said that night the talks failed.').explicit).toBe(false);
  });
  it('knows when the object of "call" or "describe" is what was said', () => {
    const call = sentence('She called for a ceasefire.');
    expect(objectIsSaid(call.toks, call.cues[0])).toBe(true);
    const described = sentence('He described the plan as reckless.');
    expect(objectIsSaid(described.toks, described.cues[0])).toBe(true);
    const visited = sentence('He described the plan.');
    expect(objectIsSaid(visited.toks, visited.cues[0])).toBe(false);
  });
});

describe('ranges', () => {
  it('trims spaces, edge punctuation and a leading "that", and drops what is too short', () => {
    const t = ' , that the war is over; ';
    const r = trimRange(t, 0, t.length)!;
    expect(t.slice(r[0], r[1])).toBe('the war is over');
    expect(trimRange('a, ', 0, 3)).toBeNull();
  });
  it('cuts the content at ", despite" after the cue', () => {
    const s = sentence('He said profits rose 12%, despite a slump that cost jobs.');
    const content: Array<[number, number]> = [[s.toks[tokenAt(s.toks, 'profits')].s, s.text.length - 1]];
    cutConcessiveTail(s.text, s.cues[0], content);
    expect(s.text.slice(...content[0])).toBe('profits rose 12%');
  });
  it('marks where a contrasting clause starts', () => {
    const t = 'the ministry is ready, but now the talks have stalled';
    expect(contrastAt(t, [0, t.length])).toBe(t.indexOf(', but'));
  });
  it('sees a credit right after the comma that ends the content, not one inside a number', () => {
    const t = 'Prices rose, Reuters reported';
    expect(creditOpensTail(t, t.indexOf(','), t.indexOf('Reuters'))).toBe(true);
    const n = 'Prices rose to 1, 200 said';
    expect(creditOpensTail(n, n.indexOf(','), n.indexOf('200'))).toBe(false);
  });
});

describe('tails', () => {
  it('tells an adverbial tail from content', () => {
    const s = sentence('she said in an interview on Tuesday.');
    const at = tokenAt(s.toks, 'in');
    expect(adverbialOnly(s.toks, [s.toks[at].s, s.text.length])).toBe(true);
    expect(shortTail(s.toks, at)).toBe(true);
    const c = sentence('she said the border would reopen soon.');
    expect(shortTail(c.toks, tokenAt(c.toks, 'the'))).toBe(false);
  });
  it("takes a source's participle phrase up to its comma", () => {
    const s = sentence('according to a report released on Friday, prices rose.');
    const report = tokenAt(s.toks, 'report');
    expect(words(s, report, participleTail(s.toks, report))).toBe('report released on Friday');
  });
  it('sees whether a quotation opens its sentence', () => {
    const a = sentence('"We are ready," he said.');
    expect(quoteOpensSentence(a.toks, tokenAt(a.toks, '"', 1))).toBe(true);
    const b = sentence('On Fox\'s "Sunday Futures," Rep. Issa said it.');
    expect(quoteOpensSentence(b.toks, tokenAt(b.toks, '"', tokenAt(b.toks, 'Futures')))).toBe(false);
  });
});
