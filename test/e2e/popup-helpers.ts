// Popup-side probes for the popup end-to-end tests: opening it on a tab, reading its rows and sources,
// flipping its switches as a reader does, running axe-core in it, and finding a tab's id.
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { waitForExtensionPage, type ExtensionBrowser } from './browsers';

/**
 * Installed before the popup's own script runs: records console.error calls, uncaught errors, unhandled
 * rejections and CSP violations in the page itself. Firefox over WebDriver BiDi reports no console event
 * for moz-extension:// pages, so this is how its popup is heard; in Chromium it doubles the protocol's events.
 */
function installErrorRecorder(): void {
  const seen: string[] = [];
  Object.defineProperty(globalThis, '__sourcemarkErrors', { value: seen });
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => { seen.push(args.map(String).join(' ')); original(...args); };
  addEventListener('error', (e) => seen.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${String(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
}

export interface OpenPopup {
  popup: Page;
  /** Every error the popup reported so far, from the protocol's console events and the in-page recorder. */
  errors(): Promise<string[]>;
}

/**
 * The popup on `popup.html?tab=ID` (or the side panel's page, `sidepanel.html?tab=ID`), its errors recorded from before its script starts. It opens in a window
 * of its own, so the article stays the visible tab of its window as under a real popup (a hidden tab does
 * not run a smooth scroll, in Firefox).
 */
export async function openPopup(ext: ExtensionBrowser, tabId: number, file: 'popup.html' | 'sidepanel.html' = 'popup.html'): Promise<OpenPopup> {
  const popup = await ext.browser.newPage({ type: 'window' });
  const fromEvents: string[] = [];
  popup.on('console', (m) => { if (m.type() === 'error') fromEvents.push(m.text()); });
  popup.on('pageerror', (e) => fromEvents.push(String(e)));
  await popup.evaluateOnNewDocument(installErrorRecorder);
  const url = `${ext.extensionBase}${file}?tab=${tabId}`;
  if (ext.name === 'chromium') await popup.goto(url, { waitUntil: 'load' });
  else await waitForExtensionPage(popup, url);
  // Firefox runs no preload script in moz-extension:// pages: there the recorder starts once the page has loaded
  // (an error while the popup starts up would still show, as the failure state the tests look at).
  const recorderMissing = await popup.evaluate(() => !(globalThis as { __sourcemarkErrors?: string[] }).__sourcemarkErrors);
  if (recorderMissing) await popup.evaluate(installErrorRecorder);
  const ignored = new Set<string>();
  const errors = async () => {
    const inPage = await popup.evaluate(() => [...((globalThis as { __sourcemarkErrors?: string[] }).__sourcemarkErrors ?? ['recorder missing'])]);
    return [...new Set([...fromEvents, ...inPage])].filter((e) => !ignored.has(e));
  };
  // Prove the popup is heard (so "no errors" is not silence from a deaf listener): a marker error must arrive.
  const marker = `sourcemark-console-probe-${Math.random().toString(36).slice(2)}`;
  await popup.evaluate((m: string) => console.error(m), marker);
  const deadline = Date.now() + 30_000;
  while (!(await errors()).includes(marker)) {
    if (Date.now() > deadline) throw new Error('the popup\'s console errors are not reported to the test');
    await new Promise((r) => setTimeout(r, 50));
  }
  ignored.add(marker);
  return { popup, errors };
}

type TabsGlobal = { browser?: TabsApi; chrome: TabsApi };
type TabsApi = { tabs: { query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> } };

async function allTabIds(ext: ExtensionBrowser): Promise<number[]> {
  const probe = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    return await probe.evaluate(async () => {
      const tabs = ((globalThis as unknown as TabsGlobal).browser ?? (globalThis as unknown as TabsGlobal).chrome).tabs;
      const self = (await tabs.getCurrent())?.id; // the probe is a tab too: leave it out
      return (await tabs.query({})).map((t) => t.id ?? -1).filter((id) => id !== self);
    });
  } finally {
    await probe.close();
  }
}

/**
 * Opens a page and returns its tab id by the difference in tab ids: works for pages whose URL the browser
 * hides from us (about:blank, data:), where ExtensionBrowser.tabIdFor cannot match by URL in Firefox.
 */
export async function openPageWithTabId(ext: ExtensionBrowser, open: () => Promise<Page>): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(ext));
  const page = await open();
  const added = (await allTabIds(ext)).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  return { page, tabId: added[0] };
}

export interface RowView { id: string; text: string; meta: string; source: string }

/** The claim rows as the reader sees them. */
export function readRows(popup: Page): Promise<RowView[]> {
  return popup.$$eval('[data-claim-id]', (rows) => rows.map((r) => ({
    id: r.getAttribute('data-claim-id') ?? '',
    text: r.querySelector('.sm-row-text')?.textContent ?? '',
    meta: r.querySelector('.sm-row-meta')?.textContent ?? '',
    source: r.querySelector('.sm-row-source')?.textContent ?? '',
  })));
}

export interface SourceView { name: string; kind: string; count: string; group: string }

/** The "Sources cited" list of the glance view, with the group (Named, on record / Vague ...) each sits in. */
export function readSources(popup: Page): Promise<SourceView[]> {
  return popup.$$eval('.sm-source', (items) => items.map((li) => ({
    name: li.querySelector('.sm-source-name')?.textContent ?? '',
    kind: li.querySelector('.sm-kind')?.textContent ?? '',
    count: li.querySelector('.sm-source-count')?.textContent ?? '',
    group: li.closest('.sm-source-group')?.querySelector('h3')?.textContent ?? '',
  })));
}

export async function showView(popup: Page, view: 'overview' | 'claims' | 'settings'): Promise<void> {
  await popup.waitForSelector(`#sm-tab-${view}`, { timeout: 60_000 });
  await popup.click(`#sm-tab-${view}`);
  await popup.waitForSelector(`#sm-tab-${view}-panel:not([hidden])`);
}

/** The checkbox inside the first label whose text matches, in the visible part of the popup. */
async function labelledInput(popup: Page, labelText: RegExp, selector = 'input') {
  const handles = await popup.$$(`label:has(${selector})`);
  for (const label of handles) {
    const matches = await label.evaluate((el, source: string) => new RegExp(source).test(el.textContent ?? '')
      && (el as HTMLElement).offsetParent !== null, labelText.source);
    if (matches) return (await label.$(selector))!;
  }
  return null;
}

/**
 * Sets a switch of the settings (role="switch") to `on` by clicking it, wherever the popup shows it: the
 * Settings tab when the page has results, the folded "Settings" of an honest state otherwise.
 */
export async function setSwitch(popup: Page, labelText: RegExp, on: boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    // The popup may re-render between two steps (the page reports 'paused'): each step may miss, the loop retries.
    // (On a loaded machine Chromium once lost the popup's execution context here between two steps: retried too.)
    await popup.evaluate(() => {
      const tab = document.querySelector<HTMLButtonElement>('#sm-tab-settings');
      if (tab) { if (tab.getAttribute('aria-selected') !== 'true') tab.click(); return; }
      const more = document.querySelector<HTMLDetailsElement>('details.sm-more-settings');
      if (more) more.open = true;
    }).catch(() => undefined);
    const input = await labelledInput(popup, labelText, 'input[role="switch"]').catch(() => null);
    if (input) {
      const state = () => input.evaluate((el) => (el as HTMLInputElement).checked).catch(() => null);
      if (await state() === !on) await input.click().catch(() => undefined);
      if (await state() === on) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`switch ${labelText} not found or not set to ${on}`);
}

/** Ticks the checkbox whose label matches (a filter), returning when it is ticked. */
export async function tickFilter(popup: Page, labelText: RegExp): Promise<void> {
  const input = await labelledInput(popup, labelText, 'input[type="checkbox"]');
  if (!input) throw new Error(`no checkbox labelled ${labelText}`);
  await input.click();
}

/** Each filter checkbox's label word and the count shown beside it, e.g. { Figure: 3 }. */
export function filterCounts(popup: Page, legend: string): Promise<Record<string, number>> {
  return popup.$$eval('fieldset.sm-checks', (sets, wanted: string) => {
    const set = sets.find((s) => s.querySelector('legend')?.textContent === wanted);
    const out: Record<string, number> = {};
    for (const label of set?.querySelectorAll('label') ?? []) {
      const count = label.querySelector('.sm-count')?.textContent ?? '';
      const word = (label.textContent ?? '').replace(count, '').trim();
      out[word] = Number(count.replace(/[()]/g, ''));
    }
    return out;
  }, legend);
}

const AXE_PATH = 'node_modules/axe-core/axe.min.js';
let axeSource: Promise<string> | null = null;

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * Runs axe-core (every rule axe runs by default, colour contrast included) on the popup as it stands.
 * The popup's CSP (script-src 'self') blocks an injected <script>, so axe's source is evaluated through the
 * automation protocol, which the page's CSP does not govern.
 */
export async function axeViolations(popup: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(AXE_PATH, 'utf8');
  const source = await axeSource;
  await popup.evaluate((src: string) => {
    if (!(globalThis as { axe?: unknown }).axe) (0, eval)(src);
  }, source);
  return popup.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  });
}

/** Waits until `fn(...args)` in the page is truthy (waitFor of the in-page helpers, with arguments). */
export async function until<A extends unknown[]>(page: Page, fn: (...args: A) => unknown, timeout: number, ...args: A): Promise<void> {
  await page.waitForFunction(fn as (...a: unknown[]) => unknown, { timeout, polling: 50 }, ...args);
}
