// Coalesces a page that keeps changing faster than it can be read, by two rules; the longer wait wins.
// - Overlap: a change that arrives while the last one is still being read (or waits to be) makes the next read wait
//   a little longer (the changes meanwhile merge into one batch), doubling up to a cap; a change that finds us idle
//   resets it.
// - Share: re-reading costs what the last read cost (extraction on the page's thread, the engine in the background,
//   the report). Reads of a page that keeps changing take at most `share` of the time: after a read of C ms the next
//   one starts no sooner than C × (1/share − 1) after it ended (capped). A 1,000-word page read in 20 ms waits at
//   most 60 ms more; a 63,000-word page rewritten every second is read every few seconds, not after every rewrite,
//   so the page's own work keeps the machine.
// The wait is before reading, so what is sent to the engine is never older than the read itself.
export interface BackoffOptions { baseMs: number; maxMs: number; share: number; maxShareWaitMs: number }

export const PAGE_BACKOFF: BackoffOptions = { baseMs: 200, maxMs: 1600, share: 0.25, maxShareWaitMs: 8000 };

export class ChurnBackoff {
  private streak = 0;
  private lastEnd = -Infinity;
  private lastCost = 0;

  constructor(private readonly options: BackoffOptions = PAGE_BACKOFF) {}

  /** The page changed at `now`; `busy`: a read was running or queued. How long to wait before reading again. */
  delayFor(busy: boolean, now: number): number {
    this.streak = busy ? this.streak + 1 : 0;
    const { baseMs, maxMs, share, maxShareWaitMs } = this.options;
    const overlap = this.streak === 0 ? 0 : Math.min(maxMs, baseMs * 2 ** (this.streak - 1));
    const shareWait = Math.min(maxShareWaitMs, this.lastEnd + this.lastCost * (1 / share - 1) - now);
    return Math.max(0, overlap, shareWait);
  }

  /** A read ran from `start` to `end` (same clock as `now`). */
  ran(start: number, end: number): void {
    this.lastCost = Math.max(0, end - start);
    this.lastEnd = end;
  }
}
