// Hostile and strange pages in real Chromium (and the markup page in Firefox ESR): the analysis completes,
// no script from page text runs, editable and hidden text is never read, the page stays responsive and untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { TabResults } from '../../src/messages';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { pageWatch, watchPage } from './page-watch';

const SENTENCES = [
  'The ministry said 1,200 people had fled the fighting in the east.',
  '"We will not retreat," the commander told reporters on Monday.',
  'According to the agency, at least 42 people were killed in the strike.',
  'Officials said some 3,000 troops had been moved to the border.',
  'The weather was mild and the market reopened after the holiday.',
];

const routes: Record<string, () => string> = {
  '/gen/huge-paragraph.html': () => {
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += SENTENCES[i % SENTENCES.length] + ' ';
    return article('One very long paragraph', `<p>${text}</p>`);
  },
  '/gen/many-numbers.html': () => {
    const parts: string[] = [];
    for (let i = 0; i < 100_000; i++) parts.push(`${(i * 37) % 9973} troops`);
    return article('A hundred thousand numbers', `<p>Officials said ${parts.slice(0, 50).join(', ')}.</p><p>${parts.join(', ')}</p>`);
  },
  // 1,500 levels, built by script (the HTML parser stops at 512): Chromium 156's renderer itself crashes laying
  // out 3,000 nested divs, with or without Sourcemark. The 5,000-level walk is held in jsdom (test/dom/hostile-dom).
  '/gen/deep-dom.html': () => article('Deep nesting', '<div id="deep"></div>', `<script>
    let node = document.getElementById('deep');
    for (let i = 0; i < 1500; i++) { const d = document.createElement('div'); node.appendChild(d); node = d; }
    const p = document.createElement('p'); p.textContent = ${JSON.stringify(SENTENCES.join(' '))}; node.appendChild(p);
  </script>`),
};

function article(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${body}</article>${script}</body></html>`;
}

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures', { routes }); });
afterAll(async () => server?.close());

async function analyzed(ext: ExtensionBrowser, page: Page, timeout = 60_000): Promise<TabResults & { tabId: number }> {
  const tabId = await ext.tabIdFor(page.url());
  return { ...(await waitForResults(ext, tabId, timeout, 150)), tabId };
}

async function open(ext: ExtensionBrowser, path: string, watchFromStart = true): Promise<Page> {
  const page = await ext.browser.newPage();
  if (watchFromStart) await watchPage(page);
  page.on('pageerror', () => undefined);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** Longest gap between animation frames while we poke the page: a frozen page has huge gaps. */
async function responsive(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    let last = performance.now(), worst = 0, frames = 0;
    const tick = () => {
      const now = performance.now();
      worst = Math.max(worst, now - last); last = now;
      if (++frames < 20) requestAnimationFrame(tick); else resolve(worst);
    };
    requestAnimationFrame(tick);
  }));
}

describe('hostile pages in Chromium', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => { ext = await launchChromium(); });
  afterAll(async () => { await ext?.close(); });

  it('shows page text that looks like markup only as text, in the popup too', async () => {
    const page = await open(ext, '/hostile/markup-as-text.html');
    const results = await analyzed(ext, page);
    expect(results.status).toBe('ready');
    const popup = await ext.openExtensionPage(`popup.html?tab=${results.tabId}`);
    await popup.waitForSelector('#sm-tab-claims', { timeout: 60_000 });
      await popup.click('#sm-tab-claims');
      await popup.waitForFunction(() => document.querySelectorAll('[data-claim-id]').length > 0, { timeout: 60_000 });
    expect(await popup.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((await pageWatch(page)).mutations).toBe(0);
    await popup.close();
    await page.close();
  });

  it('never reads editable content, form fields or code', async () => {
    const page = await open(ext, '/hostile/editable-and-forms.html');
    const results = await analyzed(ext, page);
    const all = results.claims.map((c) => c.text).join(' | ');
    for (const hidden of ['9,999', '7,777', '5,555', '8,888']) expect(all).not.toContain(hidden);
    expect((await pageWatch(page)).mutations).toBe(0);
    await page.close();
  });

  for (const path of ['/hostile/rtl-mixed.html', '/hostile/throwing-page.html', '/hostile/frames-and-shadow.html']) {
    it(`completes on ${path} without touching the page`, async () => {
      const page = await open(ext, path);
      const results = await analyzed(ext, page);
      expect(['ready', 'nothing-found']).toContain(results.status);
      expect((await pageWatch(page)).mutations).toBe(0);
      await page.close();
    });
  }

  for (const path of ['/gen/huge-paragraph.html', '/gen/many-numbers.html', '/gen/deep-dom.html']) {
    it(`stays bounded and responsive on ${path}`, async () => {
      // Deep DOM is built by the page's own script, so mutations are only watched on the static pages.
      const page = await open(ext, path, path !== '/gen/deep-dom.html');
      const results = await analyzed(ext, page);
      // The two big pages are full of claims: 'nothing-found' there would mean the analysis failed.
      if (path === '/gen/deep-dom.html') expect(['ready', 'nothing-found', 'no-article']).toContain(results.status);
      else expect(results.status).toBe('ready');
      expect(results.claims.length).toBeLessThanOrEqual(2000);
      // Both big pages are reported in parts (src/report/parts.ts): what the background holds is the whole.
      if (path === '/gen/many-numbers.html') {
        expect(results.capped).toBe(true);
        expect(results.claims.length).toBe(2000);
        expect(new Set(results.claims.map((c) => c.id)).size).toBe(2000);
      }
      if (path === '/gen/huge-paragraph.html') expect(results.text?.length).toBeGreaterThan(1_000_000);
      // The page still draws frames (its main thread is not held); the worst gap is logged, not bounded: a time
      // limit fails on a busy shared machine, and speed is held by `npm run bench:browser`.
      console.info(`${path}: worst frame gap ${Math.round(await responsive(page))} ms`);
      if (path !== '/gen/deep-dom.html') expect((await pageWatch(page)).mutations).toBe(0);
      await page.close();
    });
  }
});

describe('hostile pages in Firefox ESR', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => { ext = await launchFirefox(); });
  afterAll(async () => { await ext?.close(); });

  it('shows page text that looks like markup only as text', async () => {
    const page = await open(ext, '/hostile/markup-as-text.html');
    const results = await analyzed(ext, page);
    expect(results.status).toBe('ready');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((await pageWatch(page)).mutations).toBe(0);
    await page.close();
  });
});
