#!/usr/bin/env node
// Bundles the command line (src/cli.ts) into dist/cli/sourcemark.mjs, run by scripts/sourcemark.mjs.
// Packages stay external and are imported at run time: only jsdom (a runtime dependency, loaded for HTML input
// only). esbuild is needed to build, never to run, so the command works after `npm prune --omit=dev`.
import { build } from 'esbuild';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(root, 'dist', 'cli', 'sourcemark.mjs');

export async function buildCli() {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  await mkdir(path.dirname(CLI_BUNDLE), { recursive: true });
  // Written beside and renamed into place: a command started meanwhile sees the old bundle or the new, never half.
  const partial = `${CLI_BUNDLE}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(root, 'src', 'cli.ts')],
    outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'silent', legalComments: 'none',
    define: { SOURCEMARK_VERSION: JSON.stringify(version) },
  });
  await rename(partial, CLI_BUNDLE);
  return CLI_BUNDLE;
}

if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) {
  try {
    await buildCli();
    console.log(`built ${path.relative(root, CLI_BUNDLE)}`);
  } catch (error) {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  }
}
