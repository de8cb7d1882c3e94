// The German and French news articles written for the project (test/fixtures/languages/<lang>/article.html), opened
// in real Chromium and Firefox ESR: the page's language reaches the engine (TabResults.language), the claims are
// highlighted, and the popup lists them with the sources a careful reader expects (article.expected.json, judged
// as the unit test judges the engine in Node). A Portuguese page (folha) gets figures only, and the popup says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { highlightCount, isHighlighted, waitForState } from './inpage-helpers';
import { openPopup, readRows, showView } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';
import { expectedFor, scoreArticle } from '../../scripts/eval/language-articles';

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures', { stripScripts: true }); });
afterAll(async () => server?.close());

/** A quotation of each article whose words must be drawn as a level highlight. */
const QUOTED: Record<string, string> = { de: 'Die Lage ist ernst', fr: "Le feu n'est pas fixé" };

for (const launch of [launchChromium, launchFirefox]) {
  const browserName = launch.name.replace('launch', '');
  describe(`the written articles in ${browserName}`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => ext?.close());

    for (const lang of ['de', 'fr']) {
      it(`${lang}: read in ${lang}, highlighted, listed with the expected sources`, async () => {
        const page = await ext.openPage(`${server.origin}/languages/${lang}/article.html`);
        const tabId = await ext.tabIdFor(page.url());
        const results = await waitForResults(ext, tabId, 60_000);
        expect(results.status).toBe('ready');
        expect(results.language).toEqual({ code: lang, support: 'full' });

        // The claims in the browser are the engine's as in Node: the same bar as the unit test.
        const score = scoreArticle(lang, results.text ?? '', results.claims, results.language!);
        console.log(`${browserName} ${lang}: ${results.claims.length} claims; expected found ${score.found}/${score.expected}, right ${score.right}/${score.expected}`);
        expect(score.found / score.expected, score.details.join('\n')).toBeGreaterThanOrEqual(0.9);
        expect(score.right / score.expected, score.details.join('\n')).toBeGreaterThanOrEqual(0.85);

        await waitForState(async () => (await highlightCount(page)) > 0, 30_000);
        expect(await isHighlighted(page, QUOTED[lang], 'article')).toBe(true);

        const { popup, errors } = await openPopup(ext, tabId);
        await showView(popup, 'claims');
        const rows = await readRows(popup);
        expect(rows).toHaveLength(results.claims.length);
        const shown = rows.map((r) => r.source);
        // Every source the reader expects, as the rows show it (one of its accepted names).
        const wanted = [...new Set(expectedFor(lang).claims.map((c) => c.source).filter((s): s is string => !!s))];
        const listed = wanted.filter((s) => s.split('/').some((name) => shown.some((row) => row.includes(name))));
        console.log(`${browserName} ${lang}: ${listed.length}/${wanted.length} expected sources listed; missing: ${wanted.filter((s) => !listed.includes(s)).join(', ') || 'none'}`);
        expect(listed.length / wanted.length).toBeGreaterThanOrEqual(0.85);
        expect(await popup.$('.sm-figures-only')).toBeNull();
        expect(await errors()).toEqual([]);
        await popup.close();
        await page.close();
      });
    }

    it('a Portuguese page: figures only, and the popup says so', async () => {
      const page = await ext.openPage(`${server.origin}/pages/folha.html`);
      const tabId = await ext.tabIdFor(page.url());
      const results = await waitForResults(ext, tabId, 60_000);
      expect(results.language).toEqual({ code: 'pt', support: 'figures' });
      expect(results.claims.every((c) => c.form === 'figure' && !c.source)).toBe(true);
      const { popup, errors } = await openPopup(ext, tabId);
      await popup.waitForSelector('.sm-figures-only', { timeout: 30_000 });
      expect(await popup.$eval('.sm-figures-only', (el) => el.textContent)).toBe(
        'Page language: Portuguese. In this language Sourcemark finds figures only, not quotes or sources.',
      );
      expect(await errors()).toEqual([]);
      await popup.close();
      await page.close();
    });
  });
}
