// Firefox's one-click "Allow on this site", in real Firefox ESR. Firefox treats an MV3 extension's host
// permissions as optional until the reader grants them (extensions.originControls.grantByDefault false here, as for
// a reader who declined them at install): the content script does not run on its own. A click on Sourcemark's
// toolbar button (made through Firefox's own action code) gives it the tab (activeTab): Firefox then runs the content
// script there (measured), and the popup offers the whole site in one button. That button is clicked with a trusted
// click, so permissions.request runs in the user gesture; Firefox's own prompt cannot be answered by automation, so it
// is switched off (extensions.webextOptionalPermissionPrompts false: granted as if the reader accepted). The other
// state, a page the popup cannot read at all on a site not allowed ('needs-permission', "Allow on …" then a reload),
// no longer arises after a click on the button in Firefox ESR 153; it is covered by DOM and unit tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, readResults, type ExtensionBrowser } from './browsers';
import { clickToolbarButton } from './firefox-toolbar';
import { highlightCount, waitFor, waitForState } from './inpage-helpers';
import { axeViolations, openPageWithTabId, openPopup } from './popup-helpers';
import { serveDirectory, type FixtureServer } from './server';

const GECKO_ID = 'sourcemark@sourcemark.dev';
let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await serveDirectory('test/fixtures');
  ext = await launchFirefox(undefined, { 'extensions.originControls.grantByDefault': false, 'extensions.webextOptionalPermissionPrompts': false });
});
afterAll(async () => { await ext?.close(); await server?.close(); });

/** Whether the extension holds host access to this pattern, asked from one of its pages. */
async function holds(pattern: string): Promise<boolean> {
  const probe = await ext.openExtensionPage('popup.html?tab=-1');
  try {
    return await probe.evaluate((p: string) => (globalThis as unknown as { browser: { permissions: { contains(o: object): Promise<boolean> } } })
      .browser.permissions.contains({ origins: [p] }), pattern);
  } finally {
    await probe.close();
  }
}

describe('Firefox: a site not yet allowed', () => {
  it('a click on the button reads the tab; the popup offers this site in one button; after Allow its pages are read', async () => {
    const url = `${server.origin}/seed-article.html`;
    const { page, tabId } = await openPageWithTabId(ext, () => ext.openPage(url));
    expect(await holds('http://127.0.0.1/*')).toBe(false);
    expect(await readResults(ext, tabId)).toBeNull(); // the content script did not run on its own
    expect(await highlightCount(page)).toBe(0);

    // The reader clicks Sourcemark's button: Firefox gives it this tab (activeTab) and runs the content script.
    await page.bringToFront();
    expect(await clickToolbarButton(ext.browser, GECKO_ID)).toBe(url);
    await waitForState(async () => (await readResults(ext, tabId))?.status === 'ready');
    const { popup, errors } = await openPopup(ext, tabId);
    await waitFor(popup, () => Boolean(document.querySelector('#sm-tab-claims')));
    await waitFor(popup, () => Boolean(document.querySelector('.sm-allow-site')));
    expect(await popup.$$eval('.sm-allow-site button', (bs) => bs.map((b) => b.textContent))).toEqual(['Allow on 127.0.0.1']);
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('.sm-allow-site button'); // trusted: the request runs inside the reader's click
    await waitForState(() => holds('http://127.0.0.1/*'));
    await waitFor(popup, () => !document.querySelector('.sm-allow-site'));
    expect(await errors()).toEqual([]);
    await popup.close();

    // From now on the site's pages are read as they open, without a click; other sites are still not allowed.
    const next = `${server.origin}/seed-article.html?next`;
    const { page: nextPage, tabId: nextTab } = await openPageWithTabId(ext, () => ext.openPage(next));
    await waitForState(async () => (await readResults(ext, nextTab))?.status === 'ready');
    await waitFor(nextPage, () => [...CSS.highlights.values()].some((h) => h.priority === 0 && h.size > 0)); // names are random per load
    expect(await holds('http://localhost/*')).toBe(false);
    await nextPage.close();
    await page.close();
  });
});
