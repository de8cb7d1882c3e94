// What the popup says about a tab it cannot reach, from what the browser tells it (browser and messages stubbed):
// a web page of a site not yet allowed (Firefox) asks for that site, without its port, and only that site.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tab = { url: undefined as string | undefined };
const granted = new Set<string>();
const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
const request = vi.fn(async ({ origins }: { origins: string[] }) => { origins.forEach((o) => granted.add(o)); return true; });
vi.mock('../../src/browser', () => ({
  browser: { tabs: { get: async () => ({ id: 7, url: tab.url }) }, permissions: { contains, request } },
}));
vi.mock('../../src/messages', () => ({
  // No results stored, no content script in the tab.
  sendToBackground: async () => ({ ok: true, value: { results: null } }),
  sendToTab: async () => ({ ok: false, error: 'no receiver' }),
}));

const { loadTabState, requestHostAccess, sitePattern } = await import('../../popup/load-state');

beforeEach(() => { granted.clear(); contains.mockClear(); request.mockClear(); });

describe('a tab the popup cannot reach', () => {
  it('on a site not allowed yet: asks for that site, its port left out', async () => {
    tab.url = 'http://127.0.0.1:8080/news/story.html';
    expect(await loadTabState(7)).toEqual({ kind: 'needs-permission', origin: 'http://127.0.0.1/*' });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(await requestHostAccess('http://127.0.0.1/*')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('on a site allowed already: the page was open before Sourcemark was, a reload helps', async () => {
    tab.url = 'https://news.example.com/a';
    granted.add('https://news.example.com/*');
    expect(await loadTabState(7)).toMatchObject({ kind: 'unreadable', canReload: true });
  });

  it('with its address hidden: one plain reason, not "can\'t read this page" again', async () => {
    tab.url = undefined;
    const state = await loadTabState(7);
    expect(state).toMatchObject({ kind: 'unreadable', canReload: false });
    expect(state.kind === 'unreadable' && state.reason).not.toMatch(/can.t read this page/i);
    expect(contains).not.toHaveBeenCalled();
  });

  it('a browser page is never offered a permission', async () => {
    tab.url = 'about:addons';
    expect(await loadTabState(7)).toMatchObject({ kind: 'unreadable', canReload: false });
    expect(contains).not.toHaveBeenCalled();
  });

  it('spells the site pattern as both browsers accept it', () => {
    expect(sitePattern(new URL('https://www.example.org:8443/x?y#z'))).toBe('https://www.example.org/*');
  });
});
