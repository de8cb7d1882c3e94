// One linked-source check, start to end: fetch (within limits), text (HTML or PDF), match. Runs where there is a
// DOM: Chrome's offscreen document, Firefox's background page; tests pass their own parser.
import { decodeText } from './decode';
import { fetchSource, type FetchOptions } from './fetch-source';
import { htmlToText } from './html-text';
import { matchClaim } from './match';
import { pdfToText, type PdfOptions } from './pdf-text';
import type { ClaimProbe, Verdict } from './types';

export interface CheckOptions extends FetchOptions, PdfOptions {
  parseHtml?: (html: string) => Document;
}

export async function runCheck(url: string, probe: ClaimProbe, options: CheckOptions = {}): Promise<Verdict> {
  const fetched = await fetchSource(url, options);
  if (!fetched.ok) return { kind: 'unreadable', reason: fetched.reason, ...(fetched.detail ? { detail: fetched.detail } : {}) };
  let text: string;
  try {
    if (fetched.kind === 'pdf') text = await pdfToText(fetched.bytes, options);
    else if (fetched.kind === 'html') text = htmlToText(decodeText(fetched.bytes, fetched.contentType, true), options.parseHtml);
    else text = decodeText(fetched.bytes, fetched.contentType, false);
  } catch (error) {
    return { kind: 'unreadable', reason: 'not-text', detail: error instanceof Error ? error.message.slice(0, 120) : 'unreadable' };
  }
  return matchClaim(probe, text);
}
