// The eval's stable way to rebuild a page's article text: paragraphs of Readability's extracted body
// (`<name>.expected.html`) read with jsdom, one block a line, whitespace inside a block collapsed.
// It does not depend on src/page, so the labels stay checkable while the project's extraction changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { Block } from '../../src/analysis/types';
import { pageName, type LabelDoc } from './dataset';
import { PAGES_DIR } from './paths';

export interface PageText { text: string; blocks: Block[] }

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD',
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'UL', 'OL', 'TABLE', 'TR', 'BODY',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** Blocks of an HTML fragment: each block element's own inline text, in document order. */
export function textFromHtml(html: string): PageText {
  const doc = new JSDOM(html).window.document;
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) pieces.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') { current += ' '; continue; }
        if (BLOCK_TAGS.has(tag)) { flush(); walk(child); flush(); } else walk(child);
      }
    }
  };
  walk(doc.body);
  flush();
  const blocks: Block[] = [];
  let offset = 0;
  for (const p of pieces) {
    blocks.push({ start: offset, end: offset + p.length });
    offset += p.length + 1;
  }
  return { text: pieces.join('\n'), blocks };
}

/** Readability's extracted body of a fixture page, as the labels were written against it. */
export function expectedPageText(name: string, dir = PAGES_DIR): PageText {
  return textFromHtml(readFileSync(path.join(dir, `${name}.expected.html`), 'utf8'));
}

/** The reference text of a labelled document: inline for written ones, Readability's body for pages. */
export function referenceText(doc: LabelDoc, dir = PAGES_DIR): string {
  const name = pageName(doc);
  return name === null ? doc.text ?? '' : expectedPageText(name, dir).text;
}
