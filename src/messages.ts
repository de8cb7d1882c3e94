// The one typed message contract between content script, background and popup.
// Every message is { type, payload }; each type has a request validator and a response type.
// Handlers check the sender and reject malformed messages; failures come back as values, never throws.
import type { Block, Claim } from './analysis/types';
import type { LanguageInfo } from './analysis/language';
import { claimKey, isCorrectionRecord, normalizePageUrl, type CorrectionRecord } from './corrections/model';
import type { PageMeta } from './page/types';
import { isLinkCheckRequest, type LinkCheckRecord, type LinkCheckRequest, type LinkCheckState } from './linkcheck/state';
import type { ClaimMatches } from './ledger/types';
import type { Runtime } from './browser';
import { isPartInfo, MAX_PARTS, type PartInfo } from './report/parts';
import { isHighlightNames, type HighlightNames } from './ui/highlight-names';
import { browser, extensionId, extensionUrl } from './browser';

/** 'failed': the analysis could not finish (an error in the engine or the background); the reader may retry. */
export type PageStatus = 'ready' | 'no-article' | 'nothing-found' | 'paused' | 'failed';

/** What a tab's content script found, kept by the background per tab. */
export interface TabResults {
  status: PageStatus;
  page: PageMeta | null;
  claims: Claim[];
  /** True when the page had more claims than the per-page cap. */
  capped: boolean;
  /** The analyzed text (claim offsets index it), for context and export; absent past MAX_REPORTED_TEXT. */
  text?: string | null;
  /** The page's language as the engine decided it, and whether it read claims and sources or figures only. */
  language?: LanguageInfo;
}

/** Texts longer than this are not sent to the popup (the 1 MB paragraph): claims still carry their own text. */
export const MAX_REPORTED_TEXT = 2_000_000;

export interface Contract {
  /**
   * content → background: analyze a stretch of the page's text. The engine runs in the background, warm and
   * once for every tab, off the page's main thread; the message never leaves the browser.
   */
  'analysis/run': {
    /** `visible`: the page was visible when it asked (the background serves visible tabs first). */
    /** `lang`: the page's language as it declares it (`<html lang>`, og:locale) or as an earlier reading decided. */
    request: { text: string; blocks: Block[]; visible?: boolean; lang?: string | null };
    /**
     * `superseded`: a newer request from the same tab replaced this one before it finished (no claims).
     * `language`: the page's language as the engine read it (the declared one, or the text's where it clearly differs).
     */
    response: { claims: Claim[]; superseded?: true; language?: LanguageInfo; more?: ReplyMore };
  };
  /** content → background: part `index` (1 and on) of an 'analysis/run' reply that had `more`; `gone` when the tab's
   *  newer run replaced it. */
  'analysis/part': { request: { ticket: string; index: number }; response: { claims: Claim[]; gone?: true } };
  /** content → background: the results for the sender's tab; with `part`, one part of them (src/report/parts.ts). */
  'results/report': { request: { results: TabResults; part?: PartInfo }; response: { ok: true } };
  /** popup → background: the stored results of a tab. */
  'results/get': { request: { tabId: number }; response: { results: TabResults | null } };
  /** popup/background → content: scroll to a claim, flash it and open its card. */
  'claim/show': { request: { claimId: string }; response: { shown: boolean } };
  /** background (keyboard command) → content. */
  'claim/step': { request: { direction: 'next' | 'previous' }; response: { claimId: string | null } };
  /** background (keyboard command) → content. */
  'highlights/toggle': { request: Record<string, never>; response: { visible: boolean } };
  /** content → background: what the reading ledger knows about one claim of the sender's tab (a card opened). */
  'ledger/matches': { request: { claimId: string }; response: ClaimMatches };
  /** popup → background: the claims of a tab that have matches in the reading ledger, with how many. */
  'ledger/page': { request: { tabId: number }; response: { counts: Record<string, { elsewhere: number; conflicts: number }> } };
  /** popup → content: is a content script alive in this tab, and what did it find? */
  'content/ping': { request: Record<string, never>; response: { results: TabResults | null } };
  /** content → side panel (any extension page listening): the reader opened this claim's card in the page. */
  'claim/opened': { request: { claimId: string }; response: { ok: true } };
  /** background → side panel and popup: the stored results of a tab changed (new report, cleared, corrected). */
  'results/changed': { request: { tabId: number }; response: { ok: true } };
  /** content → background, on the reader's click only: check a claim against the page its sentence links to. */
  'linkcheck/start': { request: LinkCheckRequest; response: { state: LinkCheckState } };
  /** content → background: open the small page that asks for access to the linked site (content scripts cannot ask). */
  'linkcheck/ask': { request: LinkCheckRequest; response: { opened: boolean } };
  /** permission page → background: what it asks for. */
  'linkcheck/pending': { request: { ticket: string }; response: { origin: string; url: string } | null };
  /** permission page → background: the reader's answer (the browser's, after permissions.request). */
  'linkcheck/answer': { request: { ticket: string; granted: boolean }; response: { ok: true } };
  /** background → content: a check's new state. */
  'linkcheck/update': { request: { claimId: string; url: string; state: LinkCheckState }; response: { ok: true } };
  /** background (Chrome) → offscreen document: run one check where there is a DOM. */
  'linkcheck/run': { request: Pick<LinkCheckRequest, 'url' | 'probe'>; response: { state: LinkCheckState } };
  /** popup → background: the checks made in a tab, for the claim rows. */
  'linkcheck/results': { request: { tabId: number }; response: { checks: LinkCheckRecord[] } };
  /**
   * content (the card) → background: save the reader's correction of one claim of a page (url without #hash,
   * key = claimKey), or undo it (record null). The background is the only writer of the corrections.
   */
  'correction/set': { request: { url: string; key: string; record: CorrectionRecord | null }; response: { ok: true } };
  /** popup → content: read the page again (after a failure), or read it although it was not taken for an article
   *  (`anyway`); answers once that reading is done, with its results. */
  'content/read': { request: { anyway: boolean }; response: { results: TabResults } };
  /** content → background: insert the stylesheet of this page load's highlight names (scripting.insertCSS). */
  'page/style': { request: { names: HighlightNames }; response: { inserted: boolean } };
  /**
   * popup → background: read this tab now (inject the content script). The popup asks when the tab has no
   * content script: in "only when I click" mode, or where the every-page mode has no access to the site.
   */
  'page/read': { request: { tabId: number }; response: { read: boolean } };
  /** extension page → content: this page load's highlight names (for tests and diagnosis; the page cannot ask). */
  'highlights/names': { request: Record<string, never>; response: { names: HighlightNames } };
}

/** An 'analysis/run' reply in parts (src/background/reply-parts.ts): the claims came with part 0 of `parts`. */
export interface ReplyMore { ticket: string; parts: number }

export type MessageType = keyof Contract;
export type Request<K extends MessageType> = Contract[K]['request'];
export type Response<K extends MessageType> = Contract[K]['response'];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const STATUSES: readonly string[] = ['ready', 'no-article', 'nothing-found', 'paused', 'failed'] satisfies PageStatus[];

/** The fields the popup reads of every claim, checked so that bad data cannot crash it. */
function isClaimShape(v: unknown): boolean {
  return isObject(v) && typeof v.id === 'string' && typeof v.text === 'string' && Number.isInteger(v.start)
    && Number.isInteger(v.end) && typeof v.form === 'string' && typeof v.level === 'string'
    && typeof v.confidence === 'number' && Array.isArray(v.reasons) && Array.isArray(v.hedges)
    && (v.source === null || (isObject(v.source) && typeof v.source.name === 'string'));
}

/** Results as the background keeps them: checked on the way in (messages) and out (session storage). */
export function isTabResults(v: unknown): v is TabResults {
  return isObject(v) && typeof v.status === 'string' && STATUSES.includes(v.status) && Array.isArray(v.claims)
    && v.claims.length <= MAX_CLAIMS && v.claims.every(isClaimShape) && typeof v.capped === 'boolean'
    && (v.page === null || isObject(v.page)) && (v.text === undefined || v.text === null || typeof v.text === 'string')
    && (v.language === undefined || isLanguageInfo(v.language));
}

function isLanguageInfo(v: unknown): v is LanguageInfo {
  return isObject(v) && typeof v.code === 'string' && v.code.length <= 16 && (v.support === 'full' || v.support === 'figures');
}

/** Shape checks for every request: a message that fails its check is rejected before any handler runs. */
/** Longest text one analysis message may carry; the content script cuts a longer stretch to this. */
export const MAX_ANALYSIS_TEXT = 4_000_000;

/**
 * A cap on claims per page keeps work, memory and messages bounded on hostile pages (100,000 numbers);
 * the popup says when it applied. The engine stops one claim past it, so "capped" can be told.
 */
export const MAX_CLAIMS = 2000;

function isBlock(v: unknown, textLength: number): v is Block {
  return isObject(v) && Number.isInteger(v.start) && Number.isInteger(v.end)
    && (v.start as number) >= 0 && (v.start as number) <= (v.end as number) && (v.end as number) <= textLength
    && (v.links === undefined || (Array.isArray(v.links) && v.links.every((l) => isObject(l) && Number.isInteger(l.start)
      && Number.isInteger(l.end) && (l.start as number) >= 0 && (l.end as number) <= textLength && typeof l.href === 'string')))
    && (v.embed === undefined || (isObject(v.embed) && typeof v.embed.author === 'string'));
}

const validators: { [K in MessageType]: (p: unknown) => p is Request<K> } = {
  'page/style': (p): p is Request<'page/style'> => isObject(p) && isHighlightNames(p.names),
  'highlights/names': (p): p is Request<'highlights/names'> => isObject(p),
  'page/read': (p): p is Request<'page/read'> => isObject(p) && Number.isInteger(p.tabId) && (p.tabId as number) >= 0,
  'analysis/run': (p): p is Request<'analysis/run'> => isObject(p) && typeof p.text === 'string'
    && p.text.length <= MAX_ANALYSIS_TEXT && (p.visible === undefined || typeof p.visible === 'boolean') && Array.isArray(p.blocks)
    && (p.lang === undefined || p.lang === null || (typeof p.lang === 'string' && p.lang.length <= 64))
    && p.blocks.every((b) => isBlock(b, (p.text as string).length)),
  'analysis/part': (p): p is Request<'analysis/part'> => isObject(p) && typeof p.ticket === 'string' && p.ticket.length < 64
    && Number.isInteger(p.index) && (p.index as number) >= 1 && (p.index as number) <= MAX_PARTS,
  'results/report': (p): p is Request<'results/report'> => isObject(p) && isTabResults(p.results)
    && (p.part === undefined || isPartInfo(p.part)),
  'results/get': (p): p is Request<'results/get'> => isObject(p) && Number.isInteger(p.tabId),
  'claim/show': (p): p is Request<'claim/show'> => isObject(p) && typeof p.claimId === 'string' && p.claimId.length < 64,
  'claim/step': (p): p is Request<'claim/step'> => isObject(p) && (p.direction === 'next' || p.direction === 'previous'),
  'highlights/toggle': (p): p is Request<'highlights/toggle'> => isObject(p),
  'content/ping': (p): p is Request<'content/ping'> => isObject(p),
  'claim/opened': (p): p is Request<'claim/opened'> => isObject(p) && typeof p.claimId === 'string' && p.claimId.length < 64,
  'results/changed': (p): p is Request<'results/changed'> => isObject(p) && Number.isInteger(p.tabId),
  'linkcheck/start': (p): p is Request<'linkcheck/start'> => isLinkCheckRequest(p),
  'linkcheck/ask': (p): p is Request<'linkcheck/ask'> => isLinkCheckRequest(p),
  'linkcheck/pending': (p): p is Request<'linkcheck/pending'> => isObject(p) && typeof p.ticket === 'string' && p.ticket.length < 64,
  'linkcheck/answer': (p): p is Request<'linkcheck/answer'> => isObject(p) && typeof p.ticket === 'string' && typeof p.granted === 'boolean',
  'linkcheck/update': (p): p is Request<'linkcheck/update'> => isObject(p) && typeof p.claimId === 'string' && typeof p.url === 'string' && isObject(p.state),
  'linkcheck/run': (p): p is Request<'linkcheck/run'> => isObject(p) && isLinkCheckRequest({ ...p, claimId: 'x' }),
  'linkcheck/results': (p): p is Request<'linkcheck/results'> => isObject(p) && Number.isInteger(p.tabId),
  'correction/set': (p): p is Request<'correction/set'> => isObject(p) && typeof p.url === 'string'
    && normalizePageUrl(p.url) === p.url && typeof p.key === 'string'
    && (p.record === null || (isCorrectionRecord(p.record) && claimKey({ form: p.record.form, text: p.record.claimText }) === p.key)),
  'ledger/matches': (p): p is Request<'ledger/matches'> => isObject(p) && typeof p.claimId === 'string' && p.claimId.length < 64,
  'ledger/page': (p): p is Request<'ledger/page'> => isObject(p) && Number.isInteger(p.tabId),
  'content/read': (p): p is Request<'content/read'> => isObject(p) && typeof p.anyway === 'boolean',
};

interface Envelope { type: MessageType; payload: unknown }

function isEnvelope(m: unknown): m is Envelope {
  return isObject(m) && typeof m.type === 'string' && Object.hasOwn(validators, m.type);
}

/** Which contexts may send a message: our content scripts (a tab) or our own pages (popup, background). */
export type SenderKind = 'content' | 'extension-page';

export function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== extensionId()) return null;
  if (sender.url && sender.url.startsWith(extensionUrl(''))) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

async function deliver<K extends MessageType>(send: () => Promise<unknown>): Promise<Result<Response<K>>> {
  try {
    const reply = await send();
    if (isObject(reply) && reply.ok === true) return { ok: true, value: reply.value as Response<K> };
    if (isObject(reply) && typeof reply.error === 'string') return { ok: false, error: reply.error };
    return { ok: false, error: 'no handler answered' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends to the background (from a content script or the popup). */
export function sendToBackground<K extends MessageType>(type: K, payload: Request<K>): Promise<Result<Response<K>>> {
  return deliver<K>(() => browser.runtime.sendMessage({ type, payload }));
}

/**
 * Tells every extension page that listens (side panel, popup) something happened; nobody listening is no error.
 * Same wire as sendToBackground: runtime messages reach all of the extension's pages but the sender's own.
 */
export async function broadcast<K extends MessageType>(type: K, payload: Request<K>): Promise<void> {
  await deliver<K>(() => browser.runtime.sendMessage({ type, payload }));
}

/** Sends to the content script of one tab (from the background or the popup). */
export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Request<K>): Promise<Result<Response<K>>> {
  return deliver<K>(() => browser.tabs.sendMessage(tabId, { type, payload }));
}

export type Handlers = {
  [K in MessageType]?: {
    from: SenderKind[];
    handle: (payload: Request<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>>;
  };
};

/**
 * Routes messages to handlers. Messages of unknown type, from unexpected senders or with a malformed
 * payload are answered with an error (or ignored when this context has no handler for them).
 */
export function routeMessage(handlers: Handlers, message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const entry = handlers[message.type] as Handlers[MessageType] | undefined;
  if (!entry) return undefined;
  const kind = senderKind(sender);
  if (!kind || !entry.from.includes(kind)) return Promise.resolve({ ok: false, error: 'sender not allowed' });
  if (!validators[message.type](message.payload)) return Promise.resolve({ ok: false, error: `malformed ${message.type}` });
  return Promise.resolve()
    .then(() => (entry.handle as (p: unknown, s: Runtime.MessageSender) => unknown)(message.payload, sender))
    .then((value) => ({ ok: true, value }), (error: unknown) => ({ ok: false, error: String(error) }));
}

/** Installs the router; returns a function that removes it. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => routeMessage(handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => {
    // An orphaned content script (extension reloaded) may no longer reach the API: nothing left to remove then.
    try { browser.runtime.onMessage.removeListener(listener); } catch { /* context invalidated */ }
  };
}
