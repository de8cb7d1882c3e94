// Quotation marks as tokens: which open, which close, by what they are attached to.
import type { Token } from '../tokens';

export const CLOSE_QUOTE = /^["”»’']$|^''$/;
export const OPEN_QUOTE = /^["“„«‘']$|^''$/;

export function isClosingQuoteTok(toks: Token[], i: number): boolean {
  const t = toks[i];
  // A “ attached to the word before it closes too (sloppy typography).
  if (!t || !(CLOSE_QUOTE.test(t.w) || t.w === '“')) return false;
  const prev = toks[i - 1];
  return !!prev && prev.e === t.s; // attached to the word before it
}

export function isOpeningQuoteTok(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !OPEN_QUOTE.test(t.w)) return false;
  const next = toks[i + 1];
  return !!next && next.s === t.e;
}

/** A closing mark at toks[i], attached or standing alone. */
export function closesQuote(toks: Token[], i: number): boolean {
  const t = toks[i];
  return isClosingQuoteTok(toks, i) || (!!t && t.punct && CLOSE_QUOTE.test(t.w));
}

/** The quotation closing at toks[close] starts the sentence (or began in an earlier one). */
export function quoteOpensSentence(toks: Token[], close: number): boolean {
  const single = /^[‘’']$/.test(toks[close].w);
  for (let i = close - 1; i >= 0; i--) {
    // Skip quotation marks of the other family (a 'nested' quote inside a "double" one).
    if (isOpeningQuoteTok(toks, i) && /^[‘’']$/.test(toks[i].w) === single) return i <= 1 || toks[i - 1].w === ':';
  }
  return true;
}
