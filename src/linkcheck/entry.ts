// The check's module as the extension loads it (on demand): Firefox's background page imports it, Chrome's
// offscreen document runs it (offscreen.ts). pdf.js's worker is the extension's own copy.
import { extensionUrl } from '../browser';
import { runCheck } from './run-check';
import type { LinkCheckState } from './state';
import type { ClaimProbe } from './types';

export async function checkState(url: string, probe: ClaimProbe): Promise<LinkCheckState> {
  try {
    return { status: 'done', verdict: await runCheck(url, probe, { workerSrc: extensionUrl('pdf.worker.mjs') }) };
  } catch (error) {
    return { status: 'done', verdict: { kind: 'unreadable', reason: 'unreachable', detail: String(error).slice(0, 120) } };
  }
}
