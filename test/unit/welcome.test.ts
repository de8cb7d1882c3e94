// The first-run page opens once, on install: not on an update, a browser update or a restart (src/background/welcome.ts).
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ browser: {} }));
const { openWelcomeOnInstall, WELCOME_PAGE } = await import('../../src/background/welcome');

function installedWith(reason: string, create: (props: { url: string; active: boolean }) => Promise<unknown> = async () => ({})) {
  let listener: ((details: { reason: string }) => void) | null = null;
  const opened: Array<{ url: string; active: boolean }> = [];
  openWelcomeOnInstall(
    { addListener: (fn) => { listener = fn; } },
    { create: (props) => { opened.push(props); return create(props); } },
    (path) => `chrome-extension://id/${path}`,
  );
  listener!({ reason });
  return opened;
}

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page in front on install', () => {
    expect(installedWith('install')).toEqual([{ url: `chrome-extension://id/${WELCOME_PAGE}`, active: true }]);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('opens nothing on %s', (reason) => {
    expect(installedWith(reason)).toEqual([]);
  });

  it('a tab that cannot be created (no window yet) is a quiet no-op, not an unhandled rejection', async () => {
    const rejected = Promise.reject(new Error('No current window'));
    rejected.catch(() => undefined);
    expect(installedWith('install', () => rejected)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 0)); // an unhandled rejection would fail the run here
  });
});
