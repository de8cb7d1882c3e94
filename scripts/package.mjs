#!/usr/bin/env node
// Zips dist/chrome and dist/firefox into the files the stores take (run after the build: `npm run package`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));

for (const browserName of ['chrome', 'firefox']) {
  const dir = path.join(root, 'dist', browserName);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`dist/${browserName} is missing: run npm run build first`);
    process.exit(1);
  }
  const zip = path.join(root, 'dist', `sourcemark-${browserName}-${version}.zip`);
  rmSync(zip, { force: true });
  // web-ext's zip is the one AMO expects; Chrome takes the same layout (manifest at the root).
  execFileSync(path.join(root, 'node_modules', '.bin', 'web-ext'), ['build', '--source-dir', dir, '--artifacts-dir', path.join(root, 'dist'), '--filename', path.basename(zip), '--overwrite-dest'], { stdio: 'inherit' });
  console.log(`packaged ${path.relative(root, zip)}`);
}
