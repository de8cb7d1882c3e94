// Gives the page a turn between pieces of our work, so no task of ours grows long. The engine itself runs in
// the background (analyze-blocks.ts); what stays on the page (extraction, drawing) is split at these turns.

/**
 * Gives the page a turn: our next piece runs as an ordinary task, queued behind the tasks the page has already
 * queued. Not `scheduler.yield()`: its continuation runs ahead of the page's own queued tasks (by design), so the
 * page's messages and timers waited through runs of our pieces (a Chromium trace of the 63,000-word page: gaps of
 * 61-139 ms in the page's heartbeat holding 15-176 tasks, yield continuations among them, none of them long).
 * Not setTimeout(0) either: nested timers are clamped to 4 ms.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Main-thread time one slice of our work may take before the page gets a turn (well under a 50 ms long task). */
export const SLICE_MS = 8;

/** Runs steps in slices of about SLICE_MS with a turn for the page between them; null when aborted. */
export async function runInSlices<T>(steps: Iterator<unknown, T>, signal: AbortSignal, sliceMs = SLICE_MS): Promise<T | null> {
  for (;;) {
    const deadline = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= deadline) break;
    }
    await nextTurn();
    if (signal.aborted) {
      steps.return?.(undefined as never);
      return null;
    }
  }
}
