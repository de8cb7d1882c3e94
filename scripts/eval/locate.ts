// Finding label snippets in a document's text. Whitespace inside a snippet matches any run of
// whitespace (page extraction collapses it), and a snippet that starts or ends with a word character
// must start or end at a word boundary ("he" is not found inside "the").
import type { Span } from '../../src/analysis/types';

interface Range { start: number; end: number }

const escapeWords = (s: string) =>
  s.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');

/** A pattern for `snippet`; with `marked`, `{...}` inside it becomes capture group 1. */
function snippetPattern(snippet: string, marked: boolean): RegExp {
  const s = snippet.trim();
  const open = marked ? s.indexOf('{') : -1;
  const close = s.indexOf('}', open);
  let body: string;
  if (open >= 0 && close > open) {
    const [pre, inner, post] = [s.slice(0, open), s.slice(open + 1, close), s.slice(close + 1)];
    const gap = (side: string, atStart: boolean) => (!side ? '' : /\s$/.test(side) && !atStart ? '\\s+' : /^\s/.test(side) && atStart ? '\\s+' : '');
    body = escapeWords(pre) + gap(pre, false) + '(' + escapeWords(inner) + ')' + gap(post, true) + escapeWords(post);
  } else {
    body = escapeWords(s);
  }
  const plain = marked ? s.replace(/[{}]/g, '') : s;
  const left = /^\w/.test(plain) ? '(?<![\\p{L}\\p{N}_])' : '';
  const right = /\w$/.test(plain) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(left + body + right, 'gud');
}

/** Every occurrence of `snippet` in `text`, in order (with `marked`, the `{...}` part of each). */
export function findAll(text: string, snippet: string, marked = false): Span[] {
  const out: Span[] = [];
  if (!snippet.trim()) return out;
  const re = snippetPattern(snippet, marked);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [start, end] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    out.push({ start, end, text: text.slice(start, end) });
    re.lastIndex = m.index + 1; // overlapping occurrences count too
  }
  return out;
}

/** The `nth` occurrence (0-based), or the only one; null when absent or ambiguous without `nth`. */
export function locateOnce(text: string, snippet: string, nth?: number): Span | null {
  const all = findAll(text, snippet);
  if (nth !== undefined) return all[nth] ?? null;
  return all.length === 1 ? all[0] : null;
}

/**
 * A mention snippet, optionally with `{...}` marking the mention inside some context ("{he} said of").
 * Of several occurrences, the one nearest to `near` (the claim's content) is taken.
 */
export function locateMention(text: string, mention: string, near: Span): Span | null {
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (const span of findAll(text, mention, true)) {
    const distance = span.end <= near.start ? near.start - span.end : span.start >= near.end ? span.start - near.end : 0;
    if (distance < bestDistance) { best = span; bestDistance = distance; }
  }
  return best;
}

// Titles and initials whose period does not end a sentence ("Mr. Lee", "U.S. officials", "Donald J. Trump").
const NOT_AN_END = /(?:^|[\s"“(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|No|Mt|Ft|[A-Z]|[A-Z]\.[A-Z])\.$/;

/** Sentence-like region around a span: from the previous sentence end (or block start) to the next one. */
export function sentenceRegion(text: string, span: Span | Range): Range {
  const boundary = /[.!?]["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n/g;
  let start = 0;
  let end = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] !== '\n' && m[0].startsWith('.') && NOT_AN_END.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    const stop = m.index + m[0].length;
    if (stop <= span.start) start = stop;
    else if (m.index >= span.end) { end = m.index + m[0].replace(/\s+$/, '').length; break; }
  }
  return { start, end };
}
