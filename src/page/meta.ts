// Page metadata for the CLI and the popup: title, publisher, author, published date, as the page states them.
import type { PageMeta } from './types';
import { articleNode, nameOf } from './jsonld';

/** The page's <meta> tags by lower-cased property / name / itemprop, first one winning. One pass. */
export function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function metaContent(tags: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** "<title>" minus a trailing " | Site" (or " - Site", " — Site") when the rest still reads as a title. */
function titleFromTitleTag(doc: Document, publisher: string | null): string | null {
  const raw = clean(doc.querySelector('title')?.textContent);
  if (!raw) return null;
  const m = /^(.*\S)\s+(?:\||-|–|—|·|::)\s+([^|–—·]+)$/.exec(raw);
  if (!m) return raw;
  const site = m[2].trim();
  const looksLikeSite = publisher ? site.toLowerCase() === publisher.toLowerCase() : site.split(' ').length <= 4;
  return looksLikeSite && m[1].split(' ').length >= 3 ? m[1] : raw;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?';
// What follows a name in a byline: a date, a time, a separator, a handle ("Dan Goodin - Apr 16, 2015").
const AFTER_NAME = new RegExp(`\\s+(?:[-–—|·•@]|${MONTH}\\s+\\d|\\d{1,2}\\s+${MONTH}|\\d{1,4}[/.:-]\\d)|\\d{1,2}\\s+${MONTH}|\\s+\\d{1,2}:\\d\\d`, 'i');

/** "By Jane Doe - Apr 16, 2015" gives "Jane Doe": the name, without "By", dates, times or handles. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let text = clean(raw);
  if (!text || text.length > 200 || /^https?:\/\//i.test(text)) return null;
  text = text.replace(/^(?:by|par|por|von|di)\s+/i, '');
  const cut = AFTER_NAME.exec(text);
  if (cut) text = text.slice(0, cut.index);
  text = text.replace(/[\s,;:]+$/, '');
  return text && text.length <= 100 && /\p{L}/u.test(text) ? text : null;
}

/** The byline as the page shows it, when nothing machine-readable names the author. */
function bylineAuthor(doc: Document): string | null {
  const el = doc.querySelector('[rel~="author"], [itemprop~="author"], .byline, .author, [class*="byline" i]');
  return cleanAuthor(el?.textContent);
}

export function extractMeta(doc: Document, url: string): PageMeta {
  const ld = articleNode(doc);
  const tags = metaTags(doc);
  const publisher = clean(metaContent(tags, 'og:site_name')) ?? clean(nameOf(ld?.publisher)) ?? clean(metaContent(tags, 'application-name'));
  const title = clean(metaContent(tags, 'og:title')) ?? clean(nameOf(ld?.headline)) ?? titleFromTitleTag(doc, publisher);
  const author = cleanAuthor(nameOf(ld?.author)) ?? cleanAuthor(metaContent(tags, 'author', 'parsely-author', 'sailthru.author'))
    ?? cleanAuthor(metaContent(tags, 'article:author')) ?? bylineAuthor(doc);
  const published = clean(metaContent(tags, 'article:published_time'))
    ?? (typeof ld?.datePublished === 'string' ? clean(ld.datePublished) : null)
    ?? clean(metaContent(tags, 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date'))
    ?? clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return { url, title, publisher, author, published };
}

/**
 * The language the page declares, as it declares it ("de-AT", "fr_FR"): `<html lang>` (or `xml:lang`), then
 * `og:locale`, then a content-language meta. Null when none says; the engine then reads the text (language.ts),
 * and overrules a declaration the text clearly contradicts (templates keep lang="en" on translated pages).
 */
export function declaredLanguage(doc: Document): string | null {
  const html = doc.documentElement;
  const attr = clean(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang'));
  if (attr) return attr;
  const tags = metaTags(doc);
  const og = clean(metaContent(tags, 'og:locale'));
  if (og) return og;
  const equiv = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  // A header may list several ("de, en"): the first is the page's.
  const listed = clean(equiv ?? metaContent(tags, 'content-language', 'language', 'dc.language'))?.split(',')[0].trim();
  return listed || null;
}
