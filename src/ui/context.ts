// The text around a claim, read from the analyzed text: the sentence for the card, prefix/suffix and
// code-point positions for Web Annotation selectors.
import type { Span } from '../analysis/types';

function blockBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const nl = text.indexOf('\n', end);
  return [start === 0 ? 0 : from, nl === -1 ? text.length : nl];
}

let segmenter: Intl.Segmenter | null = null; // built once: construction is the costly part

/**
 * How far around the span a sentence is looked for: a longer sentence is cut there. Segmenting the whole block for
 * every claim made recording a page quadratic: 2,000 claims in one 1.2 MB paragraph held the background for 22 s.
 */
export const SENTENCE_REACH = 1000;

/** The sentence(s) holding text[start, end), never crossing a block (line) boundary, at most SENTENCE_REACH
 *  characters either side of the span. */
export function sentenceAround(text: string, span: Pick<Span, 'start' | 'end'>): string {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const [wholeStart, wholeEnd] = blockBounds(text, start, end);
  const blockStart = Math.max(wholeStart, start - SENTENCE_REACH);
  const blockEnd = Math.min(wholeEnd, end + SENTENCE_REACH);
  const block = text.slice(blockStart, blockEnd);
  let from = blockStart;
  let to = blockEnd;
  if (typeof Intl.Segmenter === 'function') {
    from = -1;
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const s of segmenter.segment(block)) {
      const sStart = blockStart + s.index;
      const sEnd = sStart + s.segment.length;
      const overlaps = sEnd > start && sStart < Math.max(end, start + 1);
      if (overlaps) {
        if (from === -1) from = sStart;
        to = sEnd;
      } else if (from !== -1) break;
    }
    if (from === -1) [from, to] = [blockStart, blockEnd];
  }
  return text.slice(from, to).trim();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Up to `size` characters on each side, never splitting a surrogate pair. */
export function quoteContext(text: string, span: Pick<Span, 'start' | 'end'>, size = 32): { prefix: string; suffix: string } {
  let from = Math.max(0, span.start - size);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, span.end + size);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  return { prefix: text.slice(from, span.start), suffix: text.slice(span.end, to) };
}

/**
 * Converts UTF-16 offsets (the engine's) into Unicode code point offsets (what the Web Annotation model's
 * TextPositionSelector counts). Text without astral characters, the common case, maps to itself.
 */
export function codePointMapper(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => Math.max(0, Math.min(offset, text.length));
  const table = new Uint32Array(text.length + 1);
  for (let i = 0, count = 0; i <= text.length; i++) {
    table[i] = count;
    const code = text.charCodeAt(i);
    const pairStart = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
    if (!pairStart) count++; // the high half of a pair counts nothing: the pair counts once, at its low half
  }
  return (offset) => table[Math.max(0, Math.min(offset, text.length))];
}
