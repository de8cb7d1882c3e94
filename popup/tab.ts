// Which tab the popup describes: the `?tab=ID` parameter (tests open the popup as a tab), else the active tab.
import { browser } from '../src/browser';

export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
