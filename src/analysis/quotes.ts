// Quotation marks paired into quotations, one block at a time: straight and curly double quotes,
// single quotes used as quotes, '' (two apostrophes), guillemets (with the spaces French sets inside), „low-high“
// and ‚low-high‘ quotes. A quotation
// left open at the end of a block may continue in the next block that opens with a quote mark.

export interface Quote {
  /** Offsets including the marks. */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** Runs to the end of its block without a closing mark. */
  open: boolean;
  /** Continues a quotation left open at the end of the previous block. */
  continued: boolean;
  words: number;
}

const MARK_RE = /''|[\u0022\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2018\u2019\u0027\u201A]/g;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/\u0022\u201C\u201E\u00AB\u2018]/;
const CLOSE_FOLLOW = /[\s.,;:!?)\]}\u2014\u2013\-\u0022\u201D\u00BB\u2019…]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MAX_SINGLE = 400;

type Family = 'double' | 'single';
interface Pending { fam: Family; start: number; markLen: number; closers: string }

function opensAt(text: string, i: number, blockStart: number): boolean {
  return i === blockStart || SPACE_OR_OPEN.test(text[i - 1]);
}
function closesAt(text: string, j: number, blockEnd: number): boolean {
  return j >= blockEnd || CLOSE_FOLLOW.test(text[j]);
}

function countWords(text: string, s: number, e: number, cap = 50): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e && n < cap; i++) {
    const c = text.charCodeAt(i);
    const w = c > 127 ? LETTER_OR_DIGIT.test(text[i]) : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Which pending quotation a mark opens, if any. */
function opener(text: string, i: number, mark: string, blockStart: number, blockEnd: number): Pending | null {
  const next = text[i + mark.length] ?? '';
  // French typography sets a (no-break) space inside guillemets: « Nous ne céderons pas ».
  if (!next || (/\s/.test(next) && !(mark === '\u00AB' && /\S/.test(text[i + 2] ?? '')))) return null;
  const atOpen = opensAt(text, i, blockStart);
  switch (mark) {
    case '\u201C': return { fam: 'double', start: i, markLen: 1, closers: '\u201D\u201C"' };
    case '\u201E': return { fam: 'double', start: i, markLen: 1, closers: '\u201C\u201D"' };
    case '\u201F': return { fam: 'double', start: i, markLen: 1, closers: '\u201D"' };
    case '\u00AB': return { fam: 'double', start: i, markLen: 1, closers: '\u00BB' };
    case '\u00BB': return atOpen ? { fam: 'double', start: i, markLen: 1, closers: '\u00AB' } : null;
    case '\u2039': return { fam: 'single', start: i, markLen: 1, closers: '\u203A' };
    case '\u201A': return { fam: 'single', start: i, markLen: 1, closers: '\u2018\u2019' };
    case '"': return atOpen ? { fam: 'double', start: i, markLen: 1, closers: '"\u201D' } : null;
    case "''": return atOpen ? { fam: 'double', start: i, markLen: 2, closers: "''\u201D\"" } : null;
    case '\u2018': return LETTER_OR_DIGIT.test(next) || next === '.' ? { fam: 'single', start: i, markLen: 1, closers: '\u2019' } : null;
    case "'": return atOpen && LETTER_OR_DIGIT.test(next) && i + 1 < blockEnd ? { fam: 'single', start: i, markLen: 1, closers: "'\u2019" } : null;
    default: return null;
  }
}

/** Languages that open a line of dialogue with a dash ("— Это была ошибка, — признал тренер"). */
const DIALOGUE_DASH_LANGS = new Set(['fr', 'es', 'ru', 'uk']);
// The dash with a space after it, or set against the words in Spanish ("—¿Cuántos?", "—responde el general").
const DIALOGUE_OPEN = /^\s*[\u2014\u2013\u2015](?:[ \u00a0]|(?=[\p{L}\p{N}¿¡«"]))/u;
const DIALOGUE_BREAK = /,?[ \u00a0][\u2014\u2013\u2015](?:[ \u00a0]|(?=\p{Ll}))/gu;
const TURN = /[?!.…][ \u00a0]+[\u2014\u2013\u2015](?:[ \u00a0]+|(?=[\p{L}\p{N}¿¡«"]))/gu;

/** The spoken words of a block that opens with a dialogue dash, up to the narrator's dash or the block's end. */
function dialogueQuote(text: string, blockStart: number, blockEnd: number): Quote | null {
  const head = DIALOGUE_OPEN.exec(text.slice(blockStart, Math.min(blockEnd, blockStart + 8)));
  if (!head) return null;
  const innerStart = blockStart + head[0].length;
  const body = text.slice(innerStart, blockEnd);
  // The narrator's dash: not one after a question or a full stop, which opens the next turn of the dialogue.
  DIALOGUE_BREAK.lastIndex = 0;
  let br = DIALOGUE_BREAK.exec(body);
  while (br && br.index > 0 && /[?!.…]/.test(body[br.index - 1])) br = DIALOGUE_BREAK.exec(body);
  let innerEnd = br ? innerStart + br.index : blockEnd;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1])) innerEnd--;
  // "— Сколько? — Не меньше 20 тысяч, — отвечает генерал": the narrator names the speaker of the last turn.
  const turn = br ? lastTurn(text.slice(innerStart, innerEnd)) : 0;
  return dialogueLine(text, innerStart + turn, innerEnd);
}

/** Where the last turn of a dialogue line starts (after "? — "), or 0. */
function lastTurn(body: string): number {
  let at = 0;
  TURN.lastIndex = 0;
  for (let m = TURN.exec(body); m; m = TURN.exec(body)) at = m.index + m[0].length;
  return at;
}

function dialogueLine(text: string, innerStart: number, innerEnd: number): Quote | null {
  let start = innerStart;
  while (start > 0 && !/[\u2014\u2013\u2015]/.test(text[start])) start--;
  const words = countWords(text, innerStart, innerEnd);
  return words ? { start, end: innerEnd, innerStart, innerEnd, open: false, continued: false, words } : null;
}

/**
 * Pairs the quotation marks of text[blockStart, blockEnd). `continuing`: a quotation was left open. `lang`: in
 * French, Spanish, Russian and Ukrainian a block opening with a dash is a line of dialogue, read as a quotation.
 */
export function findQuotes(text: string, blockStart: number, blockEnd: number, continuing = false, lang = 'en'): Quote[] {
  const out: Quote[] = [];
  const dialogue = DIALOGUE_DASH_LANGS.has(lang) ? dialogueQuote(text, blockStart, blockEnd) : null;
  if (dialogue) out.push(dialogue);
  let cur: Pending | null = null;
  let firstOpen = true;
  const emit = (p: Pending, closeStart: number, closeLen: number, open: boolean) => {
    const innerStart = p.start + p.markLen;
    let innerEnd = closeStart;
    if (open) while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1])) innerEnd--;
    const q: Quote = {
      start: p.start, end: open ? innerEnd : closeStart + closeLen, innerStart, innerEnd, open,
      continued: continuing && firstOpen && /^\s*$/.test(text.slice(blockStart, p.start)),
      words: countWords(text, innerStart, innerEnd),
    };
    firstOpen = false;
    // Marks inside a line of dialogue belong to it.
    if (dialogue && q.start < dialogue.end && q.end > dialogue.start) return;
    if (q.innerEnd > q.innerStart && q.words > 0) out.push(q);
  };
  // Search the block's own text: a search in the whole text would run past the block to the next mark.
  const blockText = text.slice(blockStart, blockEnd);
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(blockText); m; m = MARK_RE.exec(blockText)) {
    const i = m.index + blockStart;
    const mark = m[0];
    if (cur) {
      // A single quote that runs too long was an apostrophe: drop it and read this mark afresh.
      if (cur.fam === 'single' && (i - cur.start > MAX_SINGLE || (mark !== "'" && mark !== '\u2019' && mark !== '\u203A' && !(mark === '\u2018' && cur.closers.startsWith('\u2018'))))) {
        cur = null;
      } else if (cur.closers.includes(mark.length === 2 ? mark : mark[0])) {
        const after = i + mark.length;
        const curlyClose = mark === '\u201D' || mark === '\u00BB' || mark === '\u00AB' || mark === '\u203A';
        const prevSpace = /\s/.test(text[i - 1] ?? ' ');
        if ((curlyClose || closesAt(text, after, blockEnd)) && !(prevSpace && !curlyClose)) {
          // A single quote followed by a letter ("Jones' car" is a closer; "don't" never reaches here).
          if (cur.fam === 'single' && after < blockEnd && LETTER_OR_DIGIT.test(text[after])) continue;
          emit(cur, i, mark.length, false);
          cur = null;
          continue;
        }
        // A straight double quote in opening position while one is open: the first never closed.
        if (mark === '"' && prevSpace) { cur = opener(text, i, mark, blockStart, blockEnd); continue; }
        continue;
      } else {
        continue;
      }
    }
    cur = opener(text, i, mark, blockStart, blockEnd);
    if (mark === "''") MARK_RE.lastIndex = i - blockStart + 2;
  }
  if (cur && cur.fam === 'double') emit(cur, blockEnd, 0, true);
  return out;
}

/** The first character of the block (after spaces) opens a quotation. */
export function blockOpensWithQuote(text: string, blockStart: number, blockEnd: number): boolean {
  let i = blockStart;
  while (i < blockEnd && /\s/.test(text[i])) i++;
  return i < blockEnd && /["\u201C\u201E\u00AB\u2018']/.test(text[i]);
}
