#!/usr/bin/env node
// `npm start [-- --firefox]`: builds, serves the demo article on 127.0.0.1 and opens a real browser window
// with the extension loaded. Without a display it says so and points to the CLI and the headless tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const firefox = process.argv.includes('--firefox');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here: try `npx sourcemark analyze test/fixtures/seed-article.html` or the headless tests (`npm test`).');
  process.exit(0);
}

await buildAll();
const fixtures = path.join(root, 'test', 'fixtures');
const server = createServer(async (req, res) => {
  const file = path.resolve(fixtures, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(fixtures + path.sep)) return res.writeHead(403).end();
  try {
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/seed-article.html`;

const browser = firefox
  ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: false, defaultViewport: null,
    extraPrefsFirefox: { 'extensions.originControls.grantByDefault': true } })
  : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: false, pipe: true, defaultViewport: null,
    enableExtensions: [path.join(root, 'dist', 'chrome')], args: ['--no-first-run', '--disable-background-networking', '--disable-sync'] });
if (firefox) await browser.installExtension(path.join(root, 'dist', 'firefox'));
const [first] = await browser.pages();
await (first ?? (await browser.newPage())).goto(url);
console.log(`Sourcemark is running in ${firefox ? 'Firefox' : 'Chromium'} on ${url} — close the window to stop.`);
browser.on('disconnected', () => { server.close(); process.exit(0); });
