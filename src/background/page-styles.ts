// Inserts each page load's highlight stylesheet (src/ui/page-highlight-css.ts, for the names the content script
// drew at random) with scripting.insertCSS: the browser applies it to the document without a node in the page's
// DOM and without an entry in document.styleSheets, so the page can neither read nor predict it. Author origin, as
// the manifest's content-script CSS was: with user origin Chromium 156 painted parts of lines only (measured by
// test/e2e/painting.test.ts), and a page cannot target names it cannot know in either origin.
// A content script injected again into the same document (the extension reloaded, or "only when I click" read the
// page twice) brings new names: the stylesheet of the old ones is removed.
import { browser } from '../browser';
import { pageHighlightCss } from '../ui/page-highlight-css';
import type { HighlightNames } from '../ui/highlight-names';

type Scripting = Pick<typeof browser.scripting, 'insertCSS' | 'removeCSS'>;
interface Target { tabId: number; frameId: number }

const key = ({ tabId, frameId }: Target) => `${tabId}/${frameId}`;

export function createPageStyles(scripting: () => Scripting | undefined = () => browser.scripting) {
  /** The stylesheet inserted last into each tab's frame (the service worker may forget it: removal is a nicety). */
  const inserted = new Map<string, string>();

  return {
    async insert(names: HighlightNames, target: Target): Promise<boolean> {
      const api = scripting();
      if (!api) return false;
      const css = pageHighlightCss(names);
      const injection = (text: string) => ({ target: { tabId: target.tabId, frameIds: [target.frameId] }, css: text, origin: 'AUTHOR' as const });
      try {
        await api.insertCSS(injection(css));
      } catch {
        return false; // the tab closed, navigated, or its access was withdrawn meanwhile
      }
      const before = inserted.get(key(target));
      inserted.set(key(target), css);
      if (before && before !== css) await api.removeCSS(injection(before)).catch(() => undefined);
      return true;
    },
    /** A new document is loading, or the tab closed: its stylesheets went with it. */
    forget(tabId: number): void {
      for (const k of [...inserted.keys()]) if (k.startsWith(`${tabId}/`)) inserted.delete(k);
    },
  };
}
