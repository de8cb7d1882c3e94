// Brings a claim into view: the window scrolls by the claim's box (the page's DOM is not touched), smoothly
// unless the reader asked for reduced motion. Resolves once scrolling has settled.
import { clientRectOf } from './ranges';

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function scrollRangeIntoView(range: AbstractRange, signal: AbortSignal): Promise<void> {
  const box = clientRectOf(range);
  if (!box) return Promise.resolve();
  const { top, bottom } = box.all;
  const margin = innerHeight * 0.2;
  if (top >= margin && bottom <= innerHeight - margin) return Promise.resolve();
  const behavior: ScrollBehavior = reducedMotion() ? 'auto' : 'smooth';
  const target = top - innerHeight / 3;
  if (behavior === 'auto') {
    window.scrollBy({ top: target, behavior });
    if (box.all.top === clientRectOf(range)?.all.top) fallbackScroll(range, behavior);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); resolve(); };
    const timer = setTimeout(done, 900);
    window.addEventListener('scrollend', done, { once: true, passive: true, signal });
    const before = scrollY;
    window.scrollBy({ top: target, behavior });
    // The document may not be the scroller (an app shell with its own scrolling box): scroll that instead.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (scrollY === before) fallbackScroll(range, behavior);
    }));
  });
}

function fallbackScroll(range: AbstractRange, behavior: ScrollBehavior): void {
  const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
}
