// An HTML page in Node: jsdom (no scripts run, no resources loaded), then the same extraction as the extension.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block } from '../analysis';
import { extractArticle, extractMeta, type PageMeta } from '../page';

export interface PageText { text: string; blocks: Block[]; page: PageMeta }

export function pageText(bytes: Uint8Array, url: string, contentType?: string): PageText {
  // A Buffer lets jsdom sniff the page's own charset (<meta charset>, BOM) as a browser would.
  const dom = new JSDOM(Buffer.from(bytes), { url, contentType: htmlContentType(contentType), virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const extraction = extractArticle(doc);
    // The engine gets plain blocks: no DOM nodes.
    const blocks = extraction.blocks.map(({ start, end, embed, links }) => ({ start, end, ...(embed ? { embed } : {}), ...(links ? { links } : {}) }));
    return { text: extraction.text, blocks, page: extractMeta(doc, url) };
  } finally {
    dom.window.close();
  }
}

function htmlContentType(contentType: string | undefined): string {
  return contentType && /html/i.test(contentType) ? contentType : 'text/html';
}
