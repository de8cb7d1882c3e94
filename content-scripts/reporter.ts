// Reports results to the background after each run and after live updates, debounced so a page that
// changes every second does not send a message every second.
import type { TabResults } from '../src/messages';
import { sendToBackground } from '../src/messages';

const DEBOUNCE_MS = 250;

export class Reporter {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly alive: () => boolean, signal: AbortSignal) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** Sends in a task of its own (now) or after a pause (live updates); a newer report replaces a pending one. */
  report(results: () => TabResults, now = false): void {
    clearTimeout(this.timer);
    const send = () => {
      if (!this.alive()) return;
      void sendToBackground('results/report', { results: results() });
    };
    // Never in the caller's task: serializing thousands of claims costs milliseconds of its own.
    this.timer = setTimeout(send, now ? 0 : DEBOUNCE_MS);
  }
}
