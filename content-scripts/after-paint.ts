// When the content script starts its work. It is injected at document_idle, which can come before the page's first
// layout and paint: work started then (reading settings, measuring the article) forces that layout early, inside our
// task, and the page's first long task grows by ours (Firefox profile of the 63,000-word page: a 67-75 ms task
// holding a forced 24 ms reflow, the extension API's first use and our start). After the next frame the page has
// laid itself out and painted, and our start is a task of its own. A hidden tab paints nothing: it starts at once,
// and so does a tab hidden while it waits (its frames would not come until the reader shows it).
import { nextTurn } from './slices';

export interface PaintClock {
  hidden(): boolean;
  nextFrame(callback: () => void): void;
  /** Calls back when the page is hidden; returns a function that stops listening. */
  onHidden(callback: () => void): () => void;
}

const pageClock: PaintClock = {
  hidden: () => document.visibilityState === 'hidden',
  nextFrame: (callback) => requestAnimationFrame(() => callback()),
  onHidden(callback) {
    const listener = () => { if (document.visibilityState === 'hidden') callback(); };
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/** Calls `start` once, after the page's next frame and a turn of the event loop (so the paint is done). */
export function afterPaint(start: () => void, clock: PaintClock = pageClock): void {
  if (clock.hidden()) return start();
  let started = false;
  const stopListening = clock.onHidden(() => once());
  function once(): void {
    if (started) return;
    started = true;
    stopListening();
    start();
  }
  clock.nextFrame(() => void nextTurn().then(once));
}
