#!/usr/bin/env node
// `npm start [-- --firefox] [-- --headless | --serve-only]`: builds, serves the demo article on 127.0.0.1 and opens a
// real browser window with the extension loaded. `--headless` (or SOURCEMARK_HEADLESS=1) runs the same without a
// window and says when the article is highlighted; `--serve-only` only serves. Both exist for machines without a
// display and for the test that runs this script. Ctrl-C stops everything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { serveDemo } from './start/demo-server.mjs';
import { launchDemoBrowser, waitForHighlights } from './start/demo-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const serveOnly = args.includes('--serve-only');
const headless = args.includes('--headless') || process.env.SOURCEMARK_HEADLESS === '1';
const HIGHLIGHT_WAIT_MS = 120_000;

if (!headless && !serveOnly && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here: try `npm start -- --headless`, `npx sourcemark analyze test/fixtures/seed-article.html` or the headless tests (`npm test`).');
  process.exit(0);
}

await buildAll();
const server = await serveDemo(path.join(root, 'test', 'fixtures'));
const url = `${server.origin}/seed-article.html`;
console.log(`Serving the demo article on ${url}`);

let browser = null;
async function stop(code) {
  await browser?.close().catch(() => undefined);
  await server.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

if (serveOnly) {
  console.log('Serving only (no browser). Ctrl-C to stop.');
} else {
  try {
    browser = await launchDemoBrowser({ root, firefox, headless });
  } catch (error) {
    console.error(error.message);
    await stop(1);
  }
  const [first] = await browser.pages();
  const page = first ?? (await browser.newPage());
  await page.goto(url);
  browser.on('disconnected', () => void stop(0));
  const where = firefox ? 'Firefox' : 'Chromium';
  if (headless) {
    const count = await waitForHighlights(page, HIGHLIGHT_WAIT_MS);
    if (count === null) {
      console.error(`The extension highlighted nothing on ${url} in ${where}.`);
      await stop(1);
    }
    // Highlights, not claims: claims that overlap share one highlighted range (the CLI lists each claim).
    console.log(`Sourcemark drew ${count} highlights in headless ${where}. Ctrl-C to stop.`);
  } else {
    console.log(`Sourcemark is running in ${where} on ${url} — close the window to stop.`);
  }
}
