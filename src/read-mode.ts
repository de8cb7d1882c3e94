// How Sourcemark gets into pages, in one place for the background, the popup and the options page.
// "Every page" (all-sites): host access to http(s) sites, granted by the reader (optional_host_permissions; asked
// when the mode is chosen), and the content script registered with scripting.registerContentScripts, so it runs on
// every page the reader opens. "Only when I click" (click): no host access and nothing registered; the toolbar
// button, its shortcut or another Sourcemark shortcut grants activeTab for the current tab, and the background
// injects the content script there with scripting.executeScript. See src/background/page-access.ts.
export type { ReadMode } from './settings';

/** The host access the every-page mode needs (and the one the manifest lists as optional). */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];
