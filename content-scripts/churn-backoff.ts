// Coalesces a page that keeps changing faster than it can be read: a change that arrives while the last one is
// still being read (or waits to be) makes the next read wait a little longer (the changes meanwhile merge into one
// batch), doubling up to a cap; a change that finds us idle resets it. Cheap pages that change often are not
// slowed; a big page rewritten every few hundred milliseconds is read at most about once per `maxMs` plus a read.
// The wait is before reading, so what is sent to the engine is never older than the read itself.
export interface BackoffOptions { baseMs: number; maxMs: number }

export const PAGE_BACKOFF: BackoffOptions = { baseMs: 200, maxMs: 1600 };

export class ChurnBackoff {
  private streak = 0;

  constructor(private readonly options: BackoffOptions = PAGE_BACKOFF) {}

  /** The page changed; `busy`: a read was running or queued. How long to wait before reading again. */
  delayFor(busy: boolean): number {
    this.streak = busy ? this.streak + 1 : 0;
    return this.streak === 0 ? 0 : Math.min(this.options.maxMs, this.options.baseMs * 2 ** (this.streak - 1));
  }
}
