// Article detection: a cheap "is this an article?" check, and the choice of the article body element.
// The page's own signals first (itemprop=articleBody, <article>, JSON-LD, og:type), text density where they are absent.
import { articleNode } from './jsonld';
import { metaTags } from './meta';
import { scanTextSteps, type TextStats } from './scan';
import { drain } from './walk';
import { looksLikeFurniture } from './rules';

/** Paragraph text (characters) below which a page is not read as an article. */
export const MIN_ARTICLE_CHARS = 400;

/**
 * Cheap check, so that pages that are not articles cost almost nothing: meta tags and a bounded look
 * at the paragraphs, never a full walk of the page.
 */
export function isLikelyArticle(doc: Document): boolean {
  const ogType = metaTags(doc).get('og:type')?.toLowerCase();
  if (ogType === 'article' || ogType?.endsWith('.article')) return true;
  if (doc.querySelector('[itemprop~="articleBody"], [itemtype*="schema.org/NewsArticle" i], [itemtype*="schema.org/Article" i]')) return true;
  if (articleNode(doc)) return true;
  // Enough paragraph text side by side (an article's paragraphs share a parent; a front page's teasers each
  // sit in their own card), looked at through at most 300 paragraphs, bounded per paragraph.
  const paragraphs = doc.getElementsByTagName('p');
  const byParent = new Map<Node, number>();
  for (let i = 0; i < paragraphs.length && i < 300; i++) {
    const parent = paragraphs[i].parentNode;
    if (!parent) continue;
    const chars = (byParent.get(parent) ?? 0) + shallowTextWeight(paragraphs[i]);
    if (chars >= MIN_ARTICLE_CHARS * 2) return true;
    byParent.set(parent, chars);
  }
  return false;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Text length of a paragraph's own text and its children's, CJK characters counting three (one is a word). */
function shallowTextWeight(p: Element): number {
  let weight = 0;
  let seen = 0;
  for (let child = p.firstChild; child && seen < 50; child = child.nextSibling, seen++) {
    if (child.nodeType === 3) weight += textWeight(child as Text);
    else for (let n = child.firstChild, k = 0; n && k < 20; n = n.nextSibling, k++) if (n.nodeType === 3) weight += textWeight(n as Text);
  }
  return weight;
}

function textWeight(node: Text): number {
  const data = node.data.slice(0, 5000).trim();
  return CJK.test(data) ? data.length * 3 : data.length;
}

export interface ArticleRoot {
  root: Element | null;
  stats: Map<Element, TextStats>;
}

/** The element judged to hold the article body, or null. */
export function findArticleRoot(doc: Document): Element | null {
  return locateArticle(doc).root;
}

/** findArticleRoot plus the text stats it computed (reused by the extraction). */
export function locateArticle(doc: Document): ArticleRoot {
  return drain(locateArticleSteps(doc));
}

/** locateArticle in steps (see walkTreeSteps). */
export function* locateArticleSteps(doc: Document): Generator<void, ArticleRoot, void> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { root: null, stats: new Map() };
  const stats = yield* scanTextSteps(body);
  const signal = bestSignalCandidate(doc, stats);
  const dense = bestDensityCandidate(stats);
  const root = choose(signal, dense, stats);
  const chars = root ? (stats.get(root)?.text ?? 0) : 0;
  return { root: chars >= MIN_ARTICLE_CHARS / 2 ? root : null, stats };
}

function pText(stats: Map<Element, TextStats>, el: Element | null): number {
  return el ? (stats.get(el)?.p ?? 0) : 0;
}

/** The page's own markup: itemprop=articleBody, else the <article> with most paragraph text. */
function bestSignalCandidate(doc: Document, stats: Map<Element, TextStats>): Element | null {
  const byMost = (els: Element[]) => els.reduce<Element | null>((best, el) => (pText(stats, el) > pText(stats, best) ? el : best), null);
  const itemprop = byMost(Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')));
  const article = byMost(Array.from(doc.getElementsByTagName('article')));
  if (itemprop && pText(stats, itemprop) >= MIN_ARTICLE_CHARS / 2 && pText(stats, itemprop) >= 0.5 * pText(stats, article)) return itemprop;
  return pText(stats, article) >= MIN_ARTICLE_CHARS / 2 ? article : itemprop;
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/i;

function classWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let w = 0;
  if (NEGATIVE.test(names)) w -= 25;
  if (POSITIVE.test(names)) w += 25;
  return w;
}

const TAG_BONUS: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Readability-like: paragraphs give points to their parent and grandparent; link-heavy candidates lose them. */
function bestDensityCandidate(stats: Map<Element, TextStats>): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, points: number) => {
    if (!el || el.localName === 'body' || el.localName === 'html') return;
    if (!scores.has(el)) scores.set(el, (TAG_BONUS[el.localName] ?? 0) + classWeight(el));
    scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const [el, s] of stats) {
    if (s.inline < 25 || s.inlineLink / s.inline > 0.5) continue;
    const points = 1 + s.inlineCommas + Math.min(Math.floor(s.inline / 100), 3);
    const parent = el.parentElement;
    add(parent, points);
    const grand = parent?.parentElement ?? null;
    add(grand, points / 2);
    add(grand?.parentElement ?? null, points / 6);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const s = stats.get(el);
    const linkDensity = s && s.text ? s.link / s.text : 0;
    const final = score * (1 - linkDensity);
    scores.set(el, final);
    if (final > bestScore) { best = el; bestScore = final; }
  }
  if (!best) return null;
  best = commonAncestorOfAlternatives(best, bestScore, scores);
  return withScoredSiblings(best, bestScore, scores, stats);
}

/**
 * Article text split over sibling containers (intro, body, "read more"): climb while a sibling scores
 * comparably (Readability joins such siblings), passing through wrappers that add no text.
 */
function withScoredSiblings(best: Element, bestScore: number, scores: Map<Element, number>, stats: Map<Element, TextStats>): Element {
  const threshold = Math.max(10, bestScore * 0.2);
  let cur = best;
  for (let steps = 0, guard = 0; steps < 3 && guard < 50; guard++) {
    const parent = cur.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    const curText = stats.get(cur)?.text ?? 0;
    if ((stats.get(parent)?.text ?? 0) <= curText * 1.05) {
      cur = parent;
      continue;
    }
    let joined = false;
    for (let sib = parent.firstElementChild; sib && !joined; sib = sib.nextElementSibling) {
      joined = sib !== cur && !looksLikeFurniture(sib) && ((scores.get(sib) ?? 0) >= threshold || isProseParagraph(stats.get(sib)));
    }
    if (!joined) break;
    cur = parent;
    steps++;
  }
  return cur;
}

/**
 * Article text split into sections (between figures, ads): when other strong candidates share an ancestor
 * with the best one, that ancestor holds the article (Readability's "alternative candidates").
 */
function commonAncestorOfAlternatives(best: Element, bestScore: number, scores: Map<Element, number>): Element {
  const ranked = [...scores].filter(([el, score]) => el !== best && score >= 0.3 * bestScore && !el.contains(best) && !best.contains(el)
    && !inFurniture(el))
    .sort((a, b) => b[1] - a[1]);
  // One region per nested group: the best-scored element stands for its ancestors and descendants.
  const regions: Array<[Element, number]> = [];
  for (const [el, score] of ranked) {
    if (regions.length >= 5) break;
    if (!regions.some(([r]) => r.contains(el) || el.contains(r))) regions.push([el, score]);
  }
  for (let a = best.parentElement; a && a.localName !== 'body' && a.localName !== 'html'; a = a.parentElement) {
    const held = regions.filter(([el]) => a.contains(el));
    if (held.length >= 2 || held.some(([, score]) => score >= 0.5 * bestScore)) return a;
  }
  return best;
}

/** A paragraph of its own prose (not a list of links): Readability also joins these. */
function isProseParagraph(s: TextStats | undefined): boolean {
  return s !== undefined && s.inline >= 80 && s.inlineLink < 0.25 * s.inline;
}

/** Inside comments, related lists and the like (looked up to a bounded height). */
function inFurniture(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < 12; i++, a = a.parentElement) if (looksLikeFurniture(a) || NEGATIVE.test(`${a.getAttribute('class') ?? ''} ${a.id}`)) return true;
  return false;
}

function choose(signal: Element | null, dense: Element | null, stats: Map<Element, TextStats>): Element | null {
  if (!signal) return dense;
  if (!dense) return signal;
  if (signal === dense) return signal;
  const sp = pText(stats, signal);
  const dp = Math.max(pText(stats, dense), stats.get(dense)?.text ?? 0);
  if (signal.contains(dense)) return signal;
  if (dense.contains(signal)) return sp >= 0.5 * pText(stats, dense) ? signal : dense;
  return sp >= 0.5 * dp ? signal : dense;
}
