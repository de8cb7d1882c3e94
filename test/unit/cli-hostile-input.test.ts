// The command line against input meant to hurt: terminal escape codes in a page, HTML in Markdown, binary files,
// endless devices and streams, and 30 MB of text. Run as a user runs it, in child processes.
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis';
import { expectOneLineError, FIXTURES, run, start, type Run } from '../support/cli-run';

interface JsonReport { page: null | Record<string, string | null>; text: string; claims: Claim[] }

/** What must never reach a terminal: C0 (but tab and line feed), DEL, C1, and the bidi embeddings, overrides and isolates. */
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\x1b';
const C1_CSI = '\x9b';
/** A title that would set the terminal's title, clear the screen, blink, colour and reverse what follows. */
const HOSTILE_TITLE = `Minister${ESC}]0;pwned\x07 resigns ${ESC}[2J${ESC}[5mtoday${ESC}[0m${C1_CSI}31m \u202eweiv`;
const HOSTILE_SENTENCE = `The ministry said ${ESC}[31m300 soldiers${ESC}[0m were deployed near the border${ESC}]8;;http://evil.example/\x07, according to \u202eofficials\u202c.`;

describe('sourcemark analyze on hostile input', { timeout: 60_000 }, () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourcemark-hostile-'));
  const file = (name: string, content: string | Uint8Array) => {
    const target = path.join(tmp, name);
    writeFileSync(target, content);
    return target;
  };

  describe('no control character from a page in any output', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${HOSTILE_SENTENCE} Paragraph ${i + 1} goes on about the deployment, the weather and the roads for a while longer.</p>`).join('');
    const page = () => file('hostile.html', `<!doctype html><html><head><title>${HOSTILE_TITLE}</title><meta name="author" content="Jane ${ESC}[5mDoe${C1_CSI}2J"></head><body><article><h1>${HOSTILE_TITLE}</h1>${body}</article></body></html>`);

    for (const format of ['json', 'table', 'markdown']) {
      it(`--format ${format}`, async () => {
        const r = await run(['analyze', page(), '--format', format]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('300 soldiers');
        expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
        expect(r.stdout).not.toContain('pwned');
        expect(r.stdout).not.toContain('evil.example');
      });
    }

    it('json: the title is its visible text, and the blanked text still indexes every claim', async () => {
      const report = JSON.parse((await run(['analyze', page(), '--format', 'json'])).stdout) as JsonReport;
      expect(report.page?.title).toBe('Minister resigns today weiv');
      expect(report.page?.author).toBe('Jane Doe');
      expect(report.claims.length).toBeGreaterThan(0);
      for (const c of report.claims) expect(report.text.slice(c.start, c.end)).toBe(c.text);
    });

    it('plain text keeps its length: control characters become spaces, so offsets index the input', async () => {
      const input = `${HOSTILE_SENTENCE}\n${HOSTILE_SENTENCE}\n`;
      const r = await run(['analyze', '-'], input);
      expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.text).toHaveLength(input.length);
      expect(report.text.indexOf('300 soldiers')).toBe(input.indexOf('300 soldiers'));
      expect(report.claims.some((c) => c.text.includes('300 soldiers'))).toBe(true);
    });

    it('--jsonl', async () => {
      const r = await run(['analyze', '--jsonl', '-'], `${JSON.stringify({ id: 'x', text: HOSTILE_SENTENCE })}\n`);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
      const line = JSON.parse(r.stdout) as { claims: Claim[] };
      expect(line.claims.some((c) => c.text.includes('300 soldiers'))).toBe(true);
    });
  });

  it('Markdown: the page\'s HTML is escaped, never passed to a renderer', async () => {
    const quote = '"<img src=x onerror=alert(1)> We sent 300 soldiers <script>alert(2)</script> to [the border](javascript:alert(3))," the minister said.';
    const html = file('markup.html', `<html><head><title>&lt;script&gt;alert(0)&lt;/script&gt; News</title></head><body><article>${
      Array.from({ length: 6 }, () => `<p>${quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} More words follow here.</p>`).join('')}</article></body></html>`);
    const md = await run(['analyze', html, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## &lt;script&gt;alert(0)&lt;/script&gt; News');
    expect(md.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md.stdout).not.toMatch(/<[a-z/!]/i);
    expect(md.stdout).toContain('\\[the border\\](javascript:alert(3))');
    expect(md.stdout).not.toMatch(/[^\\]\]\(/);
  });

  describe('binary input: refused with exit 2 and one line', () => {
    const png = () => file('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), randomBytes(4096)]));
    const noNul = () => file('noise.dat', Buffer.from(randomBytes(8192).map((b) => b || 1)));
    const utf16 = () => file('utf16.txt', Buffer.from('\ufeffThe ministry said 300 soldiers were deployed.', 'utf16le'));
    const cases: Array<[string, () => string[], RegExp]> = [
      ['a PNG file', () => ['analyze', png()], /image\.png: it looks binary \(a NUL byte\)/],
      ['a PNG file named .html', () => ['analyze', file('image.html', readFileSync(png()))], /image\.html: it looks binary/],
      ['random bytes without a NUL', () => ['analyze', noNul()], /it looks binary \(mostly control characters\)/],
      ['UTF-16', () => ['analyze', utf16()], /UTF-16 byte-order mark: convert it to UTF-8/],
      ['a PNG as --jsonl', () => ['analyze', '--jsonl', png()], /it looks binary \(a NUL byte\)/],
      ['/dev/zero', () => ['analyze', '/dev/zero'], /\/dev\/zero: it looks binary/],
      ['/dev/urandom', () => ['analyze', '/dev/urandom'], /\/dev\/urandom: it looks binary/],
      ['--jsonl /dev/zero', () => ['analyze', '--jsonl', '/dev/zero'], /it looks binary/],
    ];
    for (const [name, args, pattern] of cases) it(name, async () => expectOneLineError(await run(args()), 2, pattern));

    it('a PNG on standard input', async () => expectOneLineError(await run(['analyze', '-'], readFileSync(png()).toString('latin1')), 2, /standard input: it looks binary/));

    for (const args of [['analyze', '-'], ['analyze', '--jsonl', '-']]) {
      it(`/dev/zero as standard input of ${args.join(' ')}`, async () => {
        const zero = openSync('/dev/zero', 'r');
        try {
          expectOneLineError(await run(args, zero), 2, /it looks binary \(a NUL byte\)/);
        } finally {
          closeSync(zero);
        }
      });
    }
  });

  describe('oversized and endless input: refused with exit 2 and one line, never read until killed', () => {
    it('30 MB of text in a file: refused by its size, before it is read', async () => {
      const line = 'Officials said on Monday that 40 people were killed in the flooding, according to the ministry.\n';
      const big = file('big.txt', line.repeat(Math.ceil((30 * 1024 * 1024) / line.length)));
      expect(statSync(big).size).toBeGreaterThanOrEqual(30 * 1024 * 1024);
      expectOneLineError(await run(['analyze', big]), 2, /big\.txt: larger than 20 MB \(--max-bytes raises the limit\)/);
    });

    it('--max-bytes sets the limit: a file of exactly the limit passes, one byte less refuses it', async () => {
      const seed = path.join(FIXTURES, 'seed-article.txt');
      const size = statSync(seed).size;
      expect((await run(['analyze', '--max-bytes', String(size), seed])).code).toBe(0);
      expectOneLineError(await run(['analyze', '--max-bytes', String(size - 1), seed]), 2, /larger than .* \(--max-bytes raises the limit\)/);
      expectOneLineError(await run(['analyze', '--max-bytes', '1K', seed]), 2, /larger than 1 KB/);
    });

    it('endless text on standard input stops at the limit', async () => {
      expectOneLineError(await feedForever(['analyze', '--max-bytes', '1M', '-'], 'The ministry said 300 soldiers were deployed.\n'), 2,
        /standard input: larger than 1 MB \(--max-bytes raises the limit\)/);
    });

    it('--jsonl: a line that never ends stops at the limit', async () => {
      expectOneLineError(await feedForever(['analyze', '--jsonl', '-', '--max-bytes', '1M'], '{"id": 1, "text": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.padEnd(4096, 'a')), 2,
        /stdin, line 1: larger than 1 MB/);
    });
  });

  it('--jsonl streams 30 MB: each line is answered while the rest is still unwritten, in order, exit 0', { timeout: 240_000 }, async () => {
    const calm = 'The weather was mild and the river stayed calm for most of the week. '.repeat(18);
    const lineFor = (n: number) => `${JSON.stringify({ id: n, text: `Officials said ${n % 500} people were evacuated, according to the ministry. ${calm}` })}\n`;
    const child = start(['analyze', '--jsonl', '-']);
    let answered = 0;
    let pending = '';
    let outOfOrder: string | null = null;
    let waiter: { until: number; resolve: () => void } | null = null;
    child.stdout.setEncoding('utf8').on('data', (data: string) => {
      const lines = (pending + data).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const out = JSON.parse(line) as { id: number; claims?: Claim[] };
        if (out.id !== answered || !Array.isArray(out.claims)) outOfOrder ??= line.slice(0, 200);
        answered++;
      }
      if (waiter && answered >= waiter.until) waiter.resolve();
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const caughtUpTo = (until: number) => new Promise<void>((resolve) => {
      if (answered >= until) resolve();
      else waiter = { until, resolve };
    });
    // 30 MB in 1 MB batches. Before each batch, the command must have answered every line but those of the last
    // two batches: a command that gathered its input before answering would never get there (the test would time out).
    const MB = 1024 * 1024;
    const batchEnds: number[] = [];
    let written = 0;
    let bytes = 0;
    while (bytes < 30 * MB) {
      if (batchEnds.length >= 2) await caughtUpTo(batchEnds[batchEnds.length - 2]);
      let batch = '';
      while (batch.length < MB) batch += lineFor(written++);
      bytes += batch.length;
      batchEnds.push(written);
      if (!child.stdin.write(batch)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(outOfOrder).toBeNull();
    expect(bytes).toBeGreaterThanOrEqual(30 * MB);
    expect(answered).toBe(written);
  });
});

/** Writes `chunk` to the command's standard input again and again until it exits. */
function feedForever(args: string[], chunk: string): Promise<Run> {
  const child = start(args);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  child.stdin.on('error', () => undefined);
  const block = chunk.repeat(Math.ceil(65536 / chunk.length));
  let open = true;
  const more = () => { while (open && child.stdin.write(block)); };
  child.stdin.on('drain', more);
  more();
  return new Promise((resolve) => child.on('close', (code) => {
    open = false;
    resolve({ code, stdout, stderr });
  }));
}
