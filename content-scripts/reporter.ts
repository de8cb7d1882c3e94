// Reports results to the background after each run and after live updates, debounced so a page that
// changes every second does not send a message every second. Sent in parts (src/report/parts.ts), each in a task
// of its own: serializing 2,000 claims and the text in one message is a long task in the page.
import type { TabResults } from '../src/messages';
import { sendToBackground } from '../src/messages';
import { splitResults } from '../src/report/parts';

const DEBOUNCE_MS = 250;

export class Reporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every report: a report still sending its parts stops when a newer one starts. */
  private seq = 0;
  private readonly prefix = Math.random().toString(36).slice(2, 10);

  constructor(private readonly alive: () => boolean, signal: AbortSignal) {
    signal.addEventListener('abort', () => { clearTimeout(this.timer); this.seq++; }, { once: true });
  }

  /** Sends in a task of its own (now) or after a pause (live updates); a newer report replaces a pending one. */
  report(results: () => TabResults, now = false): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    // Never in the caller's task: serializing thousands of claims costs milliseconds of its own.
    this.timer = setTimeout(() => this.send(results(), seq), now ? 0 : DEBOUNCE_MS);
  }

  private send(results: TabResults, seq: number): void {
    const parts = splitResults(results, `${this.prefix}.${seq}`);
    const next = (i: number) => {
      if (seq !== this.seq || i >= parts.length || !this.alive()) return;
      void sendToBackground('results/report', parts.length === 1 ? { results: parts[0].results } : parts[i]);
      this.timer = setTimeout(() => next(i + 1), 0);
    };
    next(0);
  }
}
