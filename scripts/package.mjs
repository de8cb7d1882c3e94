#!/usr/bin/env node
// Zips dist/chrome and dist/firefox into the files the stores take, and the source for Mozilla's review of the
// bundled code (run after the build: `npm run package`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './zip-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));

/** web-ext's zip of a folder with a manifest.json at its root (the one AMO expects; Chrome takes the same layout). */
function zipFolder(dir, zip) {
  rmSync(zip, { force: true });
  execFileSync(path.join(root, 'node_modules', '.bin', 'web-ext'), ['build', '--source-dir', dir, '--artifacts-dir', path.dirname(zip), '--filename', path.basename(zip), '--overwrite-dest'], { stdio: 'pipe' });
  console.log(`packaged ${path.relative(root, zip)}`);
}

for (const browserName of ['chrome', 'firefox']) {
  const dir = path.join(root, 'dist', browserName);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`dist/${browserName} is missing: run npm run build first`);
    process.exit(1);
  }
  zipFolder(dir, path.join(root, 'dist', `sourcemark-${browserName}-${version}.zip`));
}

/**
 * What a reviewer needs to rebuild the bundles: the tracked files (git's list, so nothing local or ignored slips in)
 * but the tests and CI, with BUILD.md at the top.
 */
function sourceFiles() {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((file) => !/^(?:test|\.ci)\//.test(file) && existsSync(path.join(root, file)));
}

// Zipped here, not by web-ext: web-ext reads a folder as an extension and would look for _locales/ at its root.
const files = sourceFiles().map((file) => [file, readFileSync(path.join(root, file))]);
// The build instructions live in scripts/ (the project's top level is fixed); a reviewer finds them at the top.
files.unshift(['BUILD.md', readFileSync(path.join(root, 'scripts', 'BUILD.md'))]);
const sourceZip = path.join(root, 'dist', `sourcemark-source-${version}.zip`);
writeZip(sourceZip, files);
console.log(`packaged ${path.relative(root, sourceZip)}`);
