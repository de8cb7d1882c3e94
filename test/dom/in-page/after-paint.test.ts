// The content script starts after the page's next frame (so it does not force the page's first layout inside its
// own task), at once in a hidden tab, and once only.
import { describe, expect, it } from 'vitest';
import { afterPaint, type PaintClock } from '../../../content-scripts/after-paint';

function fakeClock(hidden: boolean) {
  const frames: Array<() => void> = [];
  const hiddenListeners = new Set<() => void>();
  const clock: PaintClock & { state: { hidden: boolean } } = {
    state: { hidden },
    hidden: () => clock.state.hidden,
    nextFrame: (callback) => { frames.push(callback); },
    onHidden: (callback) => { hiddenListeners.add(callback); return () => hiddenListeners.delete(callback); },
  };
  const hide = () => { clock.state.hidden = true; for (const l of [...hiddenListeners]) l(); };
  return { clock, frames, hide, listening: () => hiddenListeners.size };
}
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('afterPaint', () => {
  it('starts after the next frame and a turn, not before', async () => {
    const { clock, frames, listening } = fakeClock(false);
    let starts = 0;
    afterPaint(() => starts++, clock);
    await turn();
    expect(starts).toBe(0);
    frames.shift()!();
    expect(starts).toBe(0); // the paint after the frame callbacks has not happened yet
    await turn();
    expect(starts).toBe(1);
    expect(listening()).toBe(0);
  });

  it('starts at once in a hidden tab', () => {
    const { clock, frames } = fakeClock(true);
    let starts = 0;
    afterPaint(() => starts++, clock);
    expect(starts).toBe(1);
    expect(frames).toHaveLength(0);
  });

  it('starts when the tab is hidden while it waits, and only once', async () => {
    const { clock, frames, hide } = fakeClock(false);
    let starts = 0;
    afterPaint(() => starts++, clock);
    hide();
    expect(starts).toBe(1);
    frames.shift()!();
    await turn();
    expect(starts).toBe(1);
  });
});
