// Where a check runs: it needs a DOM (DOMParser, pdf.js's worker). Chrome: an offscreen document, created on the
// first check and closed after a minute without one. Firefox: the background is a page; the check's module (and,
// inside it, pdf.js) is imported on the first check only.
import { offscreenApi } from '../browser';
import type { LinkCheckState } from '../linkcheck/state';
import type { ClaimProbe } from '../linkcheck/types';
import { sendToBackground } from '../messages';

const OFFSCREEN_PAGE = 'offscreen.html';
const IDLE_CLOSE_MS = 60_000;

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let running = 0;

async function ensureOffscreen(): Promise<void> {
  const api = offscreenApi()!;
  if (api.hasDocument && await api.hasDocument()) return;
  creating ??= api.createDocument({
    url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'],
    justification: 'Reads the page a claim links to (on the reader\'s click) to check the claim against it.',
  }).catch((error: unknown) => {
    // Another call created it meanwhile: that is fine.
    if (!String(error).includes('single offscreen')) throw error;
  }).finally(() => { creating = null; });
  await creating;
}

async function inOffscreen(url: string, probe: ClaimProbe): Promise<LinkCheckState> {
  clearTimeout(idleTimer);
  running++;
  try {
    await ensureOffscreen();
    // runtime.sendMessage reaches every extension page; only the offscreen document handles this type.
    const reply = await sendToBackground('linkcheck/run', { url, probe });
    if (!reply.ok) return { status: 'done', verdict: { kind: 'unreadable', reason: 'unreachable', detail: reply.error } };
    return reply.value.state;
  } finally {
    if (--running === 0) idleTimer = setTimeout(() => void offscreenApi()?.closeDocument().catch(() => undefined), IDLE_CLOSE_MS);
  }
}

type CheckModule = typeof import('../linkcheck/entry');
let module: Promise<CheckModule> | null = null;

async function inThisPage(url: string, probe: ClaimProbe): Promise<LinkCheckState> {
  // The extension's own root-relative file, left to the browser by the bundler (external): loaded on demand.
  module ??= import('/linkcheck.js' as string) as Promise<CheckModule>;
  const { checkState } = await module;
  return checkState(url, probe);
}

export function runLinkCheck(url: string, probe: ClaimProbe): Promise<LinkCheckState> {
  return offscreenApi() ? inOffscreen(url, probe) : inThisPage(url, probe);
}
