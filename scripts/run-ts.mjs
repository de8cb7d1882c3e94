#!/usr/bin/env node
// Runs a TypeScript entry point (eval, bench, fit) without a separate build step:
// esbuild bundles it into node_modules/.cache (about 50 ms) and Node imports the result.
// Packages stay external, so jsdom and friends load from node_modules as usual.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { rm } from 'node:fs/promises';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runTs(entry, argv) {
  const name = path.basename(entry).replace(/\.tsx?$/, '');
  // One file per process: parallel runs must not overwrite each other's bundle.
  const outfile = path.join(root, 'node_modules', '.cache', 'sourcemark', `${name}.${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [path.resolve(root, entry)],
      outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
      sourcemap: 'inline',
    });
  } catch {
    console.error(`sourcemark: could not build ${entry} (run \`npm run typecheck\` to see why)`);
    process.exit(1);
  }
  // The bundle's own path may be another checkout's (a worktree whose node_modules is a link to the main
  // one's): scripts/eval/paths.ts takes the project root from here, so fits write into this checkout.
  process.env.SOURCEMARK_ROOT ??= root;
  const mod = await import(pathToFileURL(outfile).href);
  await rm(outfile, { force: true });
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
