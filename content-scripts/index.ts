// The content script's entry. A previous instance in this isolated world (an extension that was reloaded
// and injected again) is torn down first; an orphaned instance tears itself down (see PageWatcher).
import { extensionAlive } from '../src/browser';
import { Controller } from './controller';
import { afterPaint } from './after-paint';

const TEARDOWN = Symbol.for('sourcemark.teardown');
type Hooked = typeof globalThis & { [TEARDOWN]?: () => void };

(globalThis as Hooked)[TEARDOWN]?.();
if (extensionAlive()) {
  const controller = new Controller();
  (globalThis as Hooked)[TEARDOWN] = () => controller.teardown();
  afterPaint(() => controller.begin());
}
