// Where the project's files are, whether this code runs from source (vitest) or from the
// esbuild bundle that scripts/run-ts.mjs writes into node_modules/.cache.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  // Set by scripts/run-ts.mjs: the checkout that runs the script, even when the bundle sits in another
  // checkout's node_modules (a worktree linking the main one's).
  const given = process.env.SOURCEMARK_ROOT;
  if (given && existsSync(path.join(given, 'package.json'))) return given;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"sourcemark"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const ROOT = findRoot();
export const PAGES_DIR = path.join(ROOT, 'test/fixtures/pages');
export const EVAL_DIR = path.join(ROOT, 'test/fixtures/eval');
export const DEFAULT_POLNEAR_DIR = path.resolve(ROOT, '../shared/data/polnear');
