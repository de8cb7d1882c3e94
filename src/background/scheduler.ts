// Runs the background's analyses fairly. One engine serves every tab, so a single long analysis would hold all
// of them (and the popup's reads) until it ends. Here each job is a sequence of steps run in slices of a few
// milliseconds, with a turn of the event loop after every slice (messages get answered in between); the visible
// tab's jobs go first, other tabs take turns; a newer job for the same tab and key drops the older one; and a tab
// that keeps sending new work is backed off: it goes after the tabs that are calm (it is never delayed by the clock,
// which would only make its text stale: the content script coalesces the page's changes before it asks).
// Time and turns are injected, so the policy is tested in Node with fake tasks (test/unit/scheduler.test.ts).

export interface Clock {
  now(): number;
}

export interface SchedulerOptions {
  clock: Clock;
  /** Gives the event loop a turn (pending messages are handled before the next slice). */
  yieldTurn: () => Promise<void>;
  /** Longest run of steps before a turn is given. */
  sliceMs?: number;
  /**
   * A job a tab sends less than `windowMs` after its previous one was sent or answered counts as churn; after
   * `repeats` of those in a row the tab is churning and goes after calm tabs until it is quiet for `windowMs`.
   */
  churn?: { windowMs: number; repeats: number };
}

export interface JobSpec<T> {
  tabId: number;
  /** A newer job with the same tab and key supersedes an older one (e.g. the tab's frame). */
  key: string;
  /** What the tab said when it asked (document visible); overridden by what the scheduler knows of the tab. */
  visible: boolean;
  /** The work: each next() is one step; the iterator's return value is the result. Started lazily. */
  start(): Iterator<unknown, T>;
}

export type Outcome<T> = { done: true; value: T } | { done: false; reason: 'superseded' | 'cancelled' };

interface Job<T = unknown> {
  spec: JobSpec<T>;
  seq: number;
  steps: Iterator<unknown, T> | null;
  settle(outcome: Outcome<T>): void;
  fail(error: unknown): void;
}

/** Per tab: when it last asked or was answered (churn is a new request soon after), how many times in a row, when it last ran. */
interface TabState { lastSeen: number; streak: number; lastRan: number }

export const DEFAULT_SLICE_MS = 12;
export const DEFAULT_CHURN = { windowMs: 1000, repeats: 2 };

export class FairScheduler {
  private readonly jobs: Job[] = [];
  private readonly tabs = new Map<number, TabState>();
  /** Visibility the scheduler learnt (tab activation) that overrides a job's own hint. */
  private readonly visibility = new Map<number, boolean>();
  private seq = 0;
  private ranSeq = 0;
  private running = false;
  private readonly sliceMs: number;
  private readonly churn: { windowMs: number; repeats: number };

  constructor(private readonly options: SchedulerOptions) {
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.churn = options.churn ?? DEFAULT_CHURN;
  }

  /** Queues a job; resolves with its result, or with why it did not finish. Rejects only if its own work throws. */
  submit<T>(spec: JobSpec<T>): Promise<Outcome<T>> {
    for (const old of this.jobs.filter((j) => j.spec.tabId === spec.tabId && j.spec.key === spec.key)) this.drop(old, 'superseded');
    const now = this.options.clock.now();
    const tab = this.tabs.get(spec.tabId) ?? { lastSeen: -Infinity, streak: 0, lastRan: -1 };
    tab.streak = now - tab.lastSeen < this.churn.windowMs ? tab.streak + 1 : 0;
    tab.lastSeen = now;
    this.tabs.set(spec.tabId, tab);
    return new Promise<Outcome<T>>((resolve, reject) => {
      const job: Job<T> = { spec, seq: ++this.seq, steps: null, settle: resolve, fail: reject };
      this.jobs.push(job as Job);
      this.kick();
    });
  }

  /** What the browser says about a tab (activated, hidden): counts over the hint the job carried. */
  setVisible(tabId: number, visible: boolean): void {
    this.visibility.set(tabId, visible);
    this.kick();
  }

  /** The tab closed or navigated: its jobs are dropped and what it knew forgotten. */
  cancelTab(tabId: number): void {
    for (const job of this.jobs.filter((j) => j.spec.tabId === tabId)) this.drop(job, 'cancelled');
    this.tabs.delete(tabId);
    this.visibility.delete(tabId);
  }

  /** Jobs waiting or running (for tests and diagnostics). */
  get size(): number {
    return this.jobs.length;
  }

  private drop(job: Job, reason: 'superseded' | 'cancelled'): void {
    this.jobs.splice(this.jobs.indexOf(job), 1);
    job.steps?.return?.(undefined as never);
    job.settle({ done: false, reason });
  }

  private kick(): void {
    if (!this.running) void this.loop();
  }

  /** Whether a tab is churning (backed off) right now. */
  isChurning(tabId: number): boolean {
    const tab = this.tabs.get(tabId);
    return !!tab && tab.streak >= this.churn.repeats && this.options.clock.now() - tab.lastSeen < this.churn.windowMs;
  }

  /** 0: a visible, calm tab; 1: a hidden calm tab, or a visible churning one; 2: a hidden churning tab. */
  private rank(job: Job): number {
    const visible = this.visibility.get(job.spec.tabId) ?? job.spec.visible;
    return (visible ? 0 : 1) + (this.isChurning(job.spec.tabId) ? 1 : 0);
  }

  /** The next job to run: by rank; among equals, the tab that ran longest ago, then the oldest job. */
  private pick(): Job | null {
    let best: Job | null = null;
    for (const job of this.jobs) if (!best || this.before(job, best)) best = job;
    return best;
  }

  private before(a: Job, b: Job): boolean {
    const ra = this.rank(a);
    const rb = this.rank(b);
    if (ra !== rb) return ra < rb;
    const la = this.tabs.get(a.spec.tabId)?.lastRan ?? -1;
    const lb = this.tabs.get(b.spec.tabId)?.lastRan ?? -1;
    if (la !== lb) return la < lb;
    return a.seq < b.seq;
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      await Promise.resolve(); // requests made in the same task are all known before the first pick
      while (this.jobs.length > 0) {
        this.slice(this.pick()!);
        // A turn after every slice, even with one job left: the popup's reads and other tabs' requests get in.
        await this.options.yieldTurn();
      }
    } finally {
      this.running = false;
    }
  }

  private slice(job: Job): void {
    const tab = this.tabs.get(job.spec.tabId);
    if (tab) tab.lastRan = ++this.ranSeq;
    const deadline = this.options.clock.now() + this.sliceMs;
    try {
      job.steps ??= job.spec.start();
      for (;;) {
        const step = job.steps.next();
        if (step.done) {
          this.jobs.splice(this.jobs.indexOf(job), 1);
          if (tab) tab.lastSeen = this.options.clock.now();
          job.settle({ done: true, value: step.value });
          return;
        }
        if (this.options.clock.now() >= deadline) return;
      }
    } catch (error) {
      this.jobs.splice(this.jobs.indexOf(job), 1);
      job.fail(error);
    }
  }
}
