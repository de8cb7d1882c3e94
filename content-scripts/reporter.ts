// Reports results to the background after each run and after live updates, debounced so a page that
// changes every second does not send a message every second. Sent in parts (src/report/parts.ts), each in a task
// of its own: serializing 2,000 claims and the text in one message is a long task in the page.
import type { TabResults } from '../src/messages';
import { sendToBackground } from '../src/messages';
import { splitResults } from '../src/report/parts';
import { nextTurn } from './slices';

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
    this.timer = setTimeout(() => void this.send(results(), seq), now ? 0 : DEBOUNCE_MS);
  }

  /**
   * One part per task. The turn between parts is a message, not a timer: in a tab opened in the background a
   * chain of timers runs once a second (Chromium's hidden-tab throttling), so a 2,000-claim report of 20 parts took
   * 20 s to reach the popup.
   */
  private async send(results: TabResults, seq: number): Promise<void> {
    const parts = splitResults(results, `${this.prefix}.${seq}`);
    for (let i = 0; i < parts.length; i++) {
      // Every part of a long report, the first too: gathering its results (2,000 claims: 11 ms in a trace) has had
      // this task.
      if (parts.length > 1) await nextTurn();
      if (seq !== this.seq || !this.alive()) return;
      void sendToBackground('results/report', parts.length === 1 ? { results: parts[0].results } : parts[i]);
    }
  }
}
