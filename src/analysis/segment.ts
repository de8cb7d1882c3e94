// Sentence segmentation, one block at a time. One Intl.Segmenter for the whole engine (its
// construction costs 10-26 ms); long blocks are cut into chunks because it is quadratic in Node 20.

import DE_MONTHS from './lexicon/de/months.json';
import { alternation } from './lexicon/load';

export interface Sentence { start: number; end: number }

let segmenter: Intl.Segmenter | null = null;
function getSegmenter(): Intl.Segmenter {
  if (!segmenter) segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

const CHUNK = 4000;
// A segment that ends with one of these words (and its dot) does not end a sentence: "Sen. Warren".
const ABBREV_END = new RegExp(String.raw`(?:^|[\s(“"])${alternation('tokens', 'sentenceAbbreviationPatterns')}\.\s*$`);
const STARTS_LOWER = /^\s*[\p{Ll}]/u;
// German writes a day as an ordinal: "am 14. Juli" is one sentence, not two.
const DAY_ORDINAL_END = /(?:^|[\s(])(?:[1-9]|[12]\d|3[01])\.$/;
const STARTS_GERMAN_MONTH = new RegExp(String.raw`^\s*(?:${DE_MONTHS.sentence_months.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})\b`);
const STARTS_CLOSING = /^\s*[,;:)\]”’»]/;

/** Cuts text[start, end) into chunks of about CHUNK characters at sentence-like boundaries. */
function chunks(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > CHUNK * 1.5) {
    const limit = s + CHUNK;
    let cut = -1;
    // Prefer ". " / "? " / "! " in the last quarter of the window, then any whitespace, then a hard cut.
    for (let i = limit; i > s + CHUNK * 0.75; i--) {
      const c = text.charCodeAt(i - 1);
      if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i] ?? '')) { cut = i; break; }
    }
    if (cut < 0) for (let i = limit; i > s + CHUNK / 2; i--) if (/\s/.test(text[i] ?? '')) { cut = i; break; }
    if (cut < 0) cut = limit;
    // Never cut a surrogate pair.
    const cc = text.charCodeAt(cut - 1);
    if (cc >= 0xd800 && cc <= 0xdbff) cut += 1;
    out.push([s, cut]);
    s = cut;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/** The sentences of one block, trimmed of surrounding whitespace, merged where the segmenter split
 *  after an abbreviation or before a lower-case continuation ('"Stop!" she said'). */
export function segmentBlock(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const seg = getSegmenter();
  for (const [cs, ce] of chunks(text, start, end)) {
    const piece = text.slice(cs, ce);
    const parts = seg.segment(piece);
    // Segment after segment by containing(): the same segments as iterating, with fewer objects made.
    for (let at = 0; at < piece.length;) {
      const part = parts.containing(at)!;
      at = part.index + part.segment.length;
      let s = cs + part.index;
      let e = s + part.segment.length;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const prev = out[out.length - 1];
      if (prev && (s - prev.end) < 4 && shouldMerge(text, prev, s, e)) { prev.end = e; continue; }
      out.push({ start: s, end: e });
    }
  }
  return out;
}

const QUESTION_QUOTE_END = /[?!]["”’']{1,2}$/;

/** A segment of at most eight words. */
function shortSegment(text: string, s: number, e: number): boolean {
  if (e - s > 80) return false;
  let spaces = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 32 && ++spaces > 7) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && (c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0xfeff));
}

function shouldMerge(text: string, prev: Sentence, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c >= 97 && c <= 122) return true;
  if (c > 127 || c === 44 || c === 59 || c === 58 || c === 41 || c === 93) {
    const head = text.slice(s, Math.min(e, s + 3));
    if (STARTS_LOWER.test(head) || STARTS_CLOSING.test(head)) return true;
  }
  // '"Would you?" Borger asked.': a question or exclamation in quotes, then a short attribution.
  if (QUESTION_QUOTE_END.test(text.slice(Math.max(prev.start, prev.end - 3), prev.end)) && shortSegment(text, s, e)) return true;
  if (text.charCodeAt(prev.end - 1) !== 46) return false;
  const tail = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
  return ABBREV_END.test(tail) || (DAY_ORDINAL_END.test(tail) && STARTS_GERMAN_MONTH.test(text.slice(s, Math.min(e, s + 12))));
}
