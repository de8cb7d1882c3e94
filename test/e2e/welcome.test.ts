// The first-run page, in real Chromium and Firefox ESR, installed as a reader installs it (no site access granted):
// it opens by itself on install, says how to use Sourcemark (the four levels as the page paints them, the card, the
// popup, the side panel, the browser's real shortcuts) and what stays private, passes axe-core, and its read-mode
// choice holds: "Only when I click" is stored and said; "Every article I open" asks the browser (Firefox: its prompt
// switched off, extensions.webextOptionalPermissionPrompts false, grants as a reader accepting would; Chromium's
// prompt cannot be answered by automation, so there the install granted every site stands for the accepted prompt).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { waitFor } from './inpage-helpers';
import { axeViolations } from './popup-helpers';

type Api = {
  permissions: { contains(p: object): Promise<boolean> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
};

/** The stored read mode and whether the browser grants every site, asked from the welcome page itself. */
function extensionState(page: Page): Promise<{ readMode: string | undefined; allSites: boolean; registered: number }> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const stored = (await api.storage.local.get('sourcemark.settings'))['sourcemark.settings'] as { readMode?: string } | undefined;
    return {
      readMode: stored?.readMode,
      allSites: await api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
      registered: (await api.scripting.getRegisteredContentScripts()).length,
    };
  });
}

const readyText = (page: Page) => page.evaluate(() => document.querySelector('.sm-welcome-ready')?.textContent ?? null);

async function choose(page: Page, mode: 'all-sites' | 'click'): Promise<void> {
  await page.click(`input[name="sm-read-mode"][value="${mode}"]`);
}

/** What the page teaches, in the order a reader meets it. */
async function checkContent(page: Page): Promise<void> {
  await waitFor(page, () => document.querySelector('h1')?.textContent === 'Sourcemark is installed');
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
  for (const words of ['When Sourcemark reads a page', 'Every article I open', 'Only when I click', 'How to use it',
    'Click a highlight to open its card', 'Open side panel', 'What stays on your computer', 'sends nothing anywhere']) {
    expect(text, words).toContain(words);
  }
  // The four levels, painted as the page paints them: each sample has its own colour and its own underline style.
  const samples = await page.$$eval('.sm-welcome-sample', (els) => els.map((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, line: s.textDecorationStyle, level: el.parentElement!.textContent!.replace(el.textContent!, '').trim() };
  }));
  expect(samples.map((s) => s.level)).toEqual(['High confidence', 'Medium confidence', 'Low confidence', 'No source given']);
  expect(new Set(samples.map((s) => s.bg)).size).toBe(4);
  expect(samples.map((s) => s.line)).toEqual(['solid', 'dashed', 'dotted', 'wavy']);
  // The browser's own shortcuts (commands.getAll), not a copy of the manifest's.
  expect(await page.$$eval('.sm-shortcuts td', (tds) => tds.map((td) => td.textContent))).toContain('Alt+Shift+S');
  expect(await axeViolations(page)).toEqual([]);
}

async function screenshot(page: Page, browserName: string): Promise<void> {
  await mkdir('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: `artifacts/screenshots/${browserName}-welcome.png`, fullPage: true });
}

describe('Firefox, installed with no site access', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  afterAll(async () => { await ext?.close(); });

  it('opens on install, teaches, passes axe, and the choice is stored and granted', async () => {
    ext = await launchFirefox(undefined, { 'extensions.webextOptionalPermissionPrompts': false }, { allSites: false, welcome: 'keep' });
    page = ext.welcome!;
    await checkContent(page);
    await choose(page, 'click');
    await waitFor(page, () => document.querySelector('.sm-welcome-ready')?.textContent?.startsWith('Done: on a news article, click') ?? false);
    expect(await extensionState(page)).toMatchObject({ readMode: 'click', allSites: false, registered: 0 });
    await choose(page, 'all-sites');
    await waitFor(page, () => document.querySelector('.sm-welcome-ready')?.textContent?.startsWith('Done: Sourcemark will read every article') ?? false);
    await waitFor(page, async () => {
      const g = globalThis as unknown as { browser: Api };
      return (await g.browser.scripting.getRegisteredContentScripts()).length === 1;
    });
    expect(await extensionState(page)).toMatchObject({ readMode: 'all-sites', allSites: true });
    await screenshot(page, 'firefox');
  });
});

describe('Chromium', () => {
  it('installed with no site access: opens on install, teaches, passes axe; "Only when I click" is stored', async () => {
    const ext = await launchChromium(undefined, { allSites: false, welcome: 'keep' });
    try {
      const page = ext.welcome!;
      await checkContent(page);
      expect(await readyText(page)).toBeNull(); // nothing chosen yet, and nothing granted: no "Done"
      await choose(page, 'click');
      await waitFor(page, () => document.querySelector('.sm-welcome-ready')?.textContent?.startsWith('Done: on a news article, click') ?? false);
      expect(await extensionState(page)).toMatchObject({ readMode: 'click', allSites: false, registered: 0 });
      await screenshot(page, 'chromium');
    } finally {
      await ext.close();
    }
  });

  it('installed with every site granted (the prompt accepted): says it reads every article', async () => {
    const ext = await launchChromium(undefined, { welcome: 'keep' });
    try {
      const page = ext.welcome!;
      await waitFor(page, () => document.querySelector('.sm-welcome-ready')?.textContent?.startsWith('Done: Sourcemark will read every article') ?? false);
      expect(await extensionState(page)).toMatchObject({ allSites: true, registered: 1 });
    } finally {
      await ext.close();
    }
  });
});
