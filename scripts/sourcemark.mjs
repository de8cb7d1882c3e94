#!/usr/bin/env node
// The `sourcemark` command (package.json "bin"): runs the prebuilt dist/cli/sourcemark.mjs (`npm run build`).
// A fresh clone has no dist/ yet, so right after `npm ci` the first call builds the bundle (esbuild is there then);
// so does a call after src/ changed, when esbuild is at hand. Without esbuild (`npm prune --omit=dev`) the
// bundle is run as it is. Building here rather than in a prepare/postinstall script keeps `npm ci --omit=dev`
// working (such a script would need esbuild, which that install leaves out) and installs quiet.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'sourcemark.mjs');

/** The newest modification time under src/ and of package.json (a few ms for the ~100 files). */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  if (existsSync(path.join(root, 'src'))) visit(path.join(root, 'src'));
  return Math.max(newest, statSync(path.join(root, 'package.json')).mtimeMs);
}

async function ensureBundle() {
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource();
  if (!stale) return;
  let buildCli;
  try {
    ({ buildCli } = await import('./build-cli.mjs'));
  } catch {
    // No esbuild: a pruned install. Use the bundle it was built with, if there is one.
    if (existsSync(bundle)) return;
    process.stderr.write('sourcemark: dist/cli/sourcemark.mjs is missing and esbuild is not installed: run `npm ci && npm run build`\n');
    process.exit(1);
  }
  try {
    await buildCli();
  } catch {
    process.stderr.write('sourcemark: could not build src/cli.ts (run `npm run typecheck` to see why)\n');
    process.exit(1);
  }
}

await ensureBundle();
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
