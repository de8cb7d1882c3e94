// States a reader can act on, in real Chromium and Firefox with the stub engine, from the popup and from the side
// panel's page (both are the same components on popup/index.tsx): a failed analysis is said to have failed (not
// "nothing found") and "Try again" reads the page again; a page not taken for an article offers "Read this page
// anyway", whose click reads it, draws its claims, and changes nothing in the page's DOM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, readResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { buildStubExtension } from './stub-build';
import { FAIL_ONCE_MARKER } from './stub-engine';
import { highlightCount, highlightTexts, waitFor, waitForState } from './inpage-helpers';
import { openPopup } from './popup-helpers';
import { pageWatch, watchPage } from './page-watch';
import type { PageStatus } from '../../src/messages';

const SURFACES = ['popup.html', 'sidepanel.html'] as const;

let server: FixtureServer;
let stubDist: string;
beforeAll(async () => {
  stubDist = await buildStubExtension();
  // The demo article with the marker that makes the stub engine fail its first reading of it. The stub remembers
  // the texts it failed on, so each surface's page says its own name (each fails once).
  const seed = readFileSync('test/fixtures/seed-article.html', 'utf8');
  const failing = (surface: string) => seed.replace('</h1>', `</h1><p>${FAIL_ONCE_MARKER} (${surface}): 12 people said so.</p>`);
  server = await serveDirectory('test/fixtures', {
    routes: Object.fromEntries(SURFACES.map((s) => [`/fail-once-${s}`, () => failing(s)])),
  });
});
afterAll(async () => server?.close());

async function statusOf(ext: ExtensionBrowser, tabId: number): Promise<PageStatus | null> {
  return (await readResults(ext, tabId))?.status ?? null;
}

/** Clicks the popup's button with this text (a state: waits for it to be there). */
async function clickButton(popup: Page, text: string): Promise<void> {
  await waitFor(popup, (t: string) => [...document.querySelectorAll('button')].some((b) => b.textContent === t), 60_000, text);
  await popup.evaluate((t: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === t)!.click(), text);
}

/** The heading of the popup's state, once there is one with this text. */
async function waitForHeading(popup: Page, text: string): Promise<void> {
  await waitFor(popup, (t: string) => document.querySelector('.sm-state h2')?.textContent === t, 60_000, text);
}

/** A page opened with its DOM watched from the start (every mutation after parsing is counted). */
async function openWatched(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

for (const launch of [launchChromium, launchFirefox]) {
  describe(`${launch.name.replace('launch', '')} (stub engine)`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(stubDist); });
    afterAll(async () => { await ext?.close(); });

    for (const surface of SURFACES) {
      it(`${surface}: a failed analysis says so and "Try again" reads the page`, async () => {
        const url = `${server.origin}/fail-once-${surface}`;
        const page = await ext.openPage(url);
        const tabId = await ext.tabIdFor(url);
        await waitForState(async () => (await statusOf(ext, tabId)) === 'failed');
        expect(await highlightCount(page)).toBe(0);
        const { popup, errors } = await openPopup(ext, tabId, surface);
        await waitForHeading(popup, 'Sourcemark could not finish reading this page');
        await clickButton(popup, 'Try again');
        await waitFor(popup, () => Boolean(document.querySelector('#sm-tab-claims')));
        await waitForState(async () => (await statusOf(ext, tabId)) === 'ready');
        await page.bringToFront();
        // Highlight names are random per page load: the level highlights are the ones at priority 0.
        await waitFor(page, () => [...CSS.highlights.values()].some((h) => h.priority === 0 && h.size > 0));
        expect(await errors()).toEqual([]);
        await popup.close();
        await page.close();
      });

      it(`${surface}: "Read this page anyway" reads a page not taken for an article, and its DOM is untouched`, async () => {
        const url = `${server.origin}/bulletin.html?from=${surface}`;
        const page = await openWatched(ext, url);
        const tabId = await ext.tabIdFor(url);
        await waitForState(async () => (await statusOf(ext, tabId)) === 'no-article');
        expect(await highlightCount(page)).toBe(0);
        const { popup, errors } = await openPopup(ext, tabId, surface);
        await waitForHeading(popup, 'No article on this page');
        await clickButton(popup, 'Read this page anyway');
        // The popup shows what was found: the claim tab with its count, the rows once the list is open.
        await waitFor(popup, () => document.querySelector('#sm-tab-claims .sm-tab-count')?.textContent === '3');
        const results = await readResults(ext, tabId);
        expect(results?.status).toBe('ready');
        expect(results?.claims.map((c) => c.text)).toEqual(['14', 'We will open on Sundays from March,', '2,400']);
        await page.bringToFront();
        await waitFor(page, () => {
          let n = 0;
          for (const h of CSS.highlights.values()) if (h.priority === 0) n += h.size;
          return n === 3;
        });
        expect(Object.values(await highlightTexts(page)).flat().sort()).toEqual(expect.arrayContaining(['14', '2,400']));
        const watch = await pageWatch(page);
        expect(watch.mutations, `page mutated: ${watch.samples.join('; ')}`).toBe(0);
        expect(watch.errors).toEqual([]);
        expect(await errors()).toEqual([]);
        await popup.close();
        await page.close();
      });
    }
  });
}
