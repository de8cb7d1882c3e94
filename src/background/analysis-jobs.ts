// The background's analyses, scheduled fairly (scheduler.ts): in slices with a turn of the event loop between
// them, the visible tab first, a tab's newer request dropping its older one, a tab that keeps changing backed off
// (after the calm tabs).
// Which tab is visible comes from tab activation (no `tabs` permission needed) and, until a window reports one,
// from the page's own visibility sent with the request.
import { browser, type Runtime } from '../browser';
import { MAX_CLAIMS, type Request, type Response } from '../messages';
import { analysisLanguage } from '../analysis/index';
import { analyzeCappedSteps } from './analyze-capped';
import { FairScheduler, type Clock } from './scheduler';
import { createReplyParts } from './reply-parts';

const realClock: Clock = { now: () => performance.now() };

/** A macrotask, so that messages queued meanwhile (the popup's reads, other tabs) are handled before the next slice. */
const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createAnalysisJobs() {
  const scheduler = new FairScheduler({ clock: realClock, yieldTurn });
  const activeInWindow = new Map<number, number>();
  const replies = createReplyParts();

  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    const previous = activeInWindow.get(windowId);
    if (previous !== undefined && previous !== tabId) scheduler.setVisible(previous, false);
    activeInWindow.set(windowId, tabId);
    scheduler.setVisible(tabId, true);
  });

  return {
    async run({ text, blocks, visible, lang }: Request<'analysis/run'>, sender: Runtime.MessageSender): Promise<Response<'analysis/run'>> {
      const tabId = sender.tab!.id!;
      const options = { lang: lang ?? null };
      const outcome = await scheduler.submit({
        tabId, key: String(sender.frameId ?? 0), visible: visible ?? true,
        start: () => analyzeCappedSteps(text, blocks, MAX_CLAIMS, options),
      });
      // The page's language as the engine takes it (its declared one, or the text's): the popup says when it gets
      // figures only.
      if (!outcome.done) return { claims: [], superseded: true };
      return { ...replies.split(tabId, sender.frameId ?? 0, outcome.value), language: analysisLanguage(text, options) };
    },
    /** The next part of the sender's tab's reply; `gone` when a newer run replaced it. */
    part({ ticket, index }: Request<'analysis/part'>, sender: Runtime.MessageSender): Response<'analysis/part'> {
      const claims = replies.take(sender.tab!.id!, sender.frameId ?? 0, ticket, index);
      return claims ? { claims } : { claims: [], gone: true };
    },
    /** The tab closed: its queued work is dropped. (A new document in the tab supersedes the old one's request.) */
    forget(tabId: number): void {
      scheduler.cancelTab(tabId);
      replies.forget(tabId);
      for (const [windowId, id] of activeInWindow) if (id === tabId) activeInWindow.delete(windowId);
    },
  };
}
