// A check as the extension keeps and shows it: the request (validated where messages arrive) and its state.
import type { ClaimProbe, Verdict } from './types';
import { isWebUrl } from './fetch-source';

export interface LinkCheckRequest {
  claimId: string;
  url: string;
  probe: ClaimProbe;
}

export type LinkCheckState =
  | { status: 'running' }
  /** The extension may not read that site: the card offers to ask (origin pattern, e.g. "https://example.org/*"). */
  | { status: 'needs-permission'; origin: string }
  | { status: 'done'; verdict: Verdict };

/** Kept per tab for its session, shown in the popup's claim row. */
export interface LinkCheckRecord { claimId: string; claimText: string; url: string; state: LinkCheckState }

const MAX_TEXT = 5000;
const FORMS = ['figure', 'quote', 'statement'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

function isProbe(v: unknown): v is ClaimProbe {
  if (!isObject(v) || !FORMS.includes(v.form as string) || typeof v.text !== 'string' || v.text.length > MAX_TEXT) return false;
  if (v.sentence !== undefined && (typeof v.sentence !== 'string' || v.sentence.length > MAX_TEXT)) return false;
  const q = v.quantity;
  return q === undefined || q === null || (isObject(q) && optNumber(q.value) && optNumber(q.min) && optNumber(q.max)
    && (q.unit === undefined || typeof q.unit === 'string'));
}

export function isLinkCheckRequest(v: unknown): v is LinkCheckRequest {
  return isObject(v) && typeof v.claimId === 'string' && v.claimId.length < 64 && typeof v.url === 'string'
    && v.url.length < 4096 && isWebUrl(v.url) && isProbe(v.probe);
}

/** The host permission pattern that covers a URL ("https://example.org/*"; ports are not part of patterns). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export function checkKey(claimId: string, url: string): string {
  return `${claimId} ${url}`;
}
