// No network: while the extension reads the demo article, highlights it and the popup shows it, every request
// of every target (page, popup, service worker) is recorded; anything beyond the local fixture server and the
// extension's own files fails the test. The demo article itself loads nothing from elsewhere.
// The one request the extension may make, "Check the linked source", happens only on its click: an article whose
// claims link to another server is read, a card with the button is opened, and that server sees nothing until the
// button is clicked; then it sees exactly that one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { articleHtml, serveSources, type SourceServer } from './linkcheck-server';
import { cardButtons, clickCardButton, clickOnText, inCard, waitFor } from './inpage-helpers';

let server: FixtureServer;
let sources: SourceServer;
let linked: FixtureServer;
beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  sources = await serveSources();
  const html = await articleHtml(sources.origin);
  linked = await serveDirectory('test/fixtures/linkcheck', { routes: { '/article': () => html } });
});
afterAll(async () => { await server?.close(); await sources?.close(); await linked?.close(); });

const allowed = (url: string) => url.startsWith(server.origin) || /^(chrome-extension|moz-extension|data|blob|about):/.test(url);

function record(page: Page, into: string[]): void {
  page.on('request', (request) => into.push(request.url()));
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`no network in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => { await ext?.close(); });

    it('makes no request beyond the page and its own files', async () => {
      const requests: string[] = [];
      if (ext.name === 'chromium') {
        const worker = ext.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
        const session = await worker!.createCDPSession();
        await session.send('Network.enable');
        session.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
      }
      const page = await ext.browser.newPage();
      record(page, requests);
      const url = `${server.origin}/seed-article.html`;
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await ext.tabIdFor(url);
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 60_000 });
      const popup = await ext.browser.newPage();
      record(popup, requests);
      if (ext.name === 'chromium') await popup.goto(`${ext.extensionBase}popup.html?tab=${tabId}`, { waitUntil: 'load' });
      else {
        void popup.goto(`${ext.extensionBase}popup.html?tab=${tabId}`).catch(() => undefined);
        await popup.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', { timeout: 60_000 });
      }
      await popup.waitForSelector('#sm-tab-claims', { timeout: 60_000 });
      await popup.click('#sm-tab-claims');
      await popup.waitForFunction(() => document.querySelectorAll('[data-claim-id]').length > 0, { timeout: 60_000 });
      // The content script did run (highlights exist) and the popup did render: requests were observable.
      expect(requests.some((u) => u.startsWith(server.origin))).toBe(true);
      expect(requests.filter((u) => !allowed(u))).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('requests a linked page only on the click of "Check the linked source", and only that page', async () => {
      sources.seen.length = 0;
      // Another host than the sources' (127.0.0.1): page extraction records links to other hosts.
      const page = await ext.openPage(`${linked.origin.replace('127.0.0.1', 'localhost')}/article`);
      await waitFor(page, () => CSS.highlights.size > 0);
      await clickOnText(page, 'not one step');
      await waitFor(page, () => Boolean(document.querySelector('sourcemark-card')));
      expect(await cardButtons(page)).toContain('Check the linked source');
      // Read, highlighted, card open with the button: the linked server has seen nothing.
      await new Promise((r) => setTimeout(r, 500)); // room for a stray request to arrive; the assertion is absence
      expect(sources.seen).toEqual([]);
      expect(await clickCardButton(page, 'Check the linked source')).toBe(true);
      const deadline = Date.now() + 20_000;
      while (!(await inCard(page, (root) => root.querySelector('.sm-verdict')?.textContent ?? null)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(sources.seen.map((r) => r.path)).toEqual(['/statement.html']);
      await page.close();
    });
  });
}
