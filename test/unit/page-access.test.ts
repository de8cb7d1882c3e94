// The read mode in the background: the content script is registered exactly in the every-page mode (once, however
// many syncs overlap), unregistered in "only when I click", and a tab is read on the reader's click by injecting it.
// The browser refusing either is a quiet false, never a throw.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ browser: {} }));
const { createPageAccess, CONTENT_SCRIPT_ID } = await import('../../src/background/page-access');

type Script = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };

function fakeScripting({ refuse = false } = {}) {
  const scripts = new Map<string, Script>();
  const injected: number[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 1));
  return {
    scripts, injected,
    api: {
      async getRegisteredContentScripts(filter?: { ids?: string[] }) { await tick(); return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)); },
      async registerContentScripts(list: Script[]) {
        await tick();
        if (refuse) throw new Error('refused');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      async unregisterContentScripts(filter?: { ids?: string[] }) { await tick(); for (const id of filter?.ids ?? []) scripts.delete(id); },
      async executeScript(injection: { target: { tabId: number }; files?: string[] }) {
        await tick();
        if (refuse || injection.target.tabId === 13) throw new Error('Cannot access contents of the page');
        injected.push(injection.target.tabId);
        return [];
      },
    },
  };
}

describe('page access', () => {
  it('registers the content script for every http(s) page in the every-page mode, once, and removes it for click', async () => {
    const fake = fakeScripting();
    const access = createPageAccess(() => fake.api as never);
    // Three overlapping syncs (the background starting while settings change): one registration.
    expect(await Promise.all([access.sync('all-sites'), access.sync('all-sites'), access.sync('all-sites')])).toEqual([true, true, true]);
    expect([...fake.scripts.keys()]).toEqual([CONTENT_SCRIPT_ID]);
    expect(fake.scripts.get(CONTENT_SCRIPT_ID)).toMatchObject({
      matches: ['http://*/*', 'https://*/*'], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true,
    });
    expect(await access.sync('click')).toBe(true);
    expect(fake.scripts.size).toBe(0);
    expect(await access.sync('click')).toBe(true); // nothing to remove: still fine
    expect(await access.sync('all-sites')).toBe(true);
    expect(fake.scripts.size).toBe(1);
  });

  it('reads a tab on the click by injecting the content script, and says false where it may not', async () => {
    const fake = fakeScripting();
    const access = createPageAccess(() => fake.api as never);
    expect(await access.readTab(7)).toBe(true);
    expect(await access.readTab(13)).toBe(false);
    expect(fake.injected).toEqual([7]);
  });

  it('answers false, without throwing, when the browser refuses to register', async () => {
    const access = createPageAccess(() => fakeScripting({ refuse: true }).api as never);
    expect(await access.sync('all-sites')).toBe(false);
    // The queue goes on after a failure.
    expect(await access.sync('click')).toBe(true);
  });
});
