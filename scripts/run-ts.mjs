#!/usr/bin/env node
// Runs a TypeScript entry point (the CLI, eval, bench) without a separate build step:
// esbuild bundles it into node_modules/.cache (about 50 ms) and Node imports the result.
// Packages stay external, so jsdom and friends load from node_modules as usual.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runTs(entry, argv) {
  const name = path.basename(entry).replace(/\.tsx?$/, '');
  const outfile = path.join(root, 'node_modules', '.cache', 'sourcemark', `${name}.mjs`);
  await build({
    entryPoints: [path.resolve(root, entry)],
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'error',
    sourcemap: 'inline',
  });
  const mod = await import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
  if (typeof mod.main === 'function') {
    const code = await mod.main(argv);
    if (typeof code === 'number') process.exitCode = code;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) { console.error('usage: run-ts.mjs FILE.ts [args...]'); process.exit(2); }
  await runTs(entry, rest);
}
