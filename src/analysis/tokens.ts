// Word and punctuation tokens of one sentence, with offsets into the analyzed text.
import { wordSet } from './lexicon/load';

export interface Token {
  s: number;
  e: number;
  w: string;
  /** Lower case, dots and curly apostrophes normalised: "U.S." -> "u.s.", "n’t" -> "n't". */
  lw: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A single punctuation or symbol character. */
  punct: boolean;
}

// A word keeps inner dots, hyphens, ampersands and apostrophes, but "'s" is its own token (possessive).
const TOKEN_RE = /''|['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const WORDISH_RE = /^[\p{L}\p{N}]/u;
/** Abbreviations that keep their final dot ("Mr.", "Sen.", "U.S."). */
const ABBREVIATIONS = wordSet('tokens', 'abbreviations');

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(text); m && m.index < end; m = TOKEN_RE.exec(text)) {
    let e = Math.min(m.index + m[0].length, end);
    let w = text.slice(m.index, e);
    const c0 = w.charCodeAt(0);
    const word = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : WORDISH_RE.test(w);
    if (word && text.charCodeAt(e) === 46 /* . */ && e < end) {
      const low = w.toLowerCase();
      // Initials ("J.") and known abbreviations keep their dot.
      if (ABBREVIATIONS.has(low) || (w.length === 1 && UPPER_RE.test(w))) { e += 1; w += '.'; TOKEN_RE.lastIndex = e; }
    }
    let lw = w.toLowerCase();
    if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_RE.test(w);
    // "'s" is a word-like token (a possessive), every other non-word token is punctuation.
    out.push({ s: m.index, e, w, lw, cap, punct: !word && lw !== "'s" });
  }
  return out;
}

