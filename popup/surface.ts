// The popup's script runs two surfaces: the popup (one tab, closed on the first click in the page) and the side
// panel (popup/sidepanel.html), which stays open, follows the active tab of its window and selects the claim whose
// card the reader opened in the page. This file is the panel's part of that wiring.
import { browser } from '../src/browser';
import { handleMessages } from '../src/messages';

export type Surface = 'popup' | 'panel';

export function currentSurface(doc: Document): Surface {
  return doc.body?.dataset.surface === 'panel' ? 'panel' : 'popup';
}

/** A `?tab=ID` pins the surface to that tab (tests open the panel's page as a tab, as they do the popup). */
export function pinnedTab(search: string): boolean {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0;
}

export interface PanelEvents {
  /** The tab the surface describes, read at the time of the event. */
  tabId(): number | null;
  /** Another tab became active in the panel's window (only when not pinned). */
  onTabActivated(tabId: number): void;
  /** The tab's stored results changed, or the tab finished loading a page. */
  onResultsChanged(): void;
  /** The reader opened a claim's card in the tab. */
  onClaimOpened(claimId: string): void;
}

/** Wires the browser's events to the surface; returns a function that removes them. */
export async function followTab(events: PanelEvents, { pinned, panel }: { pinned: boolean; panel: boolean }): Promise<() => void> {
  const stops: Array<() => void> = [];
  stops.push(handleMessages({
    'results/changed': {
      from: ['extension-page'],
      handle: ({ tabId }) => {
        if (tabId === events.tabId()) events.onResultsChanged();
        return { ok: true };
      },
    },
    ...(panel ? {
      'claim/opened': {
        from: ['content'],
        handle: ({ claimId }, sender) => {
          if (sender.tab?.id === events.tabId()) events.onClaimOpened(claimId);
          return { ok: true } as const;
        },
      },
    } : {}),
  }));
  if (panel && !pinned) {
    const windowId = (await browser.windows.getCurrent().catch(() => null))?.id;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) events.onTabActivated(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    stops.push(() => browser.tabs.onActivated.removeListener(onActivated));
  }
  return () => stops.forEach((stop) => stop());
}
