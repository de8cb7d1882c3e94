// The asking path of "Check the linked source", in Firefox ESR: the extension may read only the article's site
// (granted as a reader would, by a click in an extension page), not the linked one. The card says so and offers
// to ask; Sourcemark's permission page opens, and a real (trusted) click on "Allow" calls permissions.request
// inside the user gesture. Firefox's prompt itself cannot be answered by automation, so its optional-permission
// prompts are switched off (extensions.webextOptionalPermissionPrompts: false: the request is granted as if the
// reader accepted). Not covered end to end: "Don't allow" (the permission-refused verdict) and Chromium, which
// reports every http(s) site as readable once the content script may run (see src/linkcheck/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { articleHtml, serveSources, type SourceServer } from './linkcheck-server';
import { clickCardButton, clickOnText, inCard, waitFor } from './inpage-helpers';

let sources: SourceServer;
let articles: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  sources = await serveSources();
  const html = await articleHtml(sources.origin);
  articles = await serveDirectory('test/fixtures/linkcheck', { routes: { '/article': () => html } });
  ext = await launchFirefox(undefined, { 'extensions.originControls.grantByDefault': false, 'extensions.webextOptionalPermissionPrompts': false });
});
afterAll(async () => { await ext?.close(); await articles?.close(); await sources?.close(); });

async function grantFromExtensionPage(origin: string): Promise<void> {
  const page = await ext.openExtensionPage('popup.html?tab=-1');
  await page.evaluate((o: string) => {
    const b = document.createElement('button');
    b.id = 'grant-for-test';
    b.textContent = 'grant';
    b.onclick = () => { void (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }).browser.permissions.request({ origins: [o] }).then((g) => { b.dataset.granted = String(g); }); };
    document.body.append(b);
  }, origin);
  await page.click('#grant-for-test');
  await page.waitForFunction(() => document.getElementById('grant-for-test')?.dataset.granted === 'true', { timeout: 10_000 });
  await page.close();
}

async function permissionPage(): Promise<Page> {
  // WebDriver BiDi does not report moz-extension:// loads: look for the tab by its location.
  let page: Page | undefined;
  for (const deadline = Date.now() + 15_000; !page && Date.now() < deadline;) {
    for (const p of await ext.browser.pages()) {
      if (await p.evaluate(() => location.pathname.endsWith('/permission.html') && document.readyState === 'complete').catch(() => false)) page = p;
    }
    if (!page) await new Promise((r) => setTimeout(r, 100));
  }
  if (!page) throw new Error('the permission page did not open');
  await page.waitForFunction(() => !(document.getElementById('allow') as HTMLButtonElement).disabled, { timeout: 15_000 });
  return page;
}

const verdict = (page: Page) => inCard(page, (root) => root.querySelector('.sm-verdict')?.textContent ?? null);

describe('asking for access to the linked site, in Firefox', () => {
  it('asks through the permission page, nothing fetched before; after Allow the check runs', async () => {
    await grantFromExtensionPage('http://localhost/*');
    const page = await ext.openPage(`${articles.origin.replace('127.0.0.1', 'localhost')}/article`);
    await waitFor(page, () => CSS.highlights.size > 0);

    await clickOnText(page, 'not one step');
    await waitFor(page, () => Boolean(document.querySelector('sourcemark-card')));
    expect(await clickCardButton(page, 'Check the linked source')).toBe(true);
    const ask = 'Allow access to 127.0.0.1…';
    for (const deadline = Date.now() + 10_000; !(await inCard(page, (root, a: string) => [...root.querySelectorAll('button')].some((b) => b.textContent === a), ask)) && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
    expect(sources.seen).toEqual([]); // not readable yet: nothing was fetched
    expect(await clickCardButton(page, ask)).toBe(true);
    const asking = await permissionPage();
    expect(await asking.evaluate(() => document.getElementById('why')?.textContent)).toContain('127.0.0.1');
    await asking.click('#allow');
    // The permission page closes itself after the grant; Firefox may still be switching tabs on the first activation.
    await page.bringToFront().catch(() => page.bringToFront());
    for (const deadline = Date.now() + 20_000; !(await verdict(page)) && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100));
    expect(await verdict(page)).toMatch(/^Found in the linked source/);
    expect(sources.seen.map((r) => r.path)).toEqual(['/statement.html']);
    await page.close();
  });
});
