// A fetched HTML page to text, through the same article extraction as the page being read (src/page).
// Parsed with DOMParser: a document without a browsing context, so none of its scripts run, no image, style
// sheet or frame is loaded, and no <meta refresh> acts. Needs a DOM: Chrome's offscreen document, Firefox's
// background page (see README.md).
import { extractArticle } from '../page/extract';

/** A page with less article text than this is read whole (a data page, a statement without <article>). */
const MIN_ARTICLE_TEXT = 400;

export function htmlToText(html: string, parse: (html: string) => Document = (h) => new DOMParser().parseFromString(h, 'text/html')): string {
  const doc = parse(html);
  // No layout here: hidden-ness comes from markup only.
  const article = extractArticle(doc, { isHidden: null });
  if (article.text.length >= MIN_ARTICLE_TEXT || !doc.body) return article.text;
  const whole = extractArticle(doc, { root: doc.body, isHidden: null });
  return whole.text.length > article.text.length ? whole.text : article.text;
}
