// Embedded social posts (tweets and the like): who posted them, their handle and link, parsed from the
// byline line the embed code carries ("— Name (@handle) date") and the post's own link.

export interface EmbedInfo { author: string; handle?: string; url?: string }

// "— Foreign Policy (@ForeignPolicy) February 5, 2025": dash, name, handle in parentheses, anything after.
const DASH_BYLINE = /[—–―-]\s*([^\n—–―()]{1,120}?)\s*\((@[\w.]{1,60})\)[^—–―]*$/uy;
const DASHES = new Set(['—', '–', '―', '-']);
const SHARED_BY = /(?:a post shared by|shared by)\s+([^\n()]{1,120}?)\s*\((@[\w.]{1,60})\)/iu;
const STATUS_LINK = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/([\w]{1,30})\/status(?:es)?\/\d+/i;

/** Where the byline starts in the embed's text (the post text ends before it), and what it says. */
export function parseEmbedByline(text: string): { cut: number; author: string; handle: string } | null {
  const tail = text.length > 400 ? text.slice(-400) : text;
  const offset = text.length - tail.length;
  // The byline is the last dash that opens "Name (@handle) ...": try dashes from the end.
  for (let i = tail.length - 1; i >= 0; i--) {
    if (!DASHES.has(tail[i]) || (i > 0 && !/\s/.test(tail[i - 1]))) continue;
    DASH_BYLINE.lastIndex = i;
    const m = DASH_BYLINE.exec(tail);
    if (m) return { cut: offset + i, author: m[1].trim(), handle: m[2] };
  }
  const shared = SHARED_BY.exec(text.slice(0, 2000));
  if (shared) return { cut: text.length, author: shared[1].trim(), handle: shared[2] };
  return null;
}

/** The post's own address: the status link of a tweet, or the embed's cite / permalink attribute. */
export function embedUrl(el: Element): string | undefined {
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = (a as HTMLAnchorElement).href || a.getAttribute('href') || '';
    if (STATUS_LINK.test(href)) return href;
  }
  const attr = el.getAttribute('cite') ?? el.getAttribute('data-instgrm-permalink') ?? el.getAttribute('data-url');
  return attr ?? undefined;
}

/** Handle from a status URL ("https://twitter.com/ForeignPolicy/status/1" gives "@ForeignPolicy"). */
export function handleFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const status = STATUS_LINK.exec(url);
  if (status) return `@${status[1]}`;
  const at = /\/@([\w.]{1,60})/.exec(url);
  return at ? `@${at[1]}` : undefined;
}
