// Extraction: the article body as the engine's text (blocks joined by "\n", whitespace collapsed inside a
// block), with a map from every character that came from the page back to its DOM Text node.
import type { Extraction } from './types';
import { locateArticleSteps } from './detect';
import { scanTextSteps, type TextStats } from './scan';
import { drain } from './walk';
import { bareHost, TextBuilder } from './text-builder';

export interface ExtractOptions {
  /** Read this element instead of detecting the article body. */
  root?: Element | null;
  /**
   * Extra test for elements a reader cannot see, called for block-level elements only (markup such as
   * `hidden` or inline `display:none` is always checked). Default: `Element.checkVisibility` where the
   * browser has it (Chrome 105, Firefox 106), so stylesheet-hidden menus and galleries are skipped on live
   * pages; nothing in jsdom, which has no layout. Pass null to turn it off.
   */
  isHidden?: ((el: Element) => boolean) | null;
}

/** Hidden by the cascade (stylesheets included). Costs a style computation: use on live pages only. */
export function hiddenByComputedStyle(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** The browser's own answer to "is this rendered?", where it has one (not in jsdom). */
function hiddenByCascade(doc: Document): ((el: Element) => boolean) | undefined {
  const proto = doc.defaultView?.Element?.prototype;
  if (!proto || typeof proto.checkVisibility !== 'function') return undefined;
  return (el) => !el.checkVisibility({ visibilityProperty: true });
}

/** Extracts the article body of `doc`. Reads the document only: it never changes it. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  return drain(extractArticleSteps(doc, options));
}

/**
 * extractArticle in steps of a few hundred nodes, so a big page can be read in slices between which the page
 * keeps its main thread (the content script runs them with a time budget; see content-scripts/slices.ts).
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Generator<void, Extraction, void> {
  let root: Element | null;
  let stats: Map<Element, TextStats>;
  if (options.root !== undefined) {
    root = options.root;
    stats = root ? yield* scanTextSteps(root) : new Map();
  } else {
    ({ root, stats } = yield* locateArticleSteps(doc));
  }
  if (!root || (doc as Document & { designMode?: string }).designMode === 'on') return { text: '', blocks: [], root };
  const isHidden = options.isHidden === undefined ? hiddenByCascade(doc) : options.isHidden ?? undefined;
  const builder = new TextBuilder(root, stats, pageHost(doc), isHidden);
  yield* builder.readSteps(root);
  return { text: builder.text(), blocks: builder.blocks, root };
}

/** The page's host, for telling links to other sites apart. Local files fall back to the canonical URL. */
function pageHost(doc: Document): string {
  const candidates = [doc.URL, doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content')];
  for (const c of candidates) {
    try {
      const u = new URL(c ?? '');
      if (u.protocol === 'http:' || u.protocol === 'https:') return bareHost(u.hostname);
    } catch { /* not a URL */ }
  }
  return '';
}

// The content script imports the cheap check from here too.
export { isLikelyArticle } from './detect';
