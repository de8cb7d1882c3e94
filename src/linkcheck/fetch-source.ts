// Fetches the one linked page, and only within limits: no cookies or other credentials, a 10 s timeout for the
// whole transfer, 5 MB at most (counted as the bytes arrive), http(s) only (also after redirects, which the
// browser follows up to its own hop limit; a loop ends as a network error), and only HTML, PDF or plain text.
import type { ReadFailure } from './types';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type SourceKind = 'html' | 'pdf' | 'text';

export type Fetched =
  | { ok: true; kind: SourceKind; url: string; bytes: Uint8Array; contentType: string }
  | { ok: false; reason: ReadFailure; detail?: string };

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function kindOfType(contentType: string): SourceKind | 'unknown' | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!type) return 'unknown';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  if (type === 'text/plain') return 'text';
  return null;
}

function startsWithPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/** Text has no NUL bytes in its first kilobytes (UTF-16 pages are rare enough to call binary). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}

export async function fetchSource(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_SOURCE_BYTES, fetchImpl = fetch } = options;
  if (!isWebUrl(url)) return { ok: false, reason: 'unreachable', detail: 'not a web address' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit', redirect: 'follow', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller.signal,
      headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8' },
    });
    if (response.url && !isWebUrl(response.url)) return { ok: false, reason: 'unreachable', detail: 'redirected away from the web' };
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'not-found', detail: `HTTP ${response.status}` };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` };
    }
    const contentType = response.headers.get('content-type') ?? '';
    const declared = kindOfType(contentType);
    if (declared === null) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'not-text', detail: contentType.split(';')[0] };
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    const bytes = response.body ? await readCapped(response.body, maxBytes) : new Uint8Array(0);
    if (!bytes) return { ok: false, reason: 'too-large' };
    const kind: SourceKind = startsWithPdf(bytes) ? 'pdf' : declared === 'unknown' ? 'html' : declared;
    if (kind === 'pdf' && declared !== 'pdf' && declared !== 'unknown') return { ok: false, reason: 'not-text', detail: 'a PDF served as text' };
    if (kind !== 'pdf' && looksBinary(bytes)) return { ok: false, reason: 'not-text', detail: 'binary data' };
    return { ok: true, kind, url: response.url || url, bytes, contentType };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
