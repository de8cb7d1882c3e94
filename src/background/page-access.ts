// The background's side of the read mode (src/read-mode.ts): keeps the content script registered exactly when the
// reader chose to have every page read, and injects it into one tab on the reader's click (activeTab).
//
// Why registration rather than the manifest's content_scripts: a manifest content script for http(s) makes host
// access to every site a condition of installing (Chrome's "read and change all your data on all websites"), and
// it cannot be switched off. Registered at run time, it exists only while the reader wants every page read, and the
// host access behind it can be optional, asked for when that mode is chosen and given back when it is left.
// Registrations persist across browser restarts (persistAcrossSessions); sync() is still run on every background
// start, so a registration lost or left over (an update, a permission revoked in the browser's own settings) is
// corrected.
import { browser } from '../browser';
import { ALL_SITES } from '../read-mode';
import type { ReadMode } from '../settings';

export const CONTENT_SCRIPT_ID = 'sourcemark-page';
const CONTENT_FILES = ['content.js'];

type Scripting = Pick<typeof browser.scripting, 'registerContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts' | 'executeScript'>;

export function createPageAccess(scripting: () => Scripting = () => browser.scripting) {
  /** Registration changes run one after another: two overlapping syncs would register the same id twice. */
  let queue: Promise<unknown> = Promise.resolve();

  async function registered(): Promise<boolean> {
    const scripts = await scripting().getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return scripts.length > 0;
  }

  async function apply(mode: ReadMode): Promise<void> {
    const api = scripting();
    const present = await registered();
    if (mode === 'all-sites' && !present) {
      // Where the browser has not (yet) granted a site, it does not run the script there: Firefox's per-site grants
      // and Chrome's site access settings keep working.
      await api.registerContentScripts([{
        id: CONTENT_SCRIPT_ID, matches: [...ALL_SITES], js: CONTENT_FILES, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
      }]);
    } else if (mode === 'click' && present) {
      await api.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    }
  }

  return {
    /** Registers or unregisters the content script for the mode; false when the browser refused (logged nowhere: the popup still reads on click). */
    sync(mode: ReadMode): Promise<boolean> {
      const run = queue.then(() => apply(mode)).then(() => true, () => false);
      queue = run;
      return run;
    },
    /**
     * Reads one tab now: injects the content script (a second injection tears the first down, content-scripts/index.ts).
     * Works where the reader's click granted activeTab, or where the extension has the site's access; false otherwise.
     */
    async readTab(tabId: number): Promise<boolean> {
      try {
        await scripting().executeScript({ target: { tabId }, files: CONTENT_FILES });
        return true;
      } catch {
        return false; // no access to this tab (a browser page, an add-on store, or no grant): the popup says what to do
      }
    },
  };
}
