// What page extraction produces: the engine's text plus a map from every text offset back to DOM text nodes.
import type { Block } from '../analysis/types';

/** text[start, end) is exactly node.data[nodeStart, nodeStart + (end - start)). */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
}

export interface ExtractedBlock extends Block {
  /** The block-level element the text came from. */
  element: Element;
  /** Pieces in text order; whitespace collapsed away between pieces has no piece. */
  pieces: TextPiece[];
}

export interface Extraction {
  /** The article body as the engine sees it: blocks joined by "\n". */
  text: string;
  blocks: ExtractedBlock[];
  /** The element judged to be the article body, or null when the page is not an article. */
  root: Element | null;
}

export interface PageMeta {
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO 8601 as the page gives it. */
  published: string | null;
}
