// Content ranges: trimmed to their words, cut where the writer's framing starts, and nested reports
// cut where an outer credit begins.
import type { Cue } from '../cues';
import type { Attribution } from '../attribution/types';
import { OPEN_QUOTE } from './quote-marks';
import { alternation, wordSet } from '../lexicon/load';

/** ", despite ...": the writer's framing of what was said, not part of it. */
const CONCESSIVE_TAIL = new RegExp(String.raw`,\s+${alternation('attribution', 'concessivePatterns')}\s`);
const NOT_CREDIT_OPENERS = wordSet('attribution', 'notCreditOpeners');
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const CONTRAST = new RegExp(String.raw`,\s+${alternation('attribution', 'contrastJoints')}\s|;\s|\s+but\s+now\s|\s+—\s|\s+-\s`, 'g');

/** Spaces and the punctuation that never starts or ends a content span. */
function trimmable(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || c === 160;
}

/** [s, e) without edge spaces, punctuation and a leading "that"; null when under 3 characters remain. */
export function trimRange(text: string, s: number, e: number): [number, number] | null {
  while (s < e && trimmable(text.charCodeAt(s))) s++;
  while (e > s && trimmable(text.charCodeAt(e - 1))) e--;
  if ((text.charCodeAt(s) | 32) === 116 && /^that\s/i.test(text.slice(s, s + 5))) s += 5;
  return e - s >= 3 ? [s, e] : null;
}

/** Pushes the trimmed [s, e) when anything remains. */
export function pushRange(content: Array<[number, number]>, text: string, s: number, e: number): void {
  const r = trimRange(text, s, e);
  if (r) content.push(r);
}

export function endsWithColon(text: string, ss: number, se: number): boolean {
  let e = se;
  while (e > ss && /\s/.test(text[e - 1])) e--;
  return text.charCodeAt(e - 1) === 58;
}

/** Offset where a clause that may be the writer's own voice starts in [c0, c1) (", but now ..."), or -1. */
export function contrastAt(text: string, [c0, c1]: [number, number]): number {
  CONTRAST.lastIndex = 0;
  const cm = CONTRAST.exec(text.slice(c0, c1));
  return cm && cm.index > 8 ? c0 + cm.index : -1;
}

/** "X said profits rose 12%, despite a slump that cost 300 jobs": the content after the cue ends at ", despite". */
export function cutConcessiveTail(text: string, cue: Cue, content: Array<[number, number]>): void {
  const i = content.length - 1;
  const last = content[i];
  if (!last || last[0] < cue.e || OPEN_QUOTE.test(text[last[0]] ?? '')) return;
  const hit = CONCESSIVE_TAIL.exec(text.slice(last[0], last[1]));
  if (!hit || hit.index < 8) return;
  const r = trimRange(text, last[0], last[0] + hit.index);
  if (r) content[i] = r;
}

/**
 * ", according to X" / ", Reuters reported": the credit comes right after the comma (not one inside a
 * number or a date) that ends the content.
 */
export function creditOpensTail(text: string, contentEnd: number, creditStart: number): boolean {
  const m = /^\s*,\s+/.exec(text.slice(contentEnd, creditStart));
  if (!m || contentEnd + m[0].length !== creditStart) return false;
  const first = FIRST_WORD.exec(text.slice(creditStart, creditStart + 12))?.[0] ?? '';
  return !/^\d/.test(first) && !NOT_CREDIT_OPENERS.has(first.toLowerCase());
}

/**
 * "Officials said 42 were killed, according to the ministry" / "..., Reuters reported.": the credit after
 * the comma holds the whole report before it, so the report nested in it ends where that credit begins
 * (not "..., a concern voiced by X" nor "..., a point X also made": those describe the report, not credit it).
 */
export function trimNestedReports(text: string, earlier: Attribution[], [c0, c1]: [number, number]): void {
  for (const a of earlier) {
    if (a.cue.s < c0 || a.cue.e > c1) continue;
    const i = a.content.length - 1;
    const last = a.content[i];
    if (!last || last[1] <= c1 || last[0] >= c1) continue;
    const r = trimRange(text, last[0], c1);
    if (r) a.content[i] = r;
  }
}
