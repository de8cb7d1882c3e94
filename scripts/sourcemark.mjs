#!/usr/bin/env node
// The `sourcemark` command (package.json "bin"): runs src/cli.ts through esbuild, so it works right after `npm ci`.
import { runTs } from './run-ts.mjs';

await runTs('src/cli.ts', process.argv.slice(2));
