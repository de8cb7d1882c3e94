// The eval's matching rules, on hand-made claims (scripts/eval/match.ts and locate.ts).
import { describe, expect, it } from 'vitest';
import type { Claim, Form, Strength } from '../../src/analysis/types';
import { calibrate, compatible, matchDocument, normalizeName, sameName, score, sourceCorrect, type GoldLabel } from '../../scripts/eval/match';
import { findAll, locateMention, locateOnce, sentenceRegion } from '../../scripts/eval/locate';
import { isDescription, isUnresolvedName } from '../../scripts/eval/names';
import { namesIn } from '../../scripts/eval/polnear';

const TEXT = 'The ministry said 3,000 troops had left the border. "We are ready," said Ana Costa. He smiled.';
const at = (snippet: string) => {
  const start = TEXT.indexOf(snippet);
  if (start < 0) throw new Error(`no ${snippet}`);
  return { start, end: start + snippet.length };
};

function claim(form: Form, snippet: string, source: { name: string; mention?: string } | null, extra: Partial<Claim> = {}): Claim {
  const span = at(snippet);
  return {
    id: `c-${snippet}`, ...span, text: snippet, form, topic: 'other', quantity: null, hedges: [], cue: null,
    source: source ? { name: source.name, kind: 'person', mention: source.mention ? { ...at(source.mention), text: source.mention } : null } : null,
    strength: source ? 'on-record' : 'none', confidence: 0.8, level: 'high', reasons: [], ...extra,
  };
}

function label(form: Form, snippet: string, sourceName: string | null, mention?: string, opts: { optional?: boolean; strength?: Strength } = {}): GoldLabel {
  const content = at(snippet);
  return {
    key: snippet, form, content, region: sentenceRegion(TEXT, { ...content, text: snippet }),
    mention: mention ? at(mention) : null, sourceName, strength: opts.strength ?? (sourceName ? 'on-record' : 'none'),
    optional: !!opts.optional, accepted: { names: sourceName ? [sourceName] : [], strict: false }, pronoun: false,
  };
}

const ministryStatement = label('statement', '3,000 troops had left the border', 'ministry', 'The ministry');
const troopsFigure = label('figure', '3,000 troops', 'ministry', 'The ministry');
const costaQuote = label('quote', 'We are ready', 'Ana Costa', 'Ana Costa');

describe('compatible forms', () => {
  it('pairs figures with figures, and quotes with statements either way', () => {
    expect(compatible('figure', 'figure')).toBe(true);
    expect(compatible('figure', 'statement')).toBe(false);
    expect(compatible('statement', 'figure')).toBe(false);
    expect(compatible('quote', 'statement')).toBe(true);
    expect(compatible('statement', 'quote')).toBe(true);
  });
});

describe('matchDocument', () => {
  it('finds a label when a claim of a compatible form overlaps its content', () => {
    const m = matchDocument([costaQuote], [claim('statement', '"We are ready," said Ana Costa', { name: 'Ana Costa' })]);
    expect(m.labels[0].claim).not.toBeNull();
    expect(m.labels[0].formExact).toBe(false);
    expect(m.claims[0].verdict).toBe('tp');
  });

  it('does not let a statement stand for a labelled figure', () => {
    const m = matchDocument([troopsFigure], [claim('statement', '3,000 troops had left the border', { name: 'Ana Costa' })]);
    expect(m.labels[0].claim).toBeNull();
    expect(m.claims[0].verdict).toBe('fp');
  });

  it('prefers the claim of the labelled form, then the larger overlap', () => {
    const q = claim('quote', 'We are ready', { name: 'Ana Costa' });
    const s = claim('statement', '"We are ready," said Ana Costa', { name: 'Ana Costa' });
    const m = matchDocument([costaQuote], [s, q]);
    expect(m.labels[0].claim).toBe(q);
    expect(m.claims.find((c) => c.claim === s)!.verdict).toBe('duplicate');
  });

  it('counts a claim that touches no label and no labelled sentence as a false positive', () => {
    const m = matchDocument([costaQuote], [claim('statement', 'He smiled.', { name: 'Ana Costa' })]);
    expect(m.claims[0].verdict).toBe('fp');
  });

  it('lets a figure inside a labelled statement pass when it carries the statement\'s source', () => {
    const right = claim('figure', '3,000 troops', { name: 'The Ministry' });
    const wrong = claim('figure', '3,000 troops', { name: 'Ana Costa' });
    expect(matchDocument([ministryStatement], [right]).claims[0].verdict).toBe('nested');
    expect(matchDocument([ministryStatement], [wrong]).claims[0].verdict).toBe('fp');
  });

  it('lets a statement around a labelled, sourced figure pass when it carries that source', () => {
    const around = claim('statement', '3,000 troops had left the border', { name: 'ministry' });
    expect(matchDocument([troopsFigure], [around]).claims[0].verdict).toBe('nested');
    const unsourced = label('figure', '3,000 troops', null);
    expect(matchDocument([unsourced], [around]).claims[0].verdict).toBe('fp'); // invents an attribution
  });

  it('does not count a piece of a labelled statement as a false positive', () => {
    const lbl = label('statement', 'troops had left', 'ministry');
    const piece = claim('statement', 'the border', { name: 'ministry' });
    expect(matchDocument([lbl], [piece]).claims[0].verdict).toBe('partial');
  });

  it('leaves claims in ignored furniture out of precision', () => {
    const m = matchDocument([], [claim('statement', 'He smiled.', null)], [at('He smiled.')]);
    expect(m.claims[0].verdict).toBe('ignored');
  });

  it('treats optional labels as neither required nor false', () => {
    const opt = label('figure', '3,000 troops', null, undefined, { optional: true });
    const m = matchDocument([opt], [claim('figure', '3,000 troops', null)]);
    expect(m.claims[0].verdict).toBe('optional');
    const s = score([m, matchDocument([opt], [])]);
    expect(s.recall.total).toBe(0);
    expect(s.precision.total).toBe(0);
  });
});

describe('source and strength', () => {
  it('judges the name shown, not a mention that overlaps', () => {
    // The card says "Costa, Ana" is wrong-shaped but the same words in another order are not the same name.
    expect(sourceCorrect(costaQuote, claim('quote', 'We are ready', { name: 'Costa, Ana', mention: 'Ana Costa' }))).toBe(false);
    // A "He" resolved to the wrong person overlaps the labelled pronoun and is still wrong.
    const heLabel: GoldLabel = { ...label('statement', 'smiled', 'Ana Costa', 'He'), pronoun: true, accepted: { names: ['Ana Costa', 'Costa'], strict: true } };
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'The ministry', mention: 'He' }))).toBe(false);
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'He', mention: 'He' }))).toBe(false);
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'Ana Costa', mention: 'He' }))).toBe(true);
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'Mayor Ana Costa', mention: 'He' }))).toBe(true);
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'Costa', mention: 'He' }))).toBe(true); // an alias
    expect(sourceCorrect(heLabel, claim('statement', 'smiled', { name: 'Ana', mention: 'He' }))).toBe(false);
  });

  it('takes a proper name inside a longer labelled phrase, not a common noun there', () => {
    const long = label('statement', 'troops had left', 'a spokesman for the ministry, Ana Costa');
    expect(sourceCorrect(long, claim('statement', 'troops had left', { name: 'Ana Costa' }))).toBe(true);
    expect(sourceCorrect(long, claim('statement', 'troops had left', { name: 'spokesman for the' }))).toBe(false);
  });

  it('falls back to the canonical name, case-insensitively and without a leading "the"', () => {
    expect(sourceCorrect(ministryStatement, claim('statement', '3,000 troops had left', { name: 'The Ministry' }))).toBe(true);
    expect(normalizeName('Sudan’s government')).toBe(normalizeName('sudan government'));
    expect(sameName('South Korean President Yoon Suk Yeol', 'Yoon Suk Yeol')).toBe(true);
    expect(sameName('Reeves', 'Eric Reeves')).toBe(true);
    expect(sameName('Korea', 'The Korea Times')).toBe(false);
    expect(sameName('Eric', 'Eric Reeves')).toBe(false);
    // A title goes with the family name, wherever it stands in the full name.
    expect(sameName('Mr. Lou', 'Lou Jiwei')).toBe(true);
    expect(sameName('Melba Acosta Febo', 'Ms. Acosta')).toBe(true);
    expect(sameName('Professor Alba', 'Richard Alba')).toBe(true);
    expect(sameName('Lou', 'Lou Jiwei')).toBe(false);
    expect(sameName('Mr. Lou', 'Wang Yi')).toBe(false);
    // A generational suffix is part of the name: "Brent Bozell III" is the "Bozell" of the next sentence; the head still decides.
    expect(sameName('Brent Bozell III', 'Bozell')).toBe(true);
    expect(sameName('Bozell', 'L. Brent Bozell Jr.')).toBe(true);
    expect(sameName('Charles Elliott III', 'Charles Smith III')).toBe(false);
    expect(sameName('', 'Eric Reeves')).toBe(false);
    expect(sourceCorrect(costaQuote, claim('quote', 'We are ready', { name: 'He' }))).toBe(false);
    expect(sourceCorrect(costaQuote, claim('quote', 'We are ready', null))).toBe(false);
  });

  it('wants no source for a label without one', () => {
    const f = label('figure', '3,000 troops', null);
    expect(sourceCorrect(f, claim('figure', '3,000 troops', null))).toBe(true);
    expect(sourceCorrect(f, claim('figure', '3,000 troops', { name: 'ministry' }))).toBe(false);
  });

  it('scores strength, source accuracy and recall by form', () => {
    const labels = [ministryStatement, troopsFigure, costaQuote];
    const claims = [
      claim('statement', '3,000 troops had left the border', { name: 'ministry' }, { strength: 'anonymous' }),
      claim('figure', '3,000 troops', { name: 'Somebody' }),
    ];
    const s = score([matchDocument(labels, claims)], [{ form: 'quote' }]);
    expect(s.recall).toMatchObject({ hit: 2, total: 4 });
    expect(s.recallByForm.quote).toMatchObject({ hit: 0, total: 2 });
    expect(s.sourceAccuracy).toMatchObject({ hit: 1, total: 2 });
    expect(s.strengthAccuracy).toMatchObject({ hit: 1, total: 2 });
    expect(s.precision).toMatchObject({ hit: 2, total: 2 });
    expect(s.calibration.count).toBe(1); // only the on-record claim
    expect(s.calibrationSourced.count).toBe(2);
  });

  it('counts duplicates against precision and every shown claim in calibration, false ones included', () => {
    const q = claim('quote', 'We are ready', { name: 'Ana Costa' }, { confidence: 0.9 });
    const dup = claim('statement', '"We are ready," said Ana Costa', { name: 'Ana Costa' }, { confidence: 0.9 });
    const fp = claim('statement', 'He smiled.', { name: 'Ana Costa' }, { confidence: 0.9 });
    const s = score([matchDocument([costaQuote], [q, dup, fp])]);
    expect(s.verdicts).toMatchObject({ tp: 1, duplicate: 1, fp: 1 });
    expect(s.precision).toMatchObject({ hit: 1, total: 3 });
    expect(s.calibration.count).toBe(3);
    expect(s.calibration.bands[9]).toMatchObject({ count: 3, correct: 2 }); // the duplicate names the right source
  });

  it('measures pronoun-sourced labels apart, with the mean confidence shown', () => {
    const he: GoldLabel = { ...label('statement', 'smiled', 'Ana Costa', 'He'), pronoun: true, accepted: { names: ['Ana Costa'], strict: true } };
    const right = claim('statement', 'He smiled.', { name: 'Ana Costa', mention: 'He' }, { confidence: 0.7 });
    const s = score([matchDocument([he], [right])]);
    expect(s.pronouns.accuracy).toMatchObject({ hit: 1, total: 1 });
    expect(s.pronouns.meanConfidence).toBeCloseTo(0.7);
  });
});

describe('names', () => {
  it('drops titles, keeps heads apart, and tells descriptions from names', () => {
    expect(sameName('Mr. Podesta', 'John D. Podesta')).toBe(true);
    expect(sameName('Rival Hillary Clinton', 'Democrat Hillary Clinton')).toBe(true);
    expect(sameName('Gary Johnson', 'Jeh Johnson')).toBe(false);
    expect(isDescription('the former president')).toBe(true);
    expect(isDescription('The Republican presidential nominee')).toBe(true);
    expect(isDescription('Mr. Burman')).toBe(false);
    expect(isUnresolvedName('He')).toBe(true);
    expect(isUnresolvedName('Hegseth')).toBe(false);
  });

  it('finds the names inside a labelled source phrase', () => {
    expect(namesIn('Mr. Grassley and Mr. Leahy')).toEqual(['Mr. Grassley and Mr. Leahy', 'Mr. Grassley', 'Mr. Leahy']);
    expect(namesIn('Clinton, the former secretary of State,')).toContain('Clinton');
  });
});

describe('split claims', () => {
  it('counts another piece of a split label as partial, and the same words twice as a duplicate', () => {
    const lbl = label('quote', 'We are ready', 'Ana Costa');
    const first = claim('quote', 'We are', { name: 'Ana Costa' });
    const second = claim('quote', 'ready', { name: 'Ana Costa' });
    const again = claim('statement', 'are ready', { name: 'Ana Costa' });
    const m = matchDocument([lbl], [first, second, again]);
    expect(m.claims.map((c) => c.verdict)).toEqual(['tp', 'partial', 'duplicate']);
  });
});

describe('calibrate', () => {
  it('bins by confidence and weighs the gap of each band by its size', () => {
    const c = calibrate([
      { confidence: 0.85, correct: true }, { confidence: 0.85, correct: false },
      { confidence: 0.15, correct: false }, { confidence: 1, correct: true },
    ]);
    expect(c.bands[8]).toMatchObject({ count: 2, correct: 1, shareCorrect: 0.5 });
    expect(c.bands[9].count).toBe(1); // 1.0 falls in the last band
    expect(c.bands[1].meanConfidence).toBeCloseTo(0.15);
    // (2/4)*|0.5-0.85| + (1/4)*|0-0.15| + (1/4)*|1-1|
    expect(c.ece).toBeCloseTo(0.5 * 0.35 + 0.25 * 0.15);
    expect(calibrate([]).ece).toBeNull();
  });
});

describe('locating snippets', () => {
  const text = 'He said the\n  talks failed. Then he left; the other said he stayed.';
  it('respects word boundaries and stretches whitespace', () => {
    expect(findAll(text, 'he').map((s) => s.start)).toEqual([text.indexOf('he left'), text.lastIndexOf('he stayed')]);
    expect(locateOnce(text, 'the talks failed.')?.text).toBe('the\n  talks failed.');
    expect(locateOnce(text, 'said')).toBeNull(); // ambiguous
    expect(locateOnce(text, 'said', 1)?.start).toBe(text.lastIndexOf('said'));
  });

  it('takes the marked part of a mention and the occurrence nearest the content', () => {
    const near = { start: text.indexOf('stayed'), end: text.length, text: 'stayed.' };
    expect(locateMention(text, '{he} stayed', near)?.start).toBe(text.lastIndexOf('he stayed'));
    expect(locateMention(text, 'he', near)?.start).toBe(text.lastIndexOf('he stayed'));
    expect(locateMention(text, 'nobody', near)).toBeNull();
  });

  it('bounds a sentence region by sentence ends and line breaks', () => {
    const t = 'First one. Mr. Lee said "no." Last line\nNext block.';
    const span = { start: t.indexOf('said'), end: t.indexOf('said') + 4, text: 'said' };
    const r = sentenceRegion(t, span);
    expect(t.slice(r.start, r.end)).toBe('Mr. Lee said "no."');
  });
});
