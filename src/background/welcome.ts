// The first-run page: opened once, when Sourcemark is installed (not on an update or a browser restart). A fresh
// install has no access to any site until the reader chooses when Sourcemark reads (src/read-mode.ts), so without
// this page it would read nothing and say nothing. The listener must be added as the background starts: the
// install event fires only to listeners added in the first turn (Chrome's service worker, Firefox's event page).
import { browser } from '../browser';

export const WELCOME_PAGE = 'welcome.html';

type Installed = { reason: string };
type Tabs = { create(props: { url: string; active: boolean }): Promise<unknown> };

export function openWelcomeOnInstall(
  onInstalled: { addListener(fn: (details: Installed) => void): void } = browser.runtime.onInstalled,
  tabs: Tabs = browser.tabs,
  url: (path: string) => string = (path) => browser.runtime.getURL(path),
): void {
  onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void tabs.create({ url: url(WELCOME_PAGE), active: true }).catch(() => undefined); // no window (yet): nothing to show it in
  });
}
