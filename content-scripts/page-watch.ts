// Watches the live page. The MutationObserver callback only collects; one batch is handed over a moment
// later, when the page is idle (a page that mutates all the time gets one batch per interval, not one per
// mutation). Once the article is known only its subtree is observed. After the first change the observer is
// disconnected until the controller starts reading the page again (`resume()`): a read takes in every change
// made until then, so the records in between would tell us nothing, and each one costs the page's own DOM
// updates time (Chromium builds a record per mutation while an observer is connected). A cheap interval notices
// single-page navigation (content scripts cannot wrap the page's history functions), an article that was swapped
// out, and an extension that was reloaded or disabled.
// An article that keeps changing (a live ticker, a page rewriting itself) is polled instead: after CHURN_STREAK
// reads in a row that each saw a change within CHURN_WINDOW_MS of resuming, no observer is connected at all and each
// read asks for the next one POLL_READ_MS after it began (the controller's back-off spaces them further); the
// read's diff finds what changed. Observing costs the page on every mutation, however many (Chromium: a record each,
// inside the page's own task; the page's 5,000 updates ran up to 1.45x slower with an observer alone), while a poll
// costs one read, which a page that keeps changing gets anyway. After QUIET_POLLS reads that find nothing changed,
// the page is observed again.
export const BATCH_MS = 120;
/** A change this soon after watching resumed counts toward churn. */
export const CHURN_WINDOW_MS = 5000;
/** This many quick changes in a row and the article is polled, not observed. */
export const CHURN_STREAK = 3;
/** While polling, the next read is asked for this long after a read begins. */
export const POLL_READ_MS = 1000;
/** Reads in a row that find the polled article unchanged before it is observed again. */
export const QUIET_POLLS = 2;
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
  /** Polled instead of observed (see the top); the streak of quick changes that leads there, and the way back. */
  private polling = false;
  private quickChanges = 0;
  private quietPolls = 0;
  private resumedAt = 0;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

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
      clearTimeout(this.pollTimer);
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
    if (root === null) this.stopPolling(); // only a known article is polled
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
    this.resumedAt = performance.now();
    if (!this.polling) return this.observe();
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => this.poll(), POLL_READ_MS);
  }

  /** Polled or observed. */
  get isPolling(): boolean {
    return this.polling;
  }

  /** The controller's read of a changed page found `changed` (false: every block as it was). */
  readFound(changed: boolean): void {
    if (!this.polling) return;
    this.quietPolls = changed ? 0 : this.quietPolls + 1;
    if (this.quietPolls >= QUIET_POLLS) this.stopPolling();
  }

  private stopPolling(): void {
    if (!this.polling) return;
    this.polling = false;
    this.quickChanges = 0;
    this.quietPolls = 0;
    // A poll already asked for still runs: it reads what changed while this read was under way, unobserved.
    if (!this.paused) this.observe();
  }

  /** While polling: asks for a read of the whole article, which the controller diffs. */
  private poll(): void {
    this.pollTimer = undefined;
    if (this.paused) return; // a batch is on its way already
    this.huge = true;
    this.pause();
    this.schedule(0);
  }

  /** A change seen after watching resumed: quick ones in a row switch to polling. */
  private noteChange(): void {
    const quick = performance.now() - this.resumedAt < CHURN_WINDOW_MS;
    this.quickChanges = quick ? this.quickChanges + 1 : 0;
    if (this.quickChanges >= CHURN_STREAK && this.root) {
      this.polling = true;
      this.quietPolls = 0;
    }
  }

  private observe(): void {
    if (this.polling) return;
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
    if (!this.paused) this.noteChange();
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
