// In-page mechanics on the built extension with a stub engine (test/e2e/stub-engine.ts), so they hold
// whatever the real engine finds: clicks open the card of the innermost claim, the card closes with Escape,
// a click elsewhere or scrolling away; commands step and show claims; toggling, settings and the page's own
// clicks; the page stays untouched; the card's styles are isolated in its shadow root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { buildStubExtension } from './stub-build';
import {
  cardText, clickOnText, inCard, collectErrors, highlightCount, highlightNamesOf, isHighlighted, sendToContent, tabIdOf, waitFor, writeSettings,
} from './inpage-helpers';
import type { HighlightNames } from '../../src/ui/highlight-names';

let server: FixtureServer;
let stubDist: string;

beforeAll(async () => {
  stubDist = await buildStubExtension();
  server = await serveDirectory('test/fixtures');
});
afterAll(async () => server?.close());

const cardOpen = () => Boolean(document.querySelector('sourcemark-card'));
const cardClosed = () => !document.querySelector('sourcemark-card');

for (const launch of [launchChromium, launchFirefox]) {
  describe(`${launch.name.replace('launch', '')} (stub engine)`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(stubDist); });
    afterAll(async () => { await ext?.close(); });

    async function openSeed(): Promise<{ page: Page; tabId: number; errors: string[]; url: string; names: HighlightNames }> {
      const url = `${server.origin}/seed-article.html`;
      const page = await ext.openPage(url);
      const errors = collectErrors(page);
      const tabId = await tabIdOf(ext, url);
      await waitFor(page, () => {
        for (const [, h] of CSS.highlights) if (h.size) return true;
        return false;
      });
      return { page, tabId, errors, url, names: await highlightNamesOf(ext, page, tabId) };
    }

    it('a click opens the innermost claim\'s card beside it; Escape, a click elsewhere and scrolling away close it', async () => {
      const { page, errors, names } = await openSeed();
      const before = await page.evaluate(() => document.body.outerHTML);
      expect(await isHighlighted(page, '10,000')).toBe(true);
      expect(await isHighlighted(page, 'Most read')).toBe(false);

      const bodyBox = () => page.evaluate(() => JSON.stringify([document.body.getBoundingClientRect(), document.documentElement.scrollHeight, scrollY]));
      await clickOnText(page, '10,000');
      await waitFor(page, cardOpen);
      const boxWithCard = await bodyBox();
      const text = await cardText(page);
      expect(text).toContain('stub reports');
      expect(text).toContain('Low');
      const card = await inCard(page, (root) => {
        const dialog = root.querySelector('[role="dialog"]')!;
        const frame = root.querySelector('.sm-frame')!;
        const box = frame.getBoundingClientRect();
        return {
          labelled: dialog.hasAttribute('aria-labelledby') || dialog.hasAttribute('aria-label'),
          position: getComputedStyle(frame).position, inViewport: box.top >= 0 && box.bottom <= innerHeight + 1 && box.width > 100,
          sheets: root.adoptedStyleSheets.length, styleNodes: root.querySelectorAll('style').length,
        };
      });
      const layout = {
        ...card!, styled: card!.sheets + card!.styleNodes > 0,
        ...await page.evaluate((focus: string) => {
          const host = document.querySelector('sourcemark-card')!;
          return {
            parentIsRoot: host.parentNode === document.documentElement, lastChild: document.documentElement.lastElementChild === host,
            focusMark: CSS.highlights.has(focus), closedToThePage: host.shadowRoot === null,
          };
        }, names.focus),
      };
      console.info(`${ext.name}: card styles via ${layout.sheets ? 'adoptedStyleSheets' : '<style> in the shadow root'}`);
      expect(layout).toMatchObject({ closedToThePage: true, parentIsRoot: true, lastChild: true, labelled: true, position: 'fixed', inViewport: true, styled: true, focusMark: true });

      await page.keyboard.press('Escape');
      await waitFor(page, cardClosed);
      expect(await bodyBox()).toBe(boxWithCard); // no layout shift: the page did not move or grow
      expect(await page.evaluate((focus: string) => CSS.highlights.has(focus), names.focus)).toBe(false);

      // Nested claims: a figure inside a quote opens the figure; elsewhere in the quote opens the quote.
      await clickOnText(page, 'wild ambition');
      await waitFor(page, cardOpen);
      expect(await cardText(page)).toContain('stub speaker');
      await page.mouse.click(5, 5);
      await waitFor(page, cardClosed);

      await clickOnText(page, '10,000');
      await waitFor(page, cardOpen);
      await page.evaluate(() => window.scrollBy(0, innerHeight * 3));
      await waitFor(page, cardClosed);

      expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('step and show commands scroll to a claim and open its card with focus in it; toggle hides and shows', async () => {
      const { page, tabId, errors } = await openSeed();
      await page.focus('header a'); // the reader was on a link: focus must come back there
      const first = await sendToContent(ext, page, tabId, { type: 'claim/step', payload: { direction: 'next' } }) as { ok: boolean; value: { claimId: string } };
      expect(first.ok).toBe(true);
      await waitFor(page, cardOpen);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('sourcemark-card');
      // The card's controls are reachable with Tab: focus moves to its close button, inside our shadow root.
      await page.keyboard.press('Tab');
      expect(await inCard(page, (root) => root.activeElement?.getAttribute('aria-label'))).toBe('Close claim card');
      await page.keyboard.press('Escape');
      await waitFor(page, cardClosed);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
      const second = await sendToContent(ext, page, tabId, { type: 'claim/step', payload: { direction: 'next' } }) as { value: { claimId: string } };
      expect(second.value.claimId).not.toBe(first.value.claimId);
      const back = await sendToContent(ext, page, tabId, { type: 'claim/step', payload: { direction: 'previous' } }) as { value: { claimId: string } };
      expect(back.value.claimId).toBe(first.value.claimId);

      const ping = await sendToContent(ext, page, tabId, { type: 'content/ping', payload: {} }) as { value: { results: { claims: Array<{ id: string; text: string }> } } };
      const last = ping.value.results.claims[ping.value.results.claims.length - 1];
      const shown = await sendToContent(ext, page, tabId, { type: 'claim/show', payload: { claimId: last.id } }) as { value: { shown: boolean } };
      expect(shown.value.shown).toBe(true);
      expect(await cardText(page)).toContain(last.text.slice(0, 20));

      const off = await sendToContent(ext, page, tabId, { type: 'highlights/toggle', payload: {} }) as { value: { visible: boolean } };
      expect(off.value.visible).toBe(false);
      expect(await highlightCount(page)).toBe(0);
      expect(await page.evaluate(cardClosed)).toBe(true);
      await sendToContent(ext, page, tabId, { type: 'highlights/toggle', payload: {} });
      expect(await highlightCount(page)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('settings apply without reload: pause clears and reports paused, levels filter, resume draws again', async () => {
      const { page, tabId, names } = await openSeed();
      const all = await highlightCount(page);
      await writeSettings(ext, { paused: true });
      await waitFor(page, () => CSS.highlights.size === 0);
      const ping = await sendToContent(ext, page, tabId, { type: 'content/ping', payload: {} }) as { value: { results: { status: string } } };
      expect(ping.value.results.status).toBe('paused');
      await writeSettings(ext, { levels: ['high'], highContrast: true });
      await waitFor(page, (name: string) => CSS.highlights.has(name), undefined, names['contrast-high']);
      expect([...await page.evaluate(() => [...CSS.highlights.keys()])]).toEqual([names['contrast-high']]);
      await writeSettings(ext, null);
      await waitFor(page, (name: string) => CSS.highlights.has(name), undefined, names.low);
      expect(await highlightCount(page)).toBe(all);
      await page.close();
    });
  });
}
