// Works out what the popup can honestly say about a tab: its results, or why there are none
// (not a web page, host access not granted in Firefox, page opened before install, still loading), and reads a tab
// that has no content script yet where the browser lets it ("only when I click": the toolbar click granted activeTab).
import { browser } from '../src/browser';
import { sendToBackground, sendToTab, type TabResults } from '../src/messages';
import { t } from '../src/ui/i18n';
import type { ReadMode } from '../src/settings';

export type TabState =
  | { kind: 'results'; results: TabResults }
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string; canReload: boolean }
  | { kind: 'needs-permission'; origin: string }
  /**
   * "Only when I click", and this surface could not read the tab: no activeTab here (the side panel, or a popup
   * not opened from the toolbar). The browser hides the tab's URL then, so no site can be asked for: the reader is
   * told to click the toolbar button.
   */
  | { kind: 'click-to-read'; origin: string | null };

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

/**
 * The match pattern for the page's site. Without a port: a pattern with one ("http://127.0.0.1:8080/*") is
 * granted by Firefox but covers no page (measured in Firefox ESR 153), and Chrome refuses it.
 */
export function sitePattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

function unreadableReason(url: URL | null): { reason: string; canReload: boolean } {
  // No address: the browser hides it (a browser page, or in Firefox a site not allowed yet, seen without a click on
  // Sourcemark's button). Said once, not as a second "can't read this page" under the heading that says so.
  if (!url) return { reason: t('reasonAddressHidden'), canReload: false };
  if (!isWebPage(url)) {
    return { reason: t('reasonNotWebPage'), canReload: false };
  }
  if (READ_ONLY_HOSTS.test(url.hostname)) return { reason: t('reasonStore'), canReload: false };
  if (/\.pdf$/i.test(url.pathname)) return { reason: t('reasonPdf'), canReload: false };
  return { reason: t('reasonReload'), canReload: true };
}

export async function loadTabState(tabId: number, readMode: ReadMode = 'all-sites'): Promise<TabState> {
  const stored = await sendToBackground('results/get', { tabId });
  if (stored.ok && stored.value.results) return { kind: 'results', results: stored.value.results };
  // Nothing stored: ask the tab itself. An answer means the content script is alive (and maybe still working).
  const live = await sendToTab(tabId, 'content/ping', {});
  if (live.ok) return live.value.results ? { kind: 'results', results: live.value.results } : { kind: 'loading' };
  const url = await tabUrl(tabId);
  // No content script in the tab: read it now where the browser lets us. Opening the popup from the toolbar or its
  // shortcut grants activeTab, so in "only when I click" this is the click; in the every-page mode it reads a page
  // opened before Sourcemark could (or a site the browser has not granted). Only web pages: Firefox would inject into
  // about:blank or data: too, where there is nothing to read.
  if (isWebPage(url)) {
    const read = await sendToBackground('page/read', { tabId });
    if (read.ok && read.value.read) return { kind: 'loading' };
  }
  if (readMode === 'click' && (url === null || (isWebPage(url) && !READ_ONLY_HOSTS.test(url.hostname)))) {
    return { kind: 'click-to-read', origin: url ? `${url.origin}/*` : null };
  }
  if (isWebPage(url)) {
    const origin = sitePattern(url);
    const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => true);
    if (!granted) return { kind: 'needs-permission', origin };
  }
  return { kind: 'unreadable', ...unreadableReason(url) };
}

/**
 * The site pattern of a web page the extension may not read on its own (Firefox: not allowed yet, though a click on
 * the toolbar button let it read this tab); null where it may (always in Chrome, which grants at install).
 */
export async function siteNotAllowed(tabId: number): Promise<string | null> {
  const url = await tabUrl(tabId);
  if (!isWebPage(url) || READ_ONLY_HOSTS.test(url.hostname)) return null;
  const pattern = sitePattern(url);
  return (await browser.permissions.contains({ origins: [pattern] }).catch(() => true)) ? null : pattern;
}

/** Firefox: host access to content-script sites is opt-in. Must run in the click's user gesture. */
export function requestHostAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}
