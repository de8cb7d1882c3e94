// The prebuilt command as a user installs it: in a copy of the project holding only the runtime dependencies
// (`npm ci --omit=dev`, what `npm prune --omit=dev` leaves), and from a folder with no node_modules at all.
// No browser here; it sits with the release checks because it needs the build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis';
import { ROOT, run } from '../support/cli-run';

const BUNDLE = 'dist/cli/sourcemark.mjs';
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

/** A copy of the project's tracked files plus the built command, without node_modules. */
function copyProject(to: string, files: string[]): void {
  for (const file of [...files, BUNDLE]) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(to, file));
  }
}

describe('the prebuilt command line', { timeout: 180_000 }, () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourcemark-release-'));
  const pruned = path.join(tmp, 'pruned');
  const bare = path.join(tmp, 'bare');
  let devTxt: { claims: Claim[] };

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(path.join(ROOT, f)));
    copyProject(pruned, tracked);
    execFileSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: pruned, stdio: 'pipe' });
    copyProject(bare, ['package.json', 'scripts/sourcemark.mjs', 'test/fixtures/seed-article.txt']);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('imports nothing but Node built-ins and the runtime dependencies', () => {
    const bundle = readFileSync(path.join(ROOT, BUNDLE), 'utf8');
    const specifiers = [...bundle.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)]
      .map((m) => m[1] ?? m[2]);
    const packages = specifiers.filter((s) => !s.startsWith('node:'));
    expect(specifiers.length).toBeGreaterThan(0);
    expect(packages.every((s) => s in pkg.dependencies), `bundle imports ${packages.join(', ')}`).toBe(true);
    // jsdom only through a dynamic import: plain text never loads it.
    expect(bundle).not.toMatch(/^import[^;]*["']jsdom["']/m);
  });

  it('the pruned install has no dev dependency (no esbuild) and jsdom', () => {
    expect(existsSync(path.join(pruned, 'node_modules/jsdom'))).toBe(true);
    for (const dev of ['esbuild', 'typescript', 'vitest', 'web-ext']) expect(existsSync(path.join(pruned, 'node_modules', dev))).toBe(false);
  });

  it('runs after `npm ci --omit=dev`: --version, plain text and HTML, with the same claims as the development tree', async () => {
    const version = await run(['--version'], undefined, pruned);
    expect(version).toMatchObject({ code: 0, stdout: `sourcemark ${pkg.version}\n` });
    devTxt = JSON.parse((await run(['analyze', 'test/fixtures/seed-article.txt'])).stdout);
    const txt = await run(['analyze', 'test/fixtures/seed-article.txt'], undefined, pruned);
    expect(txt.code).toBe(0);
    expect(txt.stderr).toBe('');
    expect((JSON.parse(txt.stdout) as { claims: Claim[] }).claims).toEqual(devTxt.claims);
    const html = await run(['analyze', 'test/fixtures/seed-article.html', '--format', 'json'], undefined, pruned);
    expect(html.code).toBe(0);
    const report = JSON.parse(html.stdout) as { page: { title: string }; claims: Claim[] };
    expect(report.page.title).toBe(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/seed-article.expected.json'), 'utf8')).page.title);
    expect(report.claims.length).toBeGreaterThan(0);
  });

  it('analyzes plain text with no node_modules at all: jsdom is loaded for HTML only', async () => {
    expect(existsSync(path.join(bare, 'node_modules'))).toBe(false);
    const txt = await run(['analyze', 'test/fixtures/seed-article.txt'], undefined, bare);
    expect(txt.code).toBe(0);
    expect((JSON.parse(txt.stdout) as { claims: Claim[] }).claims.length).toBeGreaterThan(0);
  });
});
