// A stand-in engine for the in-page mechanics tests (clicks, card, keyboard, live pages, teardown): they
// must not depend on the real engine's accuracy. Plain rules: every number with a counted word is a figure
// (level "low", source "stub reports"); every double-quoted passage is a quote (level "high", source
// "stub speaker") with the figures inside it nested. The real engine is tested on the same pages elsewhere.
import type { Block, Claim, Level } from '../../src/analysis/types';
import type { LanguageInfo } from '../../src/analysis/language';

const FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b(?= [a-z])/g;
const QUOTE = /["“]([^"“”]{8,})["”]/g;

function claim(id: string, text: string, start: number, end: number, form: Claim['form'], level: Level, source: string, within?: string): Claim {
  return {
    id, form, topic: 'other', start, end, text: text.slice(start, end), hedges: [], within,
    quantity: form === 'figure' ? { text: text.slice(start, end), value: Number(text.slice(start, end).replace(/,/g, '')), approximate: false } : null,
    source: { name: source, kind: level === 'high' ? 'person' : 'vague', mention: null },
    cue: null, strength: level === 'high' ? 'on-record' : 'vague', confidence: level === 'high' ? 0.9 : 0.3, level, reasons: ['stub engine'],
  };
}

/** A page holding this marker fails its first analysis (and only the first): the failure state and its retry. */
export const FAIL_ONCE_MARKER = 'SOURCEMARK-TEST-FAIL-ONCE';
const failedOnce = new Set<string>();

export function* analyzeIncrementally(text: string, blocks: Block[]): Generator<Claim[], void, void> {
  if (text.includes(FAIL_ONCE_MARKER) && !failedOnce.has(text)) {
    failedOnce.add(text);
    throw new Error('stub engine: failing once on purpose');
  }
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    const out: Claim[] = [];
    for (const q of body.matchAll(QUOTE)) {
      const start = block.start + q.index + 1;
      out.push(claim(`q${start}`, text, start, start + q[1].length, 'quote', 'high', 'stub speaker'));
    }
    for (const f of body.matchAll(FIGURE)) {
      const start = block.start + f.index;
      const end = start + f[0].length;
      const quote = out.find((c) => c.form === 'quote' && c.start <= start && c.end >= end);
      out.push(claim(`f${start}`, text, start, end, 'figure', 'low', 'stub reports', quote?.id));
    }
    yield out;
  }
}

/** The whole stretch at once. */
export function analyze(text: string, blocks: Block[]): Claim[] {
  const claims: Claim[] = [];
  for (const batch of analyzeIncrementally(text, blocks)) claims.push(...batch);
  return claims;
}

/** The stub reads every page as English (the real engine's language handling is tested with the real engine). */
export function analysisLanguage(): LanguageInfo {
  return { code: 'en', support: 'full' };
}
