// Watches the live page. The MutationObserver callback only collects; one batch is handed over a moment
// later (a page that mutates all the time gets one batch per interval, not one per mutation). Once the
// article is known only its subtree is observed. A cheap interval notices single-page navigation (content
// scripts cannot wrap the page's history functions), an article that was swapped out, and an extension
// that was reloaded or disabled.
export const BATCH_MS = 120;
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
      this.observer.disconnect();
    }, { once: true });
  }

  start(): void {
    this.watch(null);
  }

  /** Observes only this article root (null: the whole document, while no article is known). */
  watch(root: Element | null): void {
    if (root === this.root && root !== null) return;
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
    this.root = root;
    this.observer.observe(root ?? document.documentElement, { childList: true, subtree: true, characterData: true });
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

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.huge) break;
      if (r.type === 'childList' && this.onlyOwnNodes(r)) continue;
      if (this.cb.isOwn(r.target)) continue;
      this.targets.add(r.target);
      if (this.targets.size > HUGE_BATCH) this.huge = true;
    }
    if ((this.targets.size || this.huge) && this.timer === undefined) this.timer = setTimeout(() => this.flush(), BATCH_MS);
  }

  private onlyOwnNodes(r: MutationRecord): boolean {
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => this.cb.isOwn(n));
  }

  private flush(): void {
    this.timer = undefined;
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
      if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), 0);
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
