#!/usr/bin/env node
// Bundles the extension with esbuild into dist/chrome and dist/firefox, each a complete unpacked extension.
// The two differ only in their manifest: each browser gets the keys it understands, from the one manifest.json.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { iconPng } from './icons.mjs';
import { buildCli } from './build-cli.mjs';
import { noInnerHtml } from './no-inner-html.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');

const entries = {
  background: 'src/background.ts',
  content: 'content-scripts/index.ts',
  popup: 'popup/index.tsx',
  options: 'src/extension-pages/options/index.tsx',
  permission: 'src/extension-pages/permission/index.ts',
  ledger: 'src/extension-pages/ledger/index.tsx',
  welcome: 'src/extension-pages/welcome/index.tsx',
};

// Loaded on demand, as ES modules with shared chunks: the linked-source check (Firefox's background page imports
// linkcheck.js; Chrome's offscreen document runs offscreen.js) and, inside it, pdf.js in a chunk of its own.
const moduleEntries = {
  linkcheck: 'src/linkcheck/entry.ts',
  offscreen: 'src/linkcheck/offscreen.ts',
};
const PDF_WORKER = 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs';

export function manifestFor(browserName, manifest) {
  const out = structuredClone(manifest);
  if (browserName === 'chrome') {
    // Chrome ignores these keys but lists them as warnings on chrome://extensions.
    delete out.browser_specific_settings;
    delete out.sidebar_action; // Firefox's side panel
    out.background = { service_worker: manifest.background.service_worker };
  } else {
    delete out.minimum_chrome_version;
    delete out.side_panel; // Chrome's side panel, and the permission only Chrome knows
    // Nor has Firefox offscreen documents: its background is a page with a DOM.
    if (out.permissions) out.permissions = out.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen');
    out.background = { scripts: manifest.background.scripts };
  }
  return out;
}

async function bundleInto(outdir) {
  const options = {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, path.join(root, v)])),
    outdir, bundle: true, format: 'iife', target: ['chrome121', 'firefox140'],
    jsx: 'automatic', jsxImportSource: 'preact', minify: process.env.SOURCEMARK_DEBUG ? false : true, sourcemap: false,
    legalComments: 'none', logLevel: 'warning', charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noInnerHtml],
    // Firefox's background imports the linked-source check from the extension's root when first needed.
    external: ['/linkcheck.js'],
  };
  await build(options);
  await build({
    ...options, entryPoints: Object.fromEntries(Object.entries(moduleEntries).map(([k, v]) => [k, path.join(root, v)])),
    outdir: path.join(outdir, 'modules'), format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]',
    // Chunk hashes depend on input paths: keep node_modules' paths as seen from the project, so a rebuild from the
    // source zip (node_modules symlinked in) gives the same chunk names.
    preserveSymlinks: true,
  });
}

export async function buildAll() {
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const staging = path.join(root, 'dist', '.bundle');
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  await bundleInto(staging);
  for (const browserName of ['chrome', 'firefox']) {
    const dir = path.join(root, 'dist', browserName);
    await mkdir(path.join(dir, 'icons'), { recursive: true });
    for (const file of Object.keys(entries)) await copyFile(path.join(staging, `${file}.js`), path.join(dir, `${file}.js`));
    // The options page, the privacy policy and their stylesheet: plain files, as they are.
    // The policy comes in each interface language (privacy.html in English, privacy.de.html, ...).
    const pages = (await readdir(path.join(root, 'src', 'extension-pages', 'options'))).filter((f) => f.endsWith('.html') || f.endsWith('.css'));
    for (const file of pages) await copyFile(path.join(root, 'src', 'extension-pages', 'options', file), path.join(dir, file));
    await cp(path.join(staging, 'modules'), dir, { recursive: true });
    await copyFile(path.join(root, PDF_WORKER), path.join(dir, 'pdf.worker.mjs'));
    if (browserName === 'chrome') await copyFile(path.join(root, 'src', 'linkcheck', 'offscreen.html'), path.join(dir, 'offscreen.html'));
    else await rm(path.join(dir, 'offscreen.js'));
    await copyFile(path.join(root, 'src', 'extension-pages', 'permission', 'permission.html'), path.join(dir, 'permission.html'));
    await copyFile(path.join(root, 'popup', 'popup.html'), path.join(dir, 'popup.html'));
    // The side panel is the popup's page and script, told by its <body data-surface="panel"> to follow the active tab.
    await copyFile(path.join(root, 'popup', 'sidepanel.html'), path.join(dir, 'sidepanel.html'));
    await copyFile(path.join(root, 'popup', 'popup-base.css'), path.join(dir, 'popup-base.css'));
    await copyFile(path.join(root, 'src', 'extension-pages', 'ledger', 'ledger.html'), path.join(dir, 'ledger.html'));
    await copyFile(path.join(root, 'src', 'extension-pages', 'welcome', 'welcome.html'), path.join(dir, 'welcome.html'));
    // The interface's words in every language (manifest __MSG_…__ keys and browser.i18n read them from here).
    await cp(path.join(root, 'src', '_locales'), path.join(dir, '_locales'), { recursive: true });
    for (const size of [16, 32, 48, 128]) await writeFile(path.join(dir, 'icons', `icon-${size}.png`), iconPng(size));
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(browserName, manifest), null, 2));
  }
  await rm(staging, { recursive: true, force: true });
  await buildCli();
}

if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) {
  try {
    await buildAll();
    console.log('built dist/chrome, dist/firefox and dist/cli');
    if (watch) {
      const { watch: fsWatch } = await import('node:fs');
      let timer;
      for (const dir of ['src', 'popup', 'content-scripts']) {
        fsWatch(path.join(root, dir), { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => buildAll().then(() => console.log('rebuilt', new Date().toLocaleTimeString()), (e) => console.error(e.message)), 100);
        });
      }
      console.log('watching src/, popup/, content-scripts/ …');
    }
  } catch (error) {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  }
}
