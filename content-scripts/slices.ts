// Runs long work in slices of about 10 ms so the page never has a long task: a generator does the work,
// and control goes back to the page between slices.
export const SLICE_MS = 10;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Drains `steps`, yielding to the page whenever a slice has used its time. Resolves false when aborted. */
export async function runInSlices<T>(steps: Iterator<T>, onItem: (item: T) => void, signal: AbortSignal): Promise<boolean> {
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
