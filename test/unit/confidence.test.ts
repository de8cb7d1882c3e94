// Confidence: fitted weights, caps by source kind, levels and readable reasons.
import { describe, expect, it } from 'vitest';
import { CAPS, FEATURE_NAMES, featureValues, rawConfidence, score, type AttributionFeatures } from '../../src/analysis/confidence';
import { CONFIDENCE_WEIGHTS } from '../../src/analysis/confidence-weights';
import { analyze, levelFor } from '../../src/analysis/index';

const base: AttributionFeatures = {
  form: 'statement', cueKind: 'speech-verb', cueText: 'said', weakCue: false, position: 'before', otherSentence: false,
  resolution: 'name', mentionText: 'Maria Lopez', sourceName: 'Maria Lopez', sourceKind: 'person', genericMention: false,
  indirect: false, hedge: null, ambiguousClause: false, continued: false, impersonal: false, contentLength: 80,
  resolveP: 1, alternatives: [],
};

describe('weights as data', () => {
  it('has a weight for every feature and a vector of the same length', () => {
    for (const k of FEATURE_NAMES) expect(typeof CONFIDENCE_WEIGHTS[k], k).toBe('number');
    expect(featureValues(base)).toHaveLength(FEATURE_NAMES.length);
  });
});

describe('score', () => {
  it('is a probability and sets the level from it', () => {
    const s = score(base);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.level).toBe(levelFor(s.confidence, true));
    expect(s.strength).toBe('on-record');
  });

  it('caps anonymous and vague sources', () => {
    const anon = score({ ...base, sourceKind: 'anonymous', sourceName: 'officials' });
    expect(anon.confidence).toBeLessThanOrEqual(CAPS.anonymous!);
    expect(anon.strength).toBe('anonymous');
    expect(anon.reasons.join(' ')).toMatch(/not named, so confidence stays at 60% or below/);
    const vague = score({ ...base, sourceKind: 'vague', sourceName: 'reports' });
    expect(vague.confidence).toBeLessThanOrEqual(CAPS.vague!);
    expect(vague.level).toBe('low');
  });

  it('lowers confidence for attribution hedges but not for content hedges', () => {
    expect(rawConfidence({ ...base, hedge: 'reportedly' })).toBeLessThan(rawConfidence(base));
    // Content hedges are not a feature at all: the same features give the same number.
    const a = analyze('The army said that possibly hundreds of soldiers were wounded.');
    const b = analyze('The army said that hundreds of soldiers were wounded.');
    expect(a[0].confidence).toBe(b[0].confidence);
    expect(a.find((c) => c.form === 'figure')?.hedges).toContain('possibly');
  });

  it('never trusts a resolved pronoun or title more than a name (the signs the design fixes)', () => {
    const named = rawConfidence(base);
    for (const resolution of ['pronoun', 'title', 'unresolved'] as const) {
      expect(rawConfidence({ ...base, resolution, mentionText: 'She' })).toBeLessThanOrEqual(named);
    }
    for (const k of ['res_pronoun', 'res_title', 'res_unresolved', 'hedged', 'ambiguous_clause', 'other_sentence', 'cue_context']) {
      expect(CONFIDENCE_WEIGHTS[k], k).toBeLessThanOrEqual(0);
    }
  });

  it('gives reasons a reader can follow', () => {
    const s = score({ ...base, resolution: 'pronoun', mentionText: 'He', sourceName: 'Kim Jong Un', form: 'quote' });
    expect(s.reasons).toContain('it is a direct quotation');
    expect(s.reasons.some((r) => r.startsWith('“He” is taken to mean Kim Jong Un'))).toBe(true);
    // No grammar terms in what a reader is told.
    expect(s.reasons.join(' ')).not.toMatch(/speech verb|appositive|participle|cue|resolved/i);
  });

  it('never calls a mention it could not tie to a name a named source', () => {
    for (const resolveP of [0, 0.4]) {
      const s = score({ ...base, resolution: 'unresolved', mentionText: 'the spokesman', sourceName: 'the spokesman', sourceKind: 'person', resolveP });
      expect(s.reasons.some((r) => r.startsWith('the article only says “the spokesman”, without a name'))).toBe(true);
      expect(s.reasons.join(' ')).not.toMatch(/named person/);
    }
  });
});

describe('through the engine', () => {
  it('scores unattributed figures none', () => {
    const [c] = analyze('At least 40 houses were destroyed in the storm.');
    expect(c.form).toBe('figure');
    expect(c.source).toBeNull();
    expect(c.level).toBe('none');
    expect(c.strength).toBe('none');
    expect(c.confidence).toBe(0);
  });

  it('ranks a clause after "but" below the clause the cue governs', () => {
    const cs = analyze('The ministry said the troops withdrew from the town, but now they are back after losing about 300 soldiers.');
    const statement = cs.find((c) => c.form === 'statement')!;
    const figure = cs.find((c) => c.form === 'figure')!;
    expect(figure.within).toBe(statement.id);
    expect(figure.confidence).toBeLessThan(statement.confidence);
    expect(figure.reasons.join(' ')).toMatch(/writer/);
  });
});
