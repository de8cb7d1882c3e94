// The mentions stage beyond classifyPhrase (see ../mentions.test.ts): name runs, phrase bounds, and the
// registration of the names in play.
import { describe, expect, it } from 'vitest';
import { nameRuns, phraseEndRight, phraseStartLeft, kindOfName } from '../../../src/analysis/mentions';
import { registerNames } from '../../../src/analysis/mentions/register-names';
import { sentence, tokenAt, words } from './helpers';

const runs = (text: string) => {
  const s = sentence(text);
  return nameRuns(s.toks, 0, s.toks.length - 1).map((r) => words(s, r.a, r.b));
};

describe('name runs', () => {
  it('joins connectors inside a name and never ends on one', () => {
    expect(runs('Crown Prince Mohammed bin Salman met the Bank of England chief.')).toEqual(['Crown Prince Mohammed bin Salman', 'Bank of England']);
    expect(runs('He spoke with Van Morrison of the band.')).toEqual(['Van Morrison']);
  });
  it('leaves out capitals that name no one: sentence openers, datelines, contractions, fronted adverbs', () => {
    expect(runs('Officials said Maria Lopez left.')).toEqual(['Maria Lopez']);
    expect(runs('KYIV, Ukraine — Volodymyr Zelensky spoke.')).toEqual(['Ukraine', 'Volodymyr Zelensky']);
    expect(runs("I've told Smith.")).toEqual(['Smith']);
    expect(runs('Ironically, Jones agreed.')).toEqual(['Jones']);
  });
});

describe('phrase bounds', () => {
  it('reads a subject leftwards from the cue, with its inner preposition, not past a reporting verb', () => {
    const s = sentence('Then officials in Kyiv said the city was calm.');
    const said = tokenAt(s.toks, 'said');
    expect(words(s, phraseStartLeft(s.toks, said - 1, 0), said - 1)).toBe('officials in Kyiv');
    const r = sentence('The figures were released by the statistics office, which said prices rose.');
    const which = tokenAt(r.toks, 'which');
    expect(words(r, phraseStartLeft(r.toks, which - 2, 0), which - 2)).toBe('the statistics office');
  });
  it('reads an inverted speaker rightwards up to the adverbial after a name', () => {
    const s = sentence('"We will win," said Senator John Smith on Tuesday.');
    const at = tokenAt(s.toks, 'Senator');
    expect(words(s, at, phraseEndRight(s.toks, at, s.toks.length - 1))).toBe('Senator John Smith');
  });
});

describe('kinds of names', () => {
  it.each([
    ['reuters', 'outlet'], ['the kremlin', 'government'], ['world health organization', 'organization'], ['maria lopez', 'person'],
  ])('%s is a %s', (name, kind) => {
    const words = name.split(' ');
    expect(kindOfName(name, words[words.length - 1], words[words.length - 2] ?? '', name)).toBe(kind);
  });
});

describe('names in play', () => {
  it('registers the people and bodies a sentence names, with their role, for later sentences', () => {
    const s = sentence('North Korean leader Kim Jong Un met officials of the World Health Organization.');
    registerNames(s.text, s.toks, s.disc);
    const kim = s.disc.lookup('Kim Jong Un');
    expect(kim?.kind).toBe('person');
    expect([...kim!.roles]).toContain('leader');
    expect(s.disc.lookup('Kim')).toBe(kim);
    expect(s.disc.lookup('World Health Organization')?.kind).toBe('organization');
  });
  it('registers nothing for a headline in title case', () => {
    const s = sentence('Kim Jong Un Meets Trump In Singapore');
    registerNames(s.text, s.toks, s.disc);
    expect(s.disc.entities).toHaveLength(0);
  });
});
