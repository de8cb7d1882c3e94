// The words a quotation claims the source said: the text inside its quotation marks (all of them, when the
// article splits a quotation around "he said"), with the places where it elides words (ellipses) marked.
import { wordsOf, type Word } from './words';

// Pairs of quotation marks: straight, curly, low-high, guillemets (either way round).
const QUOTED = /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|»([^«]+)«|‘([^’]+)’(?![\p{L}])/gu;
const ELLIPSIS = /\[\s*(?:\.{3}|…)\s*\]|\.\s?\.\s?\.|…/g;

export interface QuoteWords {
  words: Word[];
  /** gapBefore[i]: the quotation elides words before words[i] (an ellipsis, or a break between two quoted parts). */
  gapBefore: boolean[];
}

export function quoteWords(claimText: string): QuoteWords {
  const parts: Array<{ start: number; end: number }> = [];
  for (const m of claimText.matchAll(QUOTED)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    const start = m.index + m[0].indexOf(inner);
    parts.push({ start, end: start + inner.length });
  }
  if (parts.length === 0) parts.push({ start: 0, end: claimText.length });
  const words: Word[] = [];
  const gapBefore: boolean[] = [];
  for (const [k, part] of parts.entries()) {
    let gap = k > 0;
    let at = part.start;
    const inner = claimText.slice(part.start, part.end);
    const pieces = [...inner.matchAll(ELLIPSIS)].map((e) => ({ start: part.start + e.index, end: part.start + e.index + e[0].length }));
    pieces.push({ start: part.end, end: part.end });
    for (const e of pieces) {
      for (const w of wordsOf(claimText, at, e.start)) {
        words.push(w);
        gapBefore.push(gap);
        gap = false;
      }
      gap = true;
      at = e.end;
    }
  }
  return { words, gapBefore };
}
