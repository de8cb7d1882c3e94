// Gives the page a turn between pieces of our work, so no task of ours grows long. The engine itself runs in
// the background (analyze-blocks.ts); what stays on the page (extraction, drawing) is split at these turns.

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn. Not setTimeout(0): nested timers are clamped to 4 ms. */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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
