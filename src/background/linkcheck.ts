// Linked-source checks, kept per tab for its session: one at a time per tab (a queue), the host permission
// asked for where the extension has none (through a small extension page: content scripts cannot ask), every
// new state pushed to the tab's card. Nothing is fetched but on the reader's click ('linkcheck/start').
import { browser, extensionUrl } from '../browser';
import { checkKey, originPattern, type LinkCheckRecord, type LinkCheckRequest, type LinkCheckState } from '../linkcheck/state';
import { sendToTab, type Handlers } from '../messages';
import { runLinkCheck } from './linkcheck-runner';
import { patternCovers } from '../linkcheck/match-pattern';

const storeKey = (tabId: number) => `linkcheck:${tabId}`;
const PENDING_KEY = 'linkcheck:pending';

interface Pending { tabId: number; request: LinkCheckRequest; claimText: string }

export function createLinkChecks() {
  const byTab = new Map<number, Map<string, LinkCheckRecord>>();
  const queues = new Map<number, Promise<unknown>>();
  const session = browser.storage.session;

  async function records(tabId: number): Promise<Map<string, LinkCheckRecord>> {
    let map = byTab.get(tabId);
    if (map) return map;
    const stored = await session?.get(storeKey(tabId)).catch(() => undefined);
    const list = stored?.[storeKey(tabId)];
    map = new Map(Array.isArray(list) ? (list as LinkCheckRecord[]).map((r) => [checkKey(r.claimId, r.url), r]) : []);
    byTab.set(tabId, map);
    return map;
  }

  async function setState(tabId: number, request: LinkCheckRequest, state: LinkCheckState): Promise<void> {
    const map = await records(tabId);
    map.set(checkKey(request.claimId, request.url), { claimId: request.claimId, claimText: request.probe.text, url: request.url, state });
    await session?.set({ [storeKey(tabId)]: [...map.values()] }).catch(() => undefined);
    await sendToTab(tabId, 'linkcheck/update', { claimId: request.claimId, url: request.url, state });
  }

  /** Runs a check after the tab's previous one (one fetch at a time per tab). */
  function enqueue(tabId: number, request: LinkCheckRequest): void {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(async () => {
      await setState(tabId, request, { status: 'running' });
      const state = await runLinkCheck(request.url, request.probe);
      if (byTab.has(tabId)) await setState(tabId, request, state);
    }).catch(() => undefined);
    queues.set(tabId, next);
    void next.finally(() => { if (queues.get(tabId) === next) queues.delete(tabId); });
  }

  /**
   * Whether the extension may read the URL: a granted host permission, or one of the content script's match
   * patterns that the browser reports as granted (Chrome's permissions.contains counts only the former; both
   * browsers list the latter in permissions.getAll once the reader allowed the extension on all sites).
   */
  async function hasAccess(url: string): Promise<boolean> {
    try {
      if (await browser.permissions.contains({ origins: [originPattern(url)] })) return true;
      const { origins = [] } = await browser.permissions.getAll();
      return origins.some((p) => patternCovers(p, url));
    } catch {
      return false;
    }
  }

  async function pendingAll(): Promise<Record<string, Pending>> {
    const stored = await session?.get(PENDING_KEY).catch(() => undefined);
    const value = stored?.[PENDING_KEY];
    return value && typeof value === 'object' ? value as Record<string, Pending> : {};
  }

  const handlers: Handlers = {
    'linkcheck/start': {
      from: ['content'],
      handle: async (request, sender) => {
        const tabId = sender.tab!.id!;
        const known = (await records(tabId)).get(checkKey(request.claimId, request.url));
        if (known && known.state.status !== 'needs-permission') return { state: known.state };
        if (!await hasAccess(request.url)) {
          const state: LinkCheckState = { status: 'needs-permission', origin: originPattern(request.url) };
          await setState(tabId, request, state);
          return { state };
        }
        enqueue(tabId, request);
        return { state: { status: 'running' } };
      },
    },
    'linkcheck/ask': {
      from: ['content'],
      handle: async (request, sender) => {
        const tabId = sender.tab!.id!;
        const ticket = crypto.randomUUID();
        const pending = await pendingAll();
        pending[ticket] = { tabId, request, claimText: request.probe.text };
        await session?.set({ [PENDING_KEY]: pending }).catch(() => undefined);
        await browser.tabs.create({ url: extensionUrl(`permission.html?ticket=${ticket}`) });
        return { opened: true };
      },
    },
    'linkcheck/pending': {
      from: ['extension-page'],
      handle: async ({ ticket }) => {
        const p = (await pendingAll())[ticket];
        return p ? { origin: originPattern(p.request.url), url: p.request.url } : null;
      },
    },
    'linkcheck/answer': {
      from: ['extension-page'],
      handle: async ({ ticket, granted }) => {
        const pending = await pendingAll();
        const p = pending[ticket];
        if (!p) return { ok: true };
        delete pending[ticket];
        await session?.set({ [PENDING_KEY]: pending }).catch(() => undefined);
        // The browser's answer counts, not the page's word: check the grant itself.
        if (granted && await hasAccess(p.request.url)) enqueue(p.tabId, p.request);
        else await setState(p.tabId, p.request, { status: 'done', verdict: { kind: 'unreadable', reason: 'permission-refused' } });
        return { ok: true };
      },
    },
    'linkcheck/results': {
      from: ['extension-page'],
      handle: async ({ tabId }) => ({ checks: [...(await records(tabId)).values()] }),
    },
  };

  return {
    handlers,
    /** The tab navigated or closed: its checks no longer describe it. */
    async forget(tabId: number): Promise<void> {
      byTab.delete(tabId);
      await session?.remove(storeKey(tabId)).catch(() => undefined);
    },
  };
}
