// Watches the live page. The MutationObserver callback only collects; one batch is handed over a moment
// later, when the page is idle (a page that mutates all the time gets one batch per interval, not one per
// mutation). Once the article is known only its subtree is observed. After the first change the observer is
// disconnected until the controller starts reading the page again (`resume()`): a read takes in every change
// made until then, so the records in between would tell us nothing, and each one costs the page's own DOM
// updates time (Chromium builds a record per mutation while an observer is connected). A cheap interval notices
// single-page navigation (content scripts cannot wrap the page's history functions), an article that was swapped
// out, and an extension that was reloaded or disabled.
export const BATCH_MS = 120;
/** The batch waits for the page to be idle, but not longer than this after BATCH_MS. */
export const IDLE_CAP_MS = 500;
/** Past this many changed nodes a batch is "huge": rescanning is cheaper than diffing. */
export const HUGE_BATCH = 1000;
const POLL_MS = 500;

export interface ChangeBatch { targets: Set<Node>; huge: boolean }

export interface WatchCallbacks {
  /** Nodes of our own (the card host, fallback wrappers) whose mutations are not the page's. */
  isOwn(node: Node): boolean;
  onBatch(batch: ChangeBatch): void;
  onNavigate(): void;
  alive(): boolean;
  onDead(): void;
}

function urlWithoutHash(): string {
  return location.href.replace(/#.*$/, '');
}

export class PageWatcher {
  private readonly observer: MutationObserver;
  private targets = new Set<Node>();
  private huge = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private url = urlWithoutHash();
  /** What is observed: the article once known (the page's churn elsewhere costs us nothing), else the document. */
  private root: Element | null = null;
  /** Disconnected after a change until the next read (see the top). */
  private paused = true;
  private idle: number | undefined;

  constructor(private readonly cb: WatchCallbacks, signal: AbortSignal) {
    this.observer = new MutationObserver((records) => this.collect(records));
    const poll = setInterval(() => this.check(), POLL_MS);
    const check = () => this.check();
    window.addEventListener('popstate', check, { signal });
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('navigatesuccess', () => setTimeout(check, 0), { signal });
    signal.addEventListener('abort', () => {
      clearInterval(poll);
      clearTimeout(this.timer);
      if (this.idle !== undefined) cancelIdleCallback(this.idle);
      this.observer.disconnect();
    }, { once: true });
  }

  start(): void {
    this.watch(null);
    this.resume();
  }

  /** Observes only this article root from now on (null: the whole document, while no article is known). */
  watch(root: Element | null): void {
    if (root === this.root && root !== null) return;
    this.root = root;
    if (this.paused) return; // observed from resume() on
    this.collect(this.observer.takeRecords());
    if (this.paused) return;
    this.observer.disconnect();
    this.observe();
  }

  /** A read of the page begins: changes from now on are watched again. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.observe();
  }

  private observe(): void {
    this.observer.observe(this.root ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private pause(): void {
    this.paused = true;
    this.observer.disconnect();
  }

  /** Runs our own DOM work (fallback wrappers) without recording it as the page's changes. */
  quietly<T>(work: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return work();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** Runs in the page's task that made the changes: only notes their targets, then stops observing. */
  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.huge) break;
      if (r.type === 'childList' && this.onlyOwnNodes(r)) continue;
      if (this.cb.isOwn(r.target)) continue;
      this.targets.add(r.target);
      if (this.targets.size > HUGE_BATCH) this.huge = true;
    }
    if (!this.targets.size && !this.huge) return;
    this.pause();
    this.schedule(BATCH_MS);
  }

  private onlyOwnNodes(r: MutationRecord): boolean {
    const added = r.addedNodes;
    const removed = r.removedNodes;
    if (added.length + removed.length === 0) return false;
    for (let i = 0; i < added.length; i++) if (!this.cb.isOwn(added[i])) return false;
    for (let i = 0; i < removed.length; i++) if (!this.cb.isOwn(removed[i])) return false;
    return true;
  }

  /** The batch is handed over after `ms` and then once the page is idle (at most IDLE_CAP_MS later). */
  private schedule(ms: number): void {
    if (this.timer !== undefined || this.idle !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (typeof requestIdleCallback !== 'function') return this.flush();
      this.idle = requestIdleCallback(() => this.flush(), { timeout: IDLE_CAP_MS });
    }, ms);
  }

  private flush(): void {
    this.timer = undefined;
    this.idle = undefined;
    const batch = { targets: this.targets, huge: this.huge };
    this.targets = new Set();
    this.huge = false;
    if (!this.check()) return;
    this.cb.onBatch(batch);
  }

  /** False when the extension is gone (everything is being torn down) or the page navigated. */
  private check(): boolean {
    if (this.root && !this.root.isConnected) {
      // The article was replaced (an app re-rendered it): a mutation we could not see. Start over.
      this.root = null;
      this.huge = true;
      this.pause();
      this.schedule(0);
    }
    if (!this.cb.alive()) {
      this.cb.onDead();
      return false;
    }
    const url = urlWithoutHash();
    if (url !== this.url) {
      this.url = url;
      this.cb.onNavigate();
      return false;
    }
    return true;
  }
}
