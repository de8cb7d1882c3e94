// The content script's side of "Check the linked source": asks the background on the reader's click, keeps each
// check's latest state (pushed back by the background) and tells the open card.
import type { Claim } from '../src/analysis/types';
import { checkKey, type LinkCheckRequest, type LinkCheckState } from '../src/linkcheck/state';
import { sendToBackground } from '../src/messages';
import type { LinkCheckControl } from '../src/ui/LinkCheckSection';

export class LinkChecks {
  private readonly states = new Map<string, LinkCheckState>();
  private readonly listeners = new Set<() => void>();

  /** The card's handle on the check of `claim` against `url`. */
  control(claim: Claim, url: string, sentence: string | undefined): LinkCheckControl {
    const request: LinkCheckRequest = {
      claimId: claim.id, url,
      probe: { form: claim.form, text: claim.text, ...(sentence ? { sentence } : {}), quantity: claim.quantity },
    };
    const key = checkKey(claim.id, url);
    return {
      url,
      state: () => this.states.get(key) ?? null,
      subscribe: (fn) => { this.listeners.add(fn); return () => this.listeners.delete(fn); },
      start: () => void this.send('linkcheck/start', request),
      ask: () => void this.send('linkcheck/ask', request),
    };
  }

  /** A new state from the background. */
  update(claimId: string, url: string, state: LinkCheckState): void {
    this.set(checkKey(claimId, url), state);
  }

  /** The page changed or was left: earlier checks stay with the background (the popup shows them). */
  clear(): void {
    this.states.clear();
  }

  private async send(type: 'linkcheck/start' | 'linkcheck/ask', request: LinkCheckRequest): Promise<void> {
    const key = checkKey(request.claimId, request.url);
    if (type === 'linkcheck/start') {
      this.set(key, { status: 'running' });
      const reply = await sendToBackground('linkcheck/start', request);
      // The background may have pushed a newer state meanwhile (a finished check): keep that.
      if (reply.ok && this.states.get(key)?.status === 'running') this.set(key, reply.value.state);
      if (!reply.ok) this.set(key, { status: 'done', verdict: { kind: 'unreadable', reason: 'unreachable', detail: reply.error } });
    } else {
      await sendToBackground('linkcheck/ask', request);
    }
  }

  private set(key: string, state: LinkCheckState): void {
    this.states.set(key, state);
    for (const fn of this.listeners) fn();
  }
}
