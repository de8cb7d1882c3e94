// Words for matching: normalised (case, accents, quote marks, apostrophes, thousands separators), each with its
// offsets in the original text so a passage can be shown in the source's own wording.

export interface Word {
  /** Normalised form: lower case, no accents, apostrophes dropped, digits without separators. */
  norm: string;
  start: number;
  end: number;
}

// A word: letters and digits, with inner apostrophes ("don't") or digit separators ("1,000", "2.5").
const WORD = /\d[\d,.\u00a0\u202f]*\d|[\p{L}\p{N}]+(?:['’\u02bc][\p{L}]+)*/gu;
const MARKS = /\p{M}+/gu;

export function normWord(raw: string): string {
  if (/^\d/.test(raw)) return raw.replace(/[,\u00a0\u202f]/g, '').replace(/\.0+$/, '');
  return raw.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/['’\u02bc]/g, '');
}

/** The words of text[from, to), with absolute offsets. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    out.push({ norm: normWord(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const STOP = new Set(`a an the and or but nor of to in on at by for from with as is are was were be been being am it its
this that these those he she they we i you his her their our my your him them us me there here which who whom whose what
when where why how than then so if not no do does did done have has had having will would shall should can could may
might must also just only very about into over after before such said says say told tell according per up out off
while during more most some any all each other another one s t`.split(/\s+/));

/** A rough stem, enough to match "killed"/"kills"/"killing" and "troops"/"troop". */
export function stem(norm: string): string {
  if (/^\d/.test(norm) || norm.length <= 4) return norm;
  return norm.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

/** The content words of a text, stemmed: what a statement is about. */
export function keyWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) if (!STOP.has(w.norm) && (w.norm.length > 2 || /^\d/.test(w.norm))) out.add(stem(w.norm));
  return out;
}

export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}
