// `npm start` as a person runs it, without a window: the script builds, serves the demo article, launches the real
// browser with the extension and reports the highlights. Missing files are 404s and do not stop it.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';

let child: ChildProcess | null = null;
afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = null;
});

/** Starts `scripts/start.mjs` and resolves each time its output matches a pattern (waits on output, not on time). */
function startScript(args: string[]) {
  const proc = spawn(process.execPath, ['scripts/start.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer) => { output += chunk.toString(); for (const w of waiters.splice(0)) w(); };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  proc.on('exit', () => { for (const w of waiters.splice(0)) w(); });
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = output.match(pattern);
      if (match) return match;
      if (proc.exitCode !== null) throw new Error(`start.mjs exited (${proc.exitCode}) before ${pattern}:\n${output}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { proc, waitFor, output: () => output };
}

async function expectServes(origin: string, proc: ChildProcess) {
  const article = await fetch(`${origin}/seed-article.html`);
  expect(article.status).toBe(200);
  expect(article.headers.get('content-type')).toMatch(/text\/html/);
  expect(await article.text()).toMatch(/<article/);
  for (const missing of ['/favicon.ico', '/no/such/page.html', '/pages/']) {
    const res = await fetch(origin + missing);
    expect(res.status, missing).toBe(404);
  }
  expect((await fetch(`${origin}/%2e%2e/package.json`)).status).not.toBe(200);
  // Still serving after the misses (a header sent before the read used to throw and end the process).
  expect((await fetch(`${origin}/seed-article.html`)).status).toBe(200);
  expect(proc.exitCode).toBeNull();
}

describe('npm start', () => {
  it('serves the demo article, answers a missing file with 404 and keeps running (--serve-only)', async () => {
    const run = startScript(['--serve-only']);
    child = run.proc;
    const [, origin] = await run.waitFor(/Serving the demo article on (http:\/\/127\.0\.0\.1:\d+)\//);
    await expectServes(origin!, run.proc);
  });

  for (const browser of ['chromium', 'firefox'] as const) {
    it(`opens the demo article in ${browser} with the extension, which highlights it (--headless)`, async () => {
      const run = startScript(browser === 'firefox' ? ['--headless', '--firefox'] : ['--headless']);
      child = run.proc;
      const [, origin] = await run.waitFor(/Serving the demo article on (http:\/\/127\.0\.0\.1:\d+)\//);
      const [, count] = await run.waitFor(/drew (\d+) highlights/);
      expect(Number(count)).toBeGreaterThan(5);
      await expectServes(origin!, run.proc);
      expect(run.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|Error:/);
    }, 180_000);
  }

  it('says in one line when the browser cannot start', async () => {
    const proc = spawn(process.execPath, ['scripts/start.mjs', '--headless'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    child = proc;
    let stderr = '';
    proc.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise((resolve) => proc.on('exit', resolve));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Could not start Chromium \(\/nonexistent\/chromium\): /);
  });
});
