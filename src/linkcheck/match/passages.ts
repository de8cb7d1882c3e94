// Sentences of a source text (blocks are separated by "\n"): a cheap split, enough for choosing a passage.

export interface Passage { start: number; end: number }

const END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;
/** Passages longer than this are cut (tables and PDFs without stops). */
const MAX_PASSAGE = 600;

export function sentencesOf(text: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  const push = (end: number) => {
    for (let s = start; s < end; s += MAX_PASSAGE) {
      const e = Math.min(end, s + MAX_PASSAGE);
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      if (e - trail > s + lead) out.push({ start: s + lead, end: e - trail });
    }
  };
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The sentence of `sentences` holding offset `at` (binary search). */
export function sentenceAt(sentences: Passage[], at: number): Passage | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
