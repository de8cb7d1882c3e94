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
