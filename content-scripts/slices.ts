// Runs long work in slices of about 10 ms so the page never has a long task: a generator does the work,
// and control goes back to the page between slices.
export const SLICE_MS = 10;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn. Not setTimeout(0): nested timers are clamped to 4 ms, a third of each slice. */
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

/** Drains `steps`, yielding to the page whenever a slice has used its time. Resolves false when aborted. */
export async function runInSlices<T>(steps: Iterator<T>, onItem: (item: T) => void, signal: AbortSignal): Promise<boolean> {
  // The caller's task (extraction) already took its share: the first slice starts in a new task.
  await nextTurn();
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    const next = steps.next();
    if (next.done) return true;
    onItem(next.value);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
