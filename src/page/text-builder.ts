// The extraction's state machine: block boundaries, whitespace collapsing, the piece map, links and embeds.
import type { Block } from '../analysis/types';
import type { ExtractedBlock, TextPiece } from './types';
import { drain, walkTree, walkTreeSteps } from './walk';
import { MIN_ARTICLE_CHARS } from './detect';
import type { TextStats } from './scan';
import { BLOCK_TAGS, isCodeBlock, isEmbeddedPost, isFurnitureTag, isNeverText, looksLikeFurniture } from './rules';
import { embedUrl, handleFromUrl, parseEmbedByline } from './embed';

type Link = NonNullable<Block['links']>[number];
type Pending = { node: Text; at: number } | 'gap' | null;

/** Soft hyphen and zero-width space: part of the page's text, not of what a reader sees. */
const isInvisible = (c: number) => c === 0xad || c === 0x200b;

/** What a closed <details> hides: everything but its <summary>. */
function isClosedDetailsContent(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && parent.localName === 'details' && !parent.hasAttribute('open')
    && !(node.nodeType === 1 && (node as Element).localName === 'summary');
}

export const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

const EDGE_SPACE = /[\s\u200b]/;
const LINK_LIST_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table']);


function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Builds the text block by block while the tree is walked; see README.md for the rules it applies. */
export class TextBuilder {
  readonly blocks: ExtractedBlock[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  // The block being read; offsets relative to its start until it is flushed.
  private bParts: string[] = [];
  private bLen = 0;
  private bPieces: TextPiece[] = [];
  private bLinks: Link[] = [];
  private bElement: Element | null = null;
  private pending: Pending = null;
  private readonly blockStack: Element[] = [];
  private readonly linkStack: Array<{ href: string; start: number }> = [];
  private embed: Element | null = null;
  private inHeadline = false;
  private readonly rootText: number;

  constructor(
    private readonly root: Element,
    private readonly stats: Map<Element, TextStats>,
    private readonly host: string,
    private readonly isHidden?: (el: Element) => boolean,
  ) {
    this.rootText = stats.get(root)?.text ?? 0;
  }

  text(): string {
    return this.parts.join('');
  }

  read(top: Element): void {
    drain(this.readSteps(top));
  }

  /** read() in steps (see walkTreeSteps). */
  *readSteps(top: Element): Generator<void, void, void> {
    yield* walkTreeSteps(top, {
      enter: (el) => this.enter(el, top),
      leave: (el) => this.leave(el),
      text: (node) => this.addText(node),
    });
    this.flush();
  }

  private enter(el: Element, top: Element): boolean {
    const name = el.localName;
    const block = BLOCK_TAGS.has(name);
    if (el !== top) {
      if (this.skip(el, name, block)) {
        if (block) this.boundary();
        return false;
      }
      if (!this.embed && isEmbeddedPost(el)) {
        this.boundary();
        this.embed = el;
      }
    }
    if (block) {
      this.boundary();
      this.blockStack.push(el);
    }
    if (name === 'a') this.linkStack.push({ href: this.externalHref(el), start: -1 });
    return true;
  }

  private leave(el: Element): void {
    const name = el.localName;
    if (name === 'a') {
      const link = this.linkStack.pop();
      if (link && link.href && link.start >= 0 && this.bLen > link.start) this.bLinks.push({ start: link.start, end: this.bLen, href: link.href });
    }
    if (el === this.embed) {
      this.flush();
      this.embed = null;
    }
    if (BLOCK_TAGS.has(name)) {
      this.boundary();
      this.blockStack.pop();
    }
  }

  /** True when the element's subtree is not article text. */
  private skip(el: Element, name: string, block: boolean): boolean {
    if (isNeverText(el) || isCodeBlock(el) || isClosedDetailsContent(el)) return true;
    if (this.embed) return false;
    if (name === 'header' && !this.inHeadline) {
      this.readHeadline(el);
      return true;
    }
    if (isFurnitureTag(el) && name !== 'form') return true;
    if ((name === 'form' || looksLikeFurniture(el)) && !this.holdsTheArticle(el)) return true;
    if (this.isLinkList(el, name)) return true;
    return block && this.isHidden !== undefined && this.isHidden(el);
  }

  /** Lists and boxes made mostly of links ("Read more", related stories) are navigation, not prose. */
  private isLinkList(el: Element, name: string): boolean {
    if (!LINK_LIST_TAGS.has(name)) return false;
    const s = this.stats.get(el);
    return s !== undefined && s.link > 0.5 * s.text && !this.holdsTheArticle(el);
  }

  /** A furniture-looking wrapper that holds most of the article's text is the article (class names lie,
   * and some sites wrap the whole page in a <form>). */
  private holdsTheArticle(el: Element): boolean {
    const s = this.stats.get(el);
    return s !== undefined && s.p >= MIN_ARTICLE_CHARS && s.text >= 0.8 * this.rootText;
  }

  /** An article's own <header> holds its headline (kept) beside bylines and share buttons (skipped). */
  private readHeadline(header: Element): void {
    const h1 = header.querySelector('h1');
    if (!h1 || isNeverText(h1)) return;
    this.boundary();
    this.inHeadline = true;
    walkTree(h1, { enter: (e) => this.enter(e, h1), leave: (e) => this.leave(e), text: (n) => this.addText(n) });
    this.inHeadline = false;
    this.boundary();
  }

  private externalHref(a: Element): string {
    const raw = a.getAttribute('href');
    if (!raw) return '';
    try {
      const url = new URL(raw, a.ownerDocument.baseURI);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
      return bareHost(url.hostname) !== this.host ? url.href : '';
    } catch {
      return '';
    }
  }

  /** A block boundary: ends the current block (inside an embedded post, only a word break). */
  private boundary(): void {
    if (this.embed) {
      if (this.bLen > 0 && this.pending === null) this.pending = 'gap';
      return;
    }
    this.flush();
  }

  private addText(node: Text): void {
    if (isClosedDetailsContent(node)) return;
    const data = node.data;
    const n = data.length;
    let runStart = -1;
    let i = 0;
    while (i < n) {
      if (isWs(data.charCodeAt(i))) {
        let j = i + 1;
        while (j < n && isWs(data.charCodeAt(j))) j++;
        // A single space between two words of this node stays inside the verbatim run.
        if (runStart >= 0 && j === i + 1 && data.charCodeAt(i) === 32 && j < n && !isInvisible(data.charCodeAt(j))) {
          i = j;
          continue;
        }
        if (runStart >= 0) this.piece(node, runStart, i - runStart);
        runStart = -1;
        if (this.bLen > 0 && this.pending === null) this.pending = data.charCodeAt(i) === 32 ? { node, at: i } : 'gap';
        i = j;
      } else if (isInvisible(data.charCodeAt(i))) {
        // Soft hyphens and zero-width spaces are not seen: dropped, and the word goes on in a new piece.
        if (runStart >= 0) this.piece(node, runStart, i - runStart);
        runStart = -1;
        i++;
      } else {
        if (runStart < 0) {
          this.startContent();
          runStart = i;
        }
        i++;
        while (i < n && !isWs(data.charCodeAt(i)) && !isInvisible(data.charCodeAt(i))) i++;
      }
    }
    if (runStart >= 0) this.piece(node, runStart, n - runStart);
  }

  /** Before new words: emit the collapsed space, open the block, start pending links. */
  private startContent(): void {
    if (this.bLen === 0) {
      this.bElement = this.embed ?? this.blockStack[this.blockStack.length - 1] ?? this.root;
    } else if (this.pending === 'gap') {
      this.bParts.push(' ');
      this.bLen++;
    } else if (this.pending) {
      this.piece(this.pending.node, this.pending.at, 1);
    }
    this.pending = null;
    for (const link of this.linkStack) if (link.start < 0) link.start = this.bLen;
  }

  private piece(node: Text, nodeStart: number, len: number): void {
    this.bParts.push(node.data.slice(nodeStart, nodeStart + len));
    const last = this.bPieces[this.bPieces.length - 1];
    if (last && last.node === node && last.end === this.bLen && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += len;
    } else {
      this.bPieces.push({ node, start: this.bLen, end: this.bLen + len, nodeStart });
    }
    this.bLen += len;
  }

  /** Ends the current block and appends it to the text. */
  private flush(): void {
    this.pending = null;
    if (this.bLen === 0) return;
    const raw = this.bParts.join('');
    for (const link of this.linkStack) {
      if (link.href && link.start >= 0) this.bLinks.push({ start: link.start, end: this.bLen, href: link.href });
      link.start = -1;
    }
    let embed: Block['embed'];
    let cut = raw.length;
    if (this.embed) ({ cut, embed } = this.embedBlock(raw));
    // Other spaces (no-break, ideographic) are kept inside a block but not at its ends.
    let lo = 0;
    let hi = cut;
    while (lo < hi && EDGE_SPACE.test(raw[lo])) lo++;
    while (hi > lo && EDGE_SPACE.test(raw[hi - 1])) hi--;
    if (hi > lo) this.commit(raw.slice(lo, hi), lo, embed);
    this.bParts = [];
    this.bLen = 0;
    this.bPieces = [];
    this.bLinks = [];
    this.bElement = null;
  }

  /** Appends the block's text [lo, lo + text.length) of the buffer, with its pieces and links clipped and shifted. */
  private commit(text: string, lo: number, embed: Block['embed']): void {
    if (this.blocks.length > 0) {
      this.parts.push('\n');
      this.length++;
    }
    const hi = lo + text.length;
    const shift = this.length - lo;
    const pieces: TextPiece[] = [];
    for (const p of this.bPieces) {
      if (p.end <= lo) continue;
      if (p.start >= hi) break;
      const start = Math.max(p.start, lo);
      pieces.push({ node: p.node, start: start + shift, end: Math.min(p.end, hi) + shift, nodeStart: p.nodeStart + (start - p.start) });
    }
    const links = this.bLinks.filter((l) => l.end > lo && l.start < hi)
      .map((l) => ({ start: Math.max(l.start, lo) + shift, end: Math.min(l.end, hi) + shift, href: l.href }));
    const block: ExtractedBlock = { start: this.length, end: this.length + text.length, element: this.bElement ?? this.root, pieces };
    if (links.length) block.links = links;
    if (embed) block.embed = embed;
    this.blocks.push(block);
    this.parts.push(text);
    this.length += text.length;
  }

  /** An embedded post: where its text ends (before the byline line), credited to the byline's author. */
  private embedBlock(text: string): { cut: number; embed: Block['embed'] } {
    const el = this.embed as Element;
    const url = embedUrl(el);
    const byline = parseEmbedByline(text);
    const handle = byline?.handle ?? handleFromUrl(url);
    const author = byline?.author || handle;
    const embed = author ? { author, ...(handle ? { handle } : {}), ...(url ? { url } : {}) } : undefined;
    return { cut: byline ? byline.cut : text.length, embed };
  }

}
