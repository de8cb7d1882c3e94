// The side panel, built and loaded in real headless Chromium and Firefox ESR. Automation cannot reach Firefox's
// sidebar (browser UI, not a tab), so in both browsers the panel's page is opened as a tab pinned to the article
// with `sidepanel.html?tab=ID`, as the popup tests open the popup. Checked: it lists the demo article's claims, a
// click on a highlight in the page selects that claim's row, a click on a row's "Show in page" opens that claim's
// card in the page, and axe-core finds nothing with a row selected. In Chromium the popup's "Open side panel" also
// opens the real side panel, whose page puppeteer does see: that one is checked to follow the active tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Claim } from '../../src/analysis/types';
import type { TabResults } from '../../src/messages';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { cardText, clickOnText, waitFor, waitForCardText } from './inpage-helpers';
import { axeViolations, openPopup, readRows, type OpenPopup } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

/** Claims that share no character with another claim: a click on them can only mean them. */
function standalone(claims: Claim[]): Claim[] {
  return claims.filter((c) => !claims.some((o) => o !== c && o.start < c.end && c.start < o.end));
}

/** The id of the row marked as the current one (aria-current), or null. */
function currentRow(panel: Page): Promise<string | null> {
  return panel.evaluate(() => document.querySelector('[data-claim-id][aria-current="true"]')?.getAttribute('data-claim-id') ?? null);
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`side panel in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    let article: Page;
    let tabId: number;
    let results: TabResults;
    let opened: OpenPopup;

    beforeAll(async () => {
      ext = await launch();
      const url = `${server.origin}/seed-article.html`;
      article = await ext.openPage(url);
      tabId = await ext.tabIdFor(url);
      await waitFor(article, () => CSS.highlights.size > 0);
      results = await waitForResults(ext, tabId, 15_000);
      opened = await openPopup(ext, tabId, 'sidepanel.html');
    });
    afterAll(async () => { await ext?.close(); });

    it('opens on the list of the article\'s claims', async () => {
      const panel = opened.popup;
      await panel.waitForSelector('#sm-tab-claims-panel:not([hidden]) [data-claim-id]', { timeout: 15_000 });
      const rows = await readRows(panel);
      expect(results.status).toBe('ready');
      expect(rows.map((r) => r.id)).toEqual(results.claims.map((c) => c.id));
      expect(rows.length).toBeGreaterThan(5);
      expect(await currentRow(panel)).toBeNull();
    });

    it('a click on a highlight in the page selects its row, and the row scrolls into view', async () => {
      const panel = opened.popup;
      // The last such claim: far down the list, so the panel has to scroll to it.
      const target = standalone(results.claims).at(-1)!;
      expect(target, 'a claim overlapping no other').toBeTruthy();
      await article.bringToFront();
      await clickOnText(article, target.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes(target.text.slice(0, 30)));
      await waitFor(panel, () => !!document.querySelector('[data-claim-id][aria-current="true"]'));
      expect(await currentRow(panel)).toBe(target.id);
      const inView = await panel.evaluate((id: string) => {
        const row = [...document.querySelectorAll('[data-claim-id]')].find((r) => r.getAttribute('data-claim-id') === id)!;
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      }, target.id);
      expect(inView, 'the selected row is scrolled into view').toBe(true);

      // Another claim: the selection moves. The open card is closed first: it may cover the other claim, and the
      // scroll that brings that claim into view would close it anyway.
      const other = standalone(results.claims)[0];
      await article.keyboard.press('Escape');
      for (const deadline = Date.now() + 60_000; (await cardText(article)) !== null;) {
        if (Date.now() > deadline) throw new Error('the card did not close on Escape');
        await new Promise((r) => setTimeout(r, 100));
      }
      await clickOnText(article, other.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes(other.text.slice(0, 30)));
      await waitFor(panel, () => document.querySelectorAll('[aria-current="true"]').length === 1);
      await panel.waitForFunction((id: string) => document.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') === id, { timeout: 10_000 }, other.id);
      expect(await currentRow(panel)).toBe(other.id);
    });

    it('a click on a row\'s "Show in page" opens that claim\'s card in the page and selects the row', async () => {
      const panel = opened.popup;
      const target = standalone(results.claims)[1];
      await panel.bringToFront();
      await panel.click(`[data-claim-id="${target.id}"] .sm-jump`);
      await article.bringToFront(); // a tab behind another gets no animation frames (the panel is beside it in real use)
      const card = await waitForCardText(article, (t) => t.includes(target.text.slice(0, 30)));
      expect(card).toContain(target.source?.name ?? 'No source');
      expect(await currentRow(panel)).toBe(target.id);
    });

    it('has no axe-core violations with a row selected and expanded, and logged no error', async () => {
      const panel = opened.popup;
      await panel.bringToFront();
      const toggle = await panel.waitForSelector('[aria-current="true"] .sm-row-toggle');
      await toggle!.click();
      await panel.waitForSelector('[aria-current="true"] .sm-row-card:not([hidden])');
      const violations = await axeViolations(panel);
      expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.join(' ')}`)).toEqual([]);
      expect(await opened.errors()).toEqual([]);
    });

    it.runIf(launch === launchChromium)('the popup opens the real side panel, which follows the active tab and its clicks', async () => {
      const { popup } = await openPopup(ext, tabId);
      await popup.waitForSelector('.sm-open-panel', { timeout: 15_000 });
      await popup.click('.sm-open-panel');
      const target = await ext.browser.waitForTarget((t) => t.url() === `${ext.extensionBase}sidepanel.html`, { timeout: 10_000 });
      const real = (await target.asPage())!;
      // Its job done, the popup closed itself (as a real popup would).
      const popupOpen = () => ext.browser.targets().some((t) => t.url().endsWith(`/popup.html?tab=${tabId}`));
      for (let i = 0; i < 50 && popupOpen(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(popupOpen()).toBe(false);
      // Not pinned: it describes the active tab, the article.
      await article.bringToFront();
      await real.waitForSelector('[data-claim-id]', { timeout: 15_000 });
      expect((await readRows(real)).map((r) => r.id)).toEqual(results.claims.map((c) => c.id));
      const target2 = standalone(results.claims)[2];
      await clickOnText(article, target2.text.slice(0, 40));
      await waitForCardText(article, (t) => t.includes(target2.text.slice(0, 30)));
      await real.waitForFunction((id: string) => document.querySelector('[aria-current="true"]')?.getAttribute('data-claim-id') === id, { timeout: 10_000 }, target2.id);
      // The reader switches to another tab of the window (made active through the tabs API: puppeteer's new pages
      // open in windows of their own): the panel follows it, to a page Sourcemark cannot read (no rows), and back.
      const activate = (spec: { create?: string; tabId?: number }) => real.evaluate(async (s: { create?: string; tabId?: number }) => {
        type Api = { tabs: { create(o: object): Promise<{ id: number }>; update(id: number, o: object): Promise<unknown> }; windows: { getCurrent(): Promise<{ id: number }> } };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const windowId = (await api.windows.getCurrent()).id;
        if (s.create) return (await api.tabs.create({ url: s.create, windowId, active: true })).id;
        await api.tabs.update(s.tabId!, { active: true });
        return s.tabId!;
      }, spec);
      const other = await activate({ create: 'about:blank' });
      await real.waitForFunction(() => !document.querySelector('[data-claim-id]'), { timeout: 10_000 });
      expect(other).not.toBe(tabId);
      await activate({ tabId });
      await real.waitForSelector('[data-claim-id]', { timeout: 10_000 });
      expect((await readRows(real)).map((r) => r.id)).toEqual(results.claims.map((c) => c.id));
    });
  });
}
