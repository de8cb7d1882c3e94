// Builds ledger entries from real engine output, so matching is tested on what the extension really records.
import { analyze } from '../../../src/analysis/index';
import { entriesFor, type PageEntry } from '../../../src/ledger/entries';
import type { PageMeta } from '../../../src/page/types';

export function page(url: string, title: string | null = null, extra: Partial<PageMeta> = {}): PageMeta {
  return { url, title, publisher: null, author: null, published: null, ...extra };
}

/** The entries of an article whose text is `text` (one block a line). */
export function entriesOf(text: string, title: string | null = null, url = 'https://news.example/a'): PageEntry[] {
  const claims = analyze(text);
  return entriesFor(page(url, title), claims, text);
}

export function figureOf(text: string, title: string | null = null): PageEntry {
  const figure = entriesOf(text, title).find((e) => e.form === 'figure');
  if (!figure) throw new Error(`no figure recorded in: ${text}`);
  return figure;
}

export function quoteOf(text: string): PageEntry {
  const quote = entriesOf(text).find((e) => e.form === 'quote');
  if (!quote) throw new Error(`no quotation recorded in: ${text}`);
  return quote;
}
