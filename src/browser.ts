// The one module that touches the extension API. Everything else imports from here, so the
// polyfill (kept for Chrome < 148, which lacks the `browser` namespace) can be dropped in one place.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export { browser };

/** The extension's own id, for sender checks. */
export function extensionId(): string {
  return browser.runtime.id;
}

/** True while this context's extension is alive; false once it was reloaded or disabled (orphaned content script). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

type ChromeSidePanel = { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the side panel: Chrome's sidePanel (global panel, shown in the tab's window) or Firefox's sidebar.
 * Both browsers allow it only inside a user gesture, so call it straight from the click. False when the
 * browser has neither (older Chrome) or refused.
 */
export async function openSidePanel(tabId: number): Promise<boolean> {
  const chromeApi = (globalThis as { chrome?: ChromeSidePanel }).chrome;
  const firefoxApi = browser as unknown as FirefoxSidebar;
  try {
    if (firefoxApi.sidebarAction) await firefoxApi.sidebarAction.open();
    else if (chromeApi?.sidePanel) await chromeApi.sidePanel.open({ tabId });
    else return false;
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser can show a side panel at all. */
export function sidePanelAvailable(): boolean {
  return Boolean((browser as unknown as FirefoxSidebar).sidebarAction || (globalThis as { chrome?: ChromeSidePanel }).chrome?.sidePanel);
}

/** Chrome's offscreen documents (a page with a DOM for a service worker); undefined in Firefox, whose background is a page. */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

export function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}
