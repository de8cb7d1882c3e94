// The interface in another language, in a real browser. Chromium started with a German interface (Debian's
// chromium-l10n installed, --lang=de and LANGUAGE=de) gives the extension German through browser.i18n: on the demo
// article, every label of the popup (its three views, a claim opened), the in-page card, the options page and the
// shortcut descriptions is German, checked against _locales: no fixed words of an English message that German
// says otherwise are shown (the article's own English words, in <bdi>/dir="auto", aside).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { TabResults } from '../../src/messages';
import { englishLeft, shownText } from '../support/english-left';
import { localeMessages } from '../support/i18n-setup';
import { DIST, launchChromium, waitForResults, type ExtensionBrowser } from './browsers';
import { cardShownText, clickOnText, waitForCardText } from './inpage-helpers';
import { openPopup, showView } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

const en = localeMessages('en');
const de = localeMessages('de');

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures'); });
afterAll(async () => server?.close());

/** What a page shows: run inside the page (the transpiler's __name helper does not exist there). */
function shownIn(page: Page): Promise<string[]> {
  return page.evaluate(`(() => { const __name = (f) => f; return (${shownText.toString()})(document.body); })()`) as Promise<string[]>;
}

/** The article's own words, which the interface quotes: its title, claims, names, cues, hedges. */
function pageStrings(results: TabResults): string[] {
  return [results.page?.title ?? '', results.page?.publisher ?? '', results.page?.author ?? '',
    ...results.claims.flatMap((c) => [c.text, c.source?.name ?? '', c.source?.via?.name ?? '', c.cue?.text ?? '', c.quantity?.text ?? '', ...c.hedges])];
}

describe('Chromium with a German interface', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => { ext = await launchChromium(DIST, { locale: 'de' }); });
  afterAll(async () => ext?.close());

  it('runs in German (chromium-l10n installed) and reads the German manifest and commands', async () => {
    const sw = await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    const seen = await sw!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string }; commands: { getAll(): Promise<Array<{ name?: string; description?: string }>> } } }).chrome;
      return { lang: api.i18n.getUILanguage(), commands: await api.commands.getAll() };
    });
    expect(seen.lang, 'Chromium is not in German: is chromium-l10n installed?').toMatch(/^de\b/);
    const next = seen.commands.find((c) => c.name === 'next-claim');
    expect(next?.description).toBe(de.commandNextClaim.message);
  });

  it('the popup speaks German, with no English label left', async () => {
    const page = await ext.openPage(`${server.origin}/seed-article.html`);
    const tabId = await ext.tabIdFor(page.url());
    const results = await waitForResults(ext, tabId, 60_000);
    expect(results.claims.length).toBeGreaterThan(5);
    const { popup, errors } = await openPopup(ext, tabId);
    await popup.waitForSelector('#sm-tab-overview', { timeout: 60_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    const shown = await shownIn(popup);
    await showView(popup, 'claims');
    await popup.click('.sm-row-toggle');
    await popup.waitForSelector('.sm-row-card:not([hidden]) .sm-card');
    shown.push(...await shownIn(popup));
    await showView(popup, 'settings');
    shown.push(...await shownIn(popup));

    expect(englishLeft(shown, en, de, pageStrings(results))).toEqual([]);
    // German is really there: the tab names and the counts, with German number and plural forms.
    const all = shown.join('\n');
    expect(all).toContain(de.tabOverview.message);
    expect(all).toContain(de.settingsTitle.message);
    expect(all).toContain(`${results.claims.length} Aussagen nach Sicherheit`);
    expect(await errors()).toEqual([]);
    await popup.close();

    // The card in the page, opened by a click on a highlighted figure.
    await page.bringToFront();
    await clickOnText(page, '10,000');
    await waitForCardText(page, (text) => text.includes(de.cardConfidence.message));
    const card = await cardShownText(page);
    expect(card).not.toBeNull();
    expect(englishLeft(card!, en, de, pageStrings(results))).toEqual([]);
    expect(card!.join('\n')).toContain(de.cardReasonsTitle.message);
    await page.close();
  });

  it('the options page speaks German', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.waitForSelector('.sm-shortcuts');
    const shown = await shownIn(options);
    expect(englishLeft(shown, en, de)).toEqual([]);
    expect(shown).toContain(de.optionsShortcuts.message);
    expect(await options.title()).toBe(de.optionsPageTitle.message);
    // Its privacy policy link opens the German policy.
    await Promise.all([options.waitForNavigation(), options.click(`a[href="${de.optionsPrivacyPage.message}"]`)]);
    expect(options.url()).toBe(`${ext.extensionBase}privacy.de.html`);
    expect(await options.$eval('html', (h) => h.lang)).toBe('de');
    await options.close();
  });
});
