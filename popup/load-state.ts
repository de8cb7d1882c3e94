// Works out what the popup can honestly say about a tab: its results, or why there are none
// (not a web page, host access not granted in Firefox, page opened before install, still loading).
import { browser } from '../src/browser';
import { sendToBackground, sendToTab, type TabResults } from '../src/messages';
import { t } from '../src/ui/i18n';

export type TabState =
  | { kind: 'results'; results: TabResults }
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string; canReload: boolean }
  | { kind: 'needs-permission'; origin: string };

const READ_ONLY_HOSTS = /^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/;

const isWebPage = (url: URL | null): url is URL => url !== null && (url.protocol === 'http:' || url.protocol === 'https:');

/** The tab's URL when the browser tells us (activeTab, or Firefox for pages matching our patterns). */
async function tabUrl(tabId: number): Promise<URL | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? new URL(tab.url) : null;
  } catch {
    return null;
  }
}

/** The tab's hostname when the browser tells us (http(s) pages only). */
export async function tabHostname(tabId: number): Promise<string | undefined> {
  const url = await tabUrl(tabId);
  return isWebPage(url) ? url.hostname : undefined;
}

function unreadableReason(url: URL | null): { reason: string; canReload: boolean } {
  if (!url) return { reason: t('reasonCantRead'), canReload: false };
  if (!isWebPage(url)) {
    return { reason: t('reasonNotWebPage'), canReload: false };
  }
  if (READ_ONLY_HOSTS.test(url.hostname)) return { reason: t('reasonStore'), canReload: false };
  if (/\.pdf$/i.test(url.pathname)) return { reason: t('reasonPdf'), canReload: false };
  return { reason: t('reasonReload'), canReload: true };
}

export async function loadTabState(tabId: number): Promise<TabState> {
  const stored = await sendToBackground('results/get', { tabId });
  if (stored.ok && stored.value.results) return { kind: 'results', results: stored.value.results };
  // Nothing stored: ask the tab itself. An answer means the content script is alive (and maybe still working).
  const live = await sendToTab(tabId, 'content/ping', {});
  if (live.ok) return live.value.results ? { kind: 'results', results: live.value.results } : { kind: 'loading' };
  const url = await tabUrl(tabId);
  if (isWebPage(url)) {
    const origin = `${url.origin}/*`;
    const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => true);
    if (!granted) return { kind: 'needs-permission', origin };
  }
  return { kind: 'unreadable', ...unreadableReason(url) };
}

/** Firefox: host access to content-script sites is opt-in. Must run in the click's user gesture. */
export function requestHostAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}
