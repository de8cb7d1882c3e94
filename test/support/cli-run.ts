// The command line as a user runs it: `node scripts/sourcemark.mjs ...` in a child process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface Run { code: number | null; stdout: string; stderr: string }

/** Starts the command; the caller feeds its standard input. */
export function start(args: string[], cwd = ROOT, launcher = 'scripts/sourcemark.mjs'): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [launcher, ...args], { cwd, env: { ...process.env, NODE_PATH: '' } });
}

/** `stdin`: a string to pipe in, or a file descriptor to hand over (/dev/zero). */
export function run(args: string[], stdin?: string | number, cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/sourcemark.mjs', ...args], {
      cwd, env: { ...process.env, NODE_PATH: '' }, stdio: [typeof stdin === 'number' ? stdin : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Both are pipes (stdio above); a handed-over stdin descriptor only makes their types optional.
    child.stdout?.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (typeof stdin !== 'number') child.stdin?.on('error', () => undefined).end(stdin ?? '');
  });
}

export function expectOneLineError(r: Run, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^sourcemark: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}
