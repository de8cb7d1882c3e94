// Page-side probes shared by the in-page tests: registered highlights, text positions, the card, messages to
// the content script as the background sends them (manifest commands cannot be pressed by automation).
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { shownText } from '../support/english-left';
import type { HighlightNames } from '../../src/ui/highlight-names';

/** Waits for a state in the page. The timeout is only an upper bound for a stuck test: generous, since a shared
 *  machine can be many times slower than an idle one (a 15 s bound once failed a Firefox test under load). */
export async function waitFor<T, A extends unknown[] = []>(page: Page, fn: (...args: A) => T, timeout = 60_000, ...args: A): Promise<T> {
  const handle = await page.waitForFunction(fn as (...params: unknown[]) => T, { timeout, polling: 50 }, ...args);
  return (await handle.jsonValue()) as T;
}

/** Polls a check made from the test (not in the page) until it holds. */
export async function waitForState(check: () => Promise<boolean | null>, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('state never reached');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Total ranges in our highlights (level highlights only, not focus/mention marks). The names are random per page
 * load, so the levels are told from the marks by priority: the marks are painted above the levels (priority > 0).
 * The fixture pages register no highlight of their own.
 */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [, h] of CSS.highlights) if (h.priority === 0) n += h.size;
    return n;
  });
}

/** Text of every range drawn, by highlight name. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      out[name] = [...h].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/**
 * Whether the first occurrence of `text` in `scope` (whitespace collapsed) intersects a drawn level
 * highlight. Null when the text is not on the page.
 */
export function isHighlighted(page: Page, text: string, scope = 'body'): Promise<boolean | null> {
  return page.evaluate((wanted: string, sel: string) => {
    const root = document.querySelector(sel);
    if (!root) return null;
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(all.length);
      all += (n as Text).data;
    }
    const flat = all.replace(/\s/g, ' ');
    const at = flat.indexOf(wanted);
    if (at < 0) return null;
    const point = (offset: number): [Text, number] => {
      let i = starts.length - 1;
      while (i > 0 && starts[i] > offset) i--;
      return [nodes[i], offset - starts[i]];
    };
    const target = document.createRange();
    target.setStart(...point(at));
    target.setEnd(...point(at + wanted.length));
    for (const [, h] of CSS.highlights) {
      if (h.priority !== 0) continue; // a mark of the open card, not a level (see highlightCount)
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.compareBoundaryPoints(Range.END_TO_START, target) < 0 && live.compareBoundaryPoints(Range.START_TO_END, target) > 0) return true;
      }
    }
    return false;
  }, text, scope);
}

/** Scrolls the text into view and clicks on its middle character, as a reader would. */
export async function clickOnText(page: Page, text: string, scope = 'article'): Promise<void> {
  const point = await page.evaluate((wanted: string, sel: string) => {
    const root = document.querySelector(sel) ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const mid = at + Math.floor(wanted.length / 2);
      const r = document.createRange();
      r.setStart(n, mid);
      r.setEnd(n, mid + 1);
      let rect = r.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) {
        window.scrollBy(0, rect.top - innerHeight / 2);
        rect = r.getBoundingClientRect();
      }
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text, scope);
  if (!point) throw new Error(`text not found: ${text}`);
  await page.mouse.click(point.x, point.y);
}

/**
 * THE way tests read the card: runs `fn` in the page with the open card's shadow root and returns its result (as
 * JSON), or null when no card is open. The root is closed, so page scripts (and `page.evaluate`) cannot reach it;
 * the browser's debugging protocol can: Chromium's CDP resolves closed shadow roots (DOM.describeNode with
 * pierce), and WebDriver BiDi in Firefox serializes an element's shadow root, closed or not, as a shared
 * reference. Never read `shadowRoot` in a test: use this (or cardText).
 */
export async function inCard<T, A extends unknown[]>(page: Page, fn: (root: ShadowRoot, ...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T> | null> {
  // `__name` is what the test transpiler may wrap named functions in; the page does not have it.
  const call = `async function (root, json) { const __name = (f) => f; const value = await (${fn.toString()})(root, ...JSON.parse(json)); return JSON.stringify(value === undefined ? null : value); }`;
  const json = protocolOf(page) === 'cdp' ? await callWithRootCdp(page, call, JSON.stringify(args)) : await callWithRootBidi(page, call, JSON.stringify(args));
  return json === null ? null : JSON.parse(json) as Awaited<T>;
}

/** Which protocol puppeteer speaks to this page (Firefox: WebDriver BiDi; Chromium: CDP). */
function protocolOf(page: Page): 'cdp' | 'bidi' {
  return page.constructor.name.startsWith('Bidi') ? 'bidi' : 'cdp';
}

async function callWithRootCdp(page: Page, call: string, json: string): Promise<string | null> {
  const cdp = await page.createCDPSession();
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('sourcemark-card')` });
    if (!result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('the card has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId, functionDeclaration: `function (json) { return (${call})(this, json); }`,
      arguments: [{ value: json }], returnByValue: true, awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(`in the card: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as string;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Puppeteer's BiDi handle exposes the raw remote value and realm (not in its public types). */
type BidiHandle = {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } | null } };
  realm: { realm: { callFunction(fn: string, awaitPromise: boolean, options: object): Promise<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }> } };
};

async function callWithRootBidi(page: Page, call: string, json: string): Promise<string | null> {
  const host = await page.evaluateHandle(() => document.querySelector('sourcemark-card'));
  try {
    const raw = host as unknown as BidiHandle;
    const shadow = raw.remoteValue().value?.shadowRoot?.sharedId;
    if (!host.asElement()) return null;
    if (!shadow) throw new Error('the card has no shadow root');
    const reply = await raw.realm.realm.callFunction(call, true, {
      arguments: [{ sharedId: shadow }, { type: 'string', value: json }], resultOwnership: 'none', serializationOptions: {},
    });
    if (reply.type === 'exception') throw new Error(`in the card: ${reply.exceptionDetails?.text}`);
    return reply.result?.value as string;
  } finally {
    await host.dispose();
  }
}

/** What the open card shows (its text outside page strings, and its labels; see test/support/english-left.ts), or null. */
export function cardShownText(page: Page): Promise<string[] | null> {
  return inCard(page, shownText);
}

/** The open card's text, or null when no card is open. */
export function cardText(page: Page): Promise<string | null> {
  return inCard(page, (root) => root.textContent);
}

/** Waits until a card is open whose text passes `ok` (a state, polled), and returns that text. */
export async function waitForCardText(page: Page, ok: (text: string) => boolean, timeout = 60_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await cardText(page);
    if (text !== null && ok(text)) return text;
    if (Date.now() > deadline) throw new Error(`no card with the expected text (last: ${JSON.stringify(text?.slice(0, 200) ?? null)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type ApiGlobal = { browser?: ExtApi; chrome: ExtApi };
type ExtApi = {
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown>; query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { local: { set(o: object): Promise<void>; remove(k: string): Promise<void> } };
};

/** The tab id of a page (see ExtensionBrowser.tabIdFor). */
export function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  return ext.tabIdFor(url);
}

/**
 * Sends a message to the page's content script from an extension page, as the background does, with the
 * page brought back to the front while it is handled (a background tab gets no animation frames).
 */
export async function sendToContent(ext: ExtensionBrowser, page: Page, tabId: number, message: { type: string; payload: unknown }): Promise<unknown> {
  const sender = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    const reply = sender.evaluate(async (id: number, m: { type: string; payload: unknown }) => {
      const g = globalThis as unknown as ApiGlobal;
      // As JSON: WebDriver BiDi drops repeated references to one object (a claim's shared source).
      return JSON.stringify(await (g.browser ?? g.chrome).tabs.sendMessage(id, m) ?? null);
    }, tabId, message);
    await page.bringToFront();
    return JSON.parse(await reply);
  } finally {
    await sender.close();
  }
}

/**
 * This page load's highlight names (drawn at random by the content script, see src/ui/highlight-names.ts), asked
 * as an extension page asks: the page itself has no way to learn which registered highlight is which level.
 */
export async function highlightNamesOf(ext: ExtensionBrowser, page: Page, tabId: number): Promise<HighlightNames> {
  const reply = await sendToContent(ext, page, tabId, { type: 'highlights/names', payload: {} }) as { ok: boolean; value?: { names: HighlightNames } };
  if (!reply?.ok || !reply.value) throw new Error('the content script did not tell its highlight names');
  return reply.value.names;
}

/** Writes the reader's settings as the popup does. */
export async function writeSettings(ext: ExtensionBrowser, settings: object | null): Promise<void> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    await page.evaluate(async (value: object | null) => {
      const g = globalThis as unknown as ApiGlobal;
      const local = (g.browser ?? g.chrome).storage.local;
      if (value) await local.set({ 'sourcemark.settings': value });
      else await local.remove('sourcemark.settings');
    }, settings);
  } finally {
    await page.close();
  }
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  // A missing favicon is the fixture server's, not ours.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Clicks the open card's button whose text is exactly `label`; false when the card has no such button. */
export async function clickCardButton(page: Page, label: string): Promise<boolean> {
  return (await inCard(page, (root, wanted: string) => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === wanted);
    button?.click();
    return Boolean(button);
  }, label)) ?? false;
}

/** Labels of the open card's buttons. */
export async function cardButtons(page: Page): Promise<string[]> {
  return (await inCard(page, (root) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''))) ?? [];
}

/** Clicks the open card's button (or radio/checkbox label) whose text is `label`; false when the card has none. */
export async function clickInCard(page: Page, label: string): Promise<boolean> {
  return (await inCard(page, (root, wanted: string) => {
    const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const button = [...root.querySelectorAll('button')].find((b) => squash(b.textContent) === wanted);
    const choice = [...root.querySelectorAll('label')].find((l) => squash(l.textContent).startsWith(wanted))?.querySelector('input');
    const target = button ?? choice;
    if (!target) return false;
    (target as HTMLElement).click();
    return true;
  }, label)) ?? false;
}

/** The labels of the open card's source choices ("Wrong source?" form), as the reader reads them. */
export async function cardChoices(page: Page): Promise<string[]> {
  return (await inCard(page, (root) => [...root.querySelectorAll('label')]
    .filter((l) => l.querySelector('input[type="radio"]'))
    .map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim()))) ?? [];
}
