// Word and punctuation tokens of one sentence, with offsets into the analyzed text.
import { wordSet } from './lexicon/load';
import { isJsSpace, letterOrNumberAt, toLower, upperAt } from './char-class';

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

// A word keeps inner dots, hyphens, ampersands and apostrophes, but "'s" is its own token (possessive): the tokens
// are those of /''|['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|\S/gu,
// read by hand (tokenEnd): the regex cost more than all else done per token.
/** Abbreviations that keep their final dot ("Mr.", "Sen.", "U.S."). */
const ABBREVIATIONS = wordSet('tokens', 'abbreviations');

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let p = start > 0 ? Math.min(Math.floor(start), n) : 0;
  // A start inside a surrogate pair reads the pair (as a regex with the u flag does).
  if (p > 0 && p < n && isLow(text.charCodeAt(p)) && isHigh(text.charCodeAt(p - 1))) p--;
  for (;;) {
    while (p < n && isJsSpace(text.charCodeAt(p))) p++;
    if (p >= n || !(p < end)) break;
    const full = tokenEnd(text, p);
    let e = Math.min(full, end);
    let w = text.slice(p, e);
    const word = letterOrNumberAt(w, 0) > 0;
    let next = full;
    if (word && text.charCodeAt(e) === 46 /* . */ && e < end) {
      const low = w.toLowerCase();
      // Initials ("J.") and known abbreviations keep their dot.
      if (ABBREVIATIONS.has(low) || (w.length === 1 && upperAt(w, 0))) { e += 1; w += '.'; next = e; }
    }
    let lw = toLower(w);
    if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    const cap = upperAt(w, 0);
    // "'s" is a word-like token (a possessive), every other non-word token is punctuation.
    out.push({ s: p, e, w, lw, cap, punct: !word && lw !== "'s" });
    p = next;
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isS = (c: number) => c === 115 || c === 83;

/** Where the token starting at text[p] (not white space) ends. */
function tokenEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  // "''" (two single quotes as a double one), then "'s" not followed by a letter or digit.
  if (c === 39 && text.charCodeAt(p + 1) === 39) return p + 2;
  if (isApostrophe(c) && isS(text.charCodeAt(p + 1)) && !letterOrNumberAt(text, p + 2)) return p + 2;
  let k = letterOrNumberAt(text, p);
  if (!k) return p + (isHigh(c) && isLow(text.charCodeAt(p + 1)) ? 2 : 1);
  let i = p;
  for (;;) {
    do i += k; while ((k = letterOrNumberAt(text, i)));
    const d = text.charCodeAt(i);
    // Joined by a dot, hyphen or ampersand, or an apostrophe that does not open "'s" ("don't", "O’Brien").
    const joins = d === 46 || d === 45 || d === 38 || (isApostrophe(d) && !(isS(text.charCodeAt(i + 1)) && !letterOrNumberAt(text, i + 2)));
    if (!joins || !(k = letterOrNumberAt(text, i + 1))) return i;
    i += 1;
  }
}
