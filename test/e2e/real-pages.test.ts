// Every real page of test/fixtures/pages in Chromium (a varied third in Firefox ESR), served from 127.0.0.1
// with the page's own scripts stripped (they never ran when the pages were saved, and they would mutate the DOM;
// see server.ts: script elements, srcdoc frames, inline handlers):
// the analysis completes, the DOM is untouched, no error, non-articles stay quiet. Prints a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchChromium, launchFirefox, waitForResults, type ExtensionBrowser } from './browsers';
import { serveDirectory, type FixtureServer } from './server';
import { pageWatch, watchPage } from './page-watch';

const pages: Array<{ name: string; lang: string | null }> = JSON.parse(readFileSync('test/fixtures/pages/index.json', 'utf8'));
const FIREFOX_SHARE = pages.filter((_, i) => i % 3 === 0).map((p) => p.name);

let server: FixtureServer;
beforeAll(async () => { server = await serveDirectory('test/fixtures', { stripScripts: true }); });
afterAll(async () => server?.close());

interface Row { page: string; status: string; claims: number; ms: number }

for (const [launch, names] of [[launchChromium, pages.map((p) => p.name)], [launchFirefox, FIREFOX_SHARE]] as const) {
  describe(`real pages in ${launch.name.replace('launch', '')}`, () => {
    let ext: ExtensionBrowser;
    const rows: Row[] = [];
    beforeAll(async () => { ext = await launch(); });
    afterAll(async () => {
      console.log(`\n${launch.name.replace('launch', '')}: claims and time per page\n` + rows.map((r) => `${r.page.padEnd(28)} ${r.status.padEnd(14)} ${String(r.claims).padStart(4)} claims ${String(r.ms).padStart(6)} ms`).join('\n'));
      await ext?.close();
    });

    for (const name of names) {
      it(name, async () => {
        const page = await ext.browser.newPage();
        await watchPage(page);
        const consoleErrors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error' && /sourcemark|extension/i.test(m.text())) consoleErrors.push(m.text()); });
        // The saved pages point at their publishers' servers: refuse those at once (this machine has no
        // internet, and waiting for each to fail only slows the run). Loopback and inline resources load.
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          // A request the page already dropped can no longer be answered (Firefox rejects): nothing to do then.
          const answer = url.startsWith(server.origin) || url.startsWith('data:') ? request.continue() : request.abort();
          answer.catch(() => undefined);
        });
        const started = Date.now();
        await page.goto(`${server.origin}/pages/${name}.html`, { waitUntil: 'load' });
        const tabId = await ext.tabIdFor(page.url());
        const results = await waitForResults(ext, tabId, 20_000);
        rows.push({ page: name, status: results.status, claims: results.claims.length, ms: Date.now() - started });
        const watch = await pageWatch(page);
        expect(watch.mutations, `page mutated: ${watch.samples.join('; ')}`).toBe(0);
        expect(watch.errors).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(['ready', 'nothing-found', 'no-article']).toContain(results.status);
        await page.close();
      });
    }
  });
}
