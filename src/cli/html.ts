// An HTML page in Node: jsdom (no scripts run, no resources loaded), then the same extraction as the extension.
// jsdom is imported here, on the first HTML input, not at start: plain text never pays for loading it.
import type { Block } from '../analysis';
import { declaredLanguage, extractArticle, extractMeta, type PageMeta } from '../page';

export interface PageText { text: string; blocks: Block[]; page: PageMeta; /** As the page declares it (`<html lang>`, og:locale). */ lang: string | null }

export async function pageText(bytes: Uint8Array, url: string, contentType?: string): Promise<PageText> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // Bytes, not a string, so that a page in a legacy charset is decoded as its <meta charset> says.
  const dom = new JSDOM(Buffer.from(bytes), { url, contentType: htmlContentType(bytes, contentType), virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const extraction = extractArticle(doc);
    // The engine gets plain blocks: no DOM nodes.
    const blocks = extraction.blocks.map(({ start, end, embed, links }) => ({ start, end, ...(embed ? { embed } : {}), ...(links ? { links } : {}) }));
    return { text: extraction.text, blocks, page: extractMeta(doc, url), lang: declaredLanguage(doc) };
  } finally {
    dom.window.close();
  }
}

/**
 * The charset to read the page with: the server's when it names one; UTF-8 when the bytes are valid UTF-8
 * (saved pages often keep a stale <meta charset>, and legacy text is almost never valid UTF-8 by chance);
 * otherwise jsdom sniffs <meta charset> and falls back as browsers do.
 */
function htmlContentType(bytes: Uint8Array, contentType: string | undefined): string {
  const type = contentType && /html/i.test(contentType) ? contentType : 'text/html';
  if (/charset=/i.test(type)) return type;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return `${type.split(';')[0]}; charset=utf-8`;
  } catch {
    return type;
  }
}
