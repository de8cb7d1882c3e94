// What a reader does not see or what is not article text: element tests shared by detection and extraction.
// All tests read attributes only (no layout), so they cost the same on a live page and in jsdom.

/** Never read: not rendered as text, or not the page's prose. */
const NEVER_TEXT = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'canvas', 'video', 'audio', 'picture', 'img', 'map', 'head', 'title', 'meta', 'link', 'base',
  // Ruby annotations (furigana) would split the words they annotate.
  'rt', 'rp',
  // Editable or interactive: never read, never touched.
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output', 'dialog',
  // Code blocks.
  'pre', 'xmp', 'listing', 'plaintext',
]);

/** Page furniture when found inside the article. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'figcaption', 'menu', 'fieldset', 'label', 'address']);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'tbody', 'thead',
  'tfoot', 'tr', 'td', 'th', 'ul', 'br', 'body', 'html', 'menu', 'legend', 'option', 'iframe', 'img',
  'video', 'audio', 'canvas', 'svg', 'picture', 'object', 'embed',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;

/** Hidden by markup: hidden attribute, aria-hidden, inline display:none / visibility:hidden. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Editable content: never read (contenteditable="false" inside an editor is not an opt-in either). */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/**
 * Our fallback highlight wrappers (where the Custom Highlight API is missing) hold the page's own text:
 * they are read through, or a re-read would lose every highlighted claim.
 */
export const PAGE_TEXT_WRAPPERS = new Set(['sourcemark-mark']);

/** The extension's own UI: any element whose tag starts with "sourcemark-" (the card), wrappers aside. */
export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('sourcemark-') && !PAGE_TEXT_WRAPPERS.has(el.localName);
}

/** Elements whose text is never article text, wherever they stand. */
export function isNeverText(el: Element): boolean {
  return NEVER_TEXT.has(el.localName) || isOwnUi(el) || isEditable(el) || isHiddenByMarkup(el)
    || el.getAttribute('role') === 'textbox' || hasScreenReaderOnlyClass(el);
}

export function isFurnitureTag(el: Element): boolean {
  return FURNITURE.has(el.localName);
}

/** Multi-line <code> not inside a <pre> is a code block styled as such. */
export function isCodeBlock(el: Element): boolean {
  if (el.localName !== 'code') return false;
  const first = el.firstChild;
  return first !== null && first.nodeType === 3 && (first as Text).data.slice(0, 2000).includes('\n');
}

const SR_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden|hidden|hide|is-hidden|u-hidden)(?:\s|$)/i;

function hasScreenReaderOnlyClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && SR_ONLY.test(cls);
}

// Class/id words that mark page furniture inside an article: bylines, captions, credits, related lists,
// comments, ads, share widgets. Long words match anywhere; short ones only as a whole class or its last
// part ("post-author", not WordPress's "author-sarah" on the article itself).
const BOILERPLATE_ANYWHERE = /comment|disqus|related|recommend|recirc|outbrain|taboola|sponsor|advert|adslot|adunit|ad-slot|ad-unit|ad-container|ad-wrapper|dfp|doubleclick|newsletter|subscribe|signup|sign-up|promo|byline|by-line|dateline|caption|credit|breadcrumb|sidebar|share|sharing|social|toolbar|pagination|pager|popup|modal|cookie|consent|gdpr|paywall|masthead|most-?read|most-?popular|trending|more-?stories|also-?read|see-?also|author-?(?:info|bio|box|name)|print-?only|skip-?link|tags-?list|article-?tags|rating|reactions|timestamp|pubdate|publish-?date|post-?meta|entry-?meta|article-?meta|story-?meta|meta-?data|inline-?link|teaser|supplemental|nocontent|ai2html|datawrapper|flourish-embed|infogram|highcharts/i;
const BOILERPLATE_WORD = /(?:^|[\s_-])(?:ad|ads|advertisement|nav|navbar|menu|tags|meta|author|bio|date|tools|utility|widget|extra|footer|header|banner|rss|related|complementary|photo|figure|image|img|video|gallery|slideshow|graphic|chart|graph)(?:$|\s)/i;
const CONTENT_HINT = /(?:^|[\s_-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|body-?text|article-?text|main-?content)(?:$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alert', 'tablist', 'form']);

/** Furniture by class, id, role or itemprop. */
export function looksLikeFurniture(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && /\b(?:author|creator|publisher|datePublished|dateModified|caption|copyrightHolder)\b/.test(itemprop)) return true;
  if (el.getAttribute('rel') === 'author') return true;
  const names = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');
  if (names.length < 2) return false;
  if (CONTENT_HINT.test(names)) return false;
  return BOILERPLATE_ANYWHERE.test(names) || BOILERPLATE_WORD.test(names);
}

/** Embedded social posts: one block, credited to their author. */
const EMBED_CLASSES = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|threads-embed|mastodon-embed|fb-post|reddit-embed-bq)(?:\s|$)/;

export function isEmbeddedPost(el: Element): boolean {
  if (el.localName !== 'blockquote') return false;
  const cls = el.getAttribute('class');
  return cls !== null && EMBED_CLASSES.test(cls);
}
