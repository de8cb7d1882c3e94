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
