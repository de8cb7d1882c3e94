// Embedded posts: a block that is a post (Block.embed from the page) or whose text ends with a
// byline "— Name (@handle) date", as pasted tweets read in plain text.
import type { Block, SourceKind } from './types';
import { kindOfName } from './mentions';

export interface EmbedInfo {
  author: string;
  handle?: string;
  url?: string;
  /** The post's own words, without links and byline. */
  start: number;
  end: number;
  /** The byline in the text, when there is one. */
  byline: { start: number; end: number } | null;
  kind: SourceKind;
}

const BYLINE_RE = /[\u2014\u2013]\s*([^\u2014\u2013()\n]{1,80}?)\s*\(@(\w{1,30})\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})?\s*$/;
const URL_RE = /(?:https?:\/\/|pic\.twitter\.com\/|t\.co\/)\S+/g;

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(text[e - 1])) e--;
    // Drop trailing links ("https://t.co/...", "pic.twitter.com/...").
    const tail = text.slice(Math.max(start, e - 80), e);
    const m = /(?:https?:\/\/|pic\.twitter\.com\/)\S+$/.exec(tail);
    if (!m) return e;
    e -= tail.length - m.index;
  }
}

export function detectEmbed(text: string, block: Block): EmbedInfo | null {
  const tailStart = Math.max(block.start, block.end - 200);
  const tail = text.slice(tailStart, block.end);
  // The byline's "(@" first: most blocks have none, and the regex would try every dash of the tail.
  const m = tail.includes('(@') ? BYLINE_RE.exec(tail) : null;
  if (!m && !block.embed) return null;
  let end = block.end;
  let byline: EmbedInfo['byline'] = null;
  let author = block.embed?.author ?? '';
  let handle = block.embed?.handle;
  if (m) {
    byline = { start: tailStart + m.index, end: block.end };
    end = tailStart + m.index;
    if (!author) author = m[1].trim();
    handle ??= m[2];
  }
  author = author.replace(/^[\s\u2014\u2013-]+/, '').trim();
  if (!author) return null;
  end = trimEnd(text, block.start, end);
  let start = block.start;
  while (start < end && /\s/.test(text[start])) start++;
  if (end - start < 3) return null;
  URL_RE.lastIndex = 0;
  const lower = author.toLowerCase();
  const words = lower.split(/\s+/);
  const kind = kindOfName(lower, words[words.length - 1], words[words.length - 2] ?? '', author);
  return { author, handle, url: block.embed?.url, start, end, byline, kind };
}
