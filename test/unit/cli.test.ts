// The command line as a user runs it: `node scripts/sourcemark.mjs analyze ...` in a child process.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/analysis';
import { expectOneLineError, FIXTURES, run } from '../support/cli-run';

const SEED_HTML = path.join(FIXTURES, 'seed-article.html');
const SEED_TXT = path.join(FIXTURES, 'seed-article.txt');
const seedExpected = JSON.parse(readFileSync(path.join(FIXTURES, 'seed-article.expected.json'), 'utf8')) as {
  outsideArticle: string[]; page: { title: string; publisher: string; published: string };
};

interface JsonReport { version: number; page: null | Record<string, string | null>; text: string; claims: Claim[] }

function expectSpansIndex(report: JsonReport): void {
  for (const c of report.claims) {
    expect(report.text.slice(c.start, c.end)).toBe(c.text);
    if (c.source?.mention) expect(report.text.slice(c.source.mention.start, c.source.mention.end)).toBe(c.source.mention.text);
  }
}

describe('sourcemark analyze', { timeout: 60_000 }, () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourcemark-cli-'));
  let server: Server;
  let base = '';
  let hanging = '';

  beforeAll(async () => {
    // A local server for the URL path: the seed page, a plain-text page, a 404, an image, and one that never answers.
    server = createServer((req, res) => {
      if (req.url === '/seed') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(SEED_HTML));
      else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('The army said 300 soldiers were deployed.');
      else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('png');
      else if (req.url === '/hang') { /* never answers */ } else if (req.url === '/endless') endless(res);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    hanging = `${base}/hang`;
  });
  /** An HTML page that never ends: chunks written until the client hangs up. */
  function endless(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'The ministry said 300 soldiers were deployed. '.repeat(1000)}</p>`;
    const more = () => { while (!res.destroyed && res.write(chunk)); };
    res.on('drain', more);
    more();
  }

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('analyzes a .txt file: text is the input exactly and every offset indexes it', async () => {
    const r = await run(['analyze', SEED_TXT, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.page).toBeNull();
    expect(report.text).toBe(readFileSync(SEED_TXT, 'utf8'));
    expect(Array.isArray(report.claims)).toBe(true);
    expectSpansIndex(report);
  });

  it('reads standard input as plain text, kept byte for byte (CRLF, blank lines, tabs), json when piped', async () => {
    const input = 'Officials said on Monday that 40 people were killed.\r\n\r\n\t"We will rebuild," the mayor said.\n';
    const r = await run(['analyze', '-'], input);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.text).toBe(input);
    expect(report.page).toBeNull();
    expectSpansIndex(report);
  });

  it('extracts the article of an .html file and reports its page metadata', async () => {
    const r = await run(['analyze', SEED_HTML, '--format=json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.page).toMatchObject({
      url: pathToFileURL(SEED_HTML).href,
      title: seedExpected.page.title,
      publisher: seedExpected.page.publisher,
    });
    expect(report.page?.published?.startsWith(seedExpected.page.published)).toBe(true);
    expect(report.page?.published).toBe('2025-02-10T09:30:00Z');
    const paragraphs = readFileSync(SEED_TXT, 'utf8').split('\n').filter(Boolean);
    for (const p of paragraphs.slice(0, 9)) expect(report.text.split('\n')).toContain(p);
    expectSpansIndex(report);
  });

  it('never reads or credits anything outside the seed article (header, ticker, caption, sidebar, comments)', async () => {
    const report = JSON.parse((await run(['analyze', SEED_HTML, '--format', 'json'])).stdout) as JsonReport;
    for (const outside of seedExpected.outsideArticle) {
      expect(report.text).not.toContain(outside);
      for (const claim of report.claims) {
        // No claim's span, nor its source mention, shares text with what lies outside the article.
        for (const span of [claim.text, claim.source?.mention?.text, claim.cue?.text]) {
          if (!span) continue;
          expect(span.includes(outside), `claim "${span}" holds "${outside}"`).toBe(false);
          expect(span.length >= 4 && outside.includes(span), `claim "${span}" is part of "${outside}"`).toBe(false);
        }
      }
    }
  });

  it('decodes saved pages as UTF-8 when they are, and by their own <meta charset> when they are not', async () => {
    const nyt = JSON.parse((await run(['analyze', path.join(FIXTURES, 'pages/nytimes-1.html')])).stdout) as JsonReport;
    expect(nyt.text).toContain('LONDON — After nearly 20 years');
    expect(nyt.text).not.toContain('â€');
    const legacy = path.join(tmp, 'legacy.html');
    const body = `<p>${'Le maire a déclaré que 300 habitants ont été évacués vers le café de la gare. '.repeat(12)}</p>`;
    writeFileSync(legacy, Buffer.from(`<html><head><meta charset="windows-1252"><title>Évacuation</title></head><body><article>${body}</article></body></html>`, 'latin1'));
    const page = JSON.parse((await run(['analyze', legacy])).stdout) as JsonReport;
    expect(page.text).toContain('Le maire a déclaré que 300 habitants ont été évacués vers le café de la gare.');
    expect(page.page?.title).toBe('Évacuation');
  });

  it('prints a table and a markdown table with one row per claim', async () => {
    const json = JSON.parse((await run(['analyze', SEED_HTML, '--format', 'json'])).stdout) as JsonReport;
    const table = await run(['analyze', SEED_HTML, '--format', 'table']);
    expect(table.code).toBe(0);
    const n = json.claims.length;
    expect(table.stdout).toContain(seedExpected.page.title);
    if (n === 0) expect(table.stdout).toContain('No claims found.');
    else {
      expect(table.stdout).toMatch(/#\s+claim\s+form\/topic\s+source\s+strength\s+confidence/);
      expect(table.stdout).toContain(`${n} claim${n === 1 ? '' : 's'}.`);
    }
    const md = await run(['analyze', SEED_HTML, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith(`## ${seedExpected.page.title}`)).toBe(true);
    const rows = md.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(n);
  });

  it('--jsonl: one line out per line in, in order, each text on its own; bad lines reported, exit 1', async () => {
    const texts = ['Police said 12 people were injured in the blast.', 'He said the bridge would reopen.'];
    const file = path.join(tmp, 'batch.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', text: texts[0] }),
      '',
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 7, text: texts[1] }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'n', text: null }),
    ].join('\n'));
    const r = await run(['analyze', '--jsonl', file, '--format', 'table']);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 7, null, 'n']);
    expect(out.map((o) => o.line ?? null)).toEqual([null, 3, null, 5, 6]);
    expect(out[1].error).toMatch(/JSON/);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(3);
    expect(errLines[0]).toMatch(/batch\.jsonl:3: not valid JSON$/);
    expect(errLines[1]).toMatch(/batch\.jsonl:5: missing "id"$/);
    expect(errLines[2]).toMatch(/batch\.jsonl:6: "text" must be a string \(id "n"\)$/);
    // Each line alone: the same claims as analyzing that text by itself.
    for (const [i, text] of texts.entries()) {
      const alone = JSON.parse((await run(['analyze', '-'], text)).stdout) as JsonReport;
      expect(out[i * 2].claims).toEqual(alone.claims);
    }
  });

  it('--jsonl ignores a byte-order mark before the first line', async () => {
    const file = path.join(tmp, 'bom.jsonl');
    writeFileSync(file, '\ufeff' + JSON.stringify({ id: 'first', text: 'Two drones were shot down, the ministry said.' }) + '\n');
    const r = await run(['analyze', '--jsonl', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim()).id).toBe('first');
  });

  it('--jsonl from standard input, all lines good: exit 0', async () => {
    const r = await run(['analyze', '--jsonl', '-'], '{"id":1,"text":"Two drones were shot down, the ministry said."}\n{"id":2,"text":""}\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').map((l) => Object.keys(JSON.parse(l)))).toEqual([['id', 'claims'], ['id', 'claims']]);
  });

  it('fetches an http URL the user typed, as HTML or as plain text', async () => {
    const page = JSON.parse((await run(['analyze', `${base}/seed`])).stdout) as JsonReport;
    expect(page.page).toMatchObject({ url: `${base}/seed`, title: seedExpected.page.title });
    expect(page.text.startsWith(seedExpected.page.title)).toBe(true);
    const plain = JSON.parse((await run(['analyze', `${base}/plain`])).stdout) as JsonReport;
    expect(plain).toMatchObject({ page: null, text: 'The army said 300 soldiers were deployed.' });
  });

  it('recognises HTML on standard input by its first bytes, and reads any input as HTML with --html', async () => {
    const piped = JSON.parse((await run(['analyze', '-'], readFileSync(SEED_HTML, 'utf8'))).stdout) as JsonReport;
    expect(piped.page).toMatchObject({ url: 'file:///dev/stdin', title: seedExpected.page.title });
    expect(piped.text).not.toContain('<p>');
    const named = path.join(tmp, 'saved-page.txt');
    writeFileSync(named, readFileSync(SEED_HTML));
    const asText = JSON.parse((await run(['analyze', named])).stdout) as JsonReport;
    expect(asText.page).toBeNull();
    const forced = JSON.parse((await run(['analyze', '--html', named])).stdout) as JsonReport;
    expect(forced.page?.title).toBe(seedExpected.page.title);
    expect(forced.claims.map((c) => c.text)).toEqual(piped.claims.map((c) => c.text));
  });

  it('--lang: the text\'s language as the caller states it, and the language used is printed', async () => {
    const file = path.join(tmp, 'noticia.txt');
    writeFileSync(file, 'O ministro da Saúde, Rui Costa, disse que 120 hospitais vão receber 300 médicos.\n');
    const pt = await run(['analyze', '--lang', 'pt', '--format', 'json', file]);
    const report = JSON.parse(pt.stdout) as JsonReport & { language: { code: string; support: string } };
    expect(report.language).toEqual({ code: 'pt', support: 'figures' });
    expect(report.claims.map((c) => [c.form, c.source])).toEqual([['figure', null], ['figure', null]]);
    const table = await run(['analyze', '--lang', 'pt', '--format', 'table', file]);
    expect(table.stdout).toContain('language: pt (figures only: no quotes or sources are read in this language)');
    const de = path.join(tmp, 'meldung.txt');
    writeFileSync(de, 'Die Polizei teilte mit, bei dem Brand seien 12 Menschen verletzt worden.\n');
    const read = JSON.parse((await run(['analyze', '--lang', 'de', '--format', 'json', de])).stdout) as JsonReport & { language: unknown };
    expect(read.language).toEqual({ code: 'de', support: 'full' });
    expect(read.claims.some((c) => c.source?.name === 'Polizei')).toBe(true);
  });

  it('an HTML page\'s declared language is the one used unless --lang says otherwise', async () => {
    const html = path.join(FIXTURES, 'languages/fr/article.html');
    const declared = JSON.parse((await run(['analyze', '--format', 'json', html])).stdout) as { language: unknown };
    expect(declared.language).toEqual({ code: 'fr', support: 'full' });
    const md = await run(['analyze', '--format', 'markdown', html]);
    expect(md.stdout).toContain('language: fr (claims, sources and figures)');
  });

  it('--version prints the package version and exits 0', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`sourcemark ${JSON.parse(readFileSync(path.join(FIXTURES, '../../package.json'), 'utf8')).version}\n`);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sourcemark analyze/);
    expect(r.stdout).toContain('--jsonl');
  });

  describe('errors: one line on stderr, no stack trace, exit 2 for usage and unreadable input', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ['no command', () => [], /missing command/],
      ['unknown command', () => ['summarize', 'x.txt'], /unknown command "summarize"/],
      ['no input', () => ['analyze'], /missing input/],
      ['unknown flag', () => ['analyze', '--colour', SEED_TXT], /unknown option "--colour"/],
      ['bad format', () => ['analyze', '--format', 'xml', SEED_TXT], /unknown format "xml"/],
      ['format without value', () => ['analyze', SEED_TXT, '--format'], /--format needs a value/],
      ['two inputs', () => ['analyze', SEED_TXT, SEED_HTML], /one input at a time/],
      ['missing file', () => ['analyze', path.join(tmp, 'nope.txt')], /cannot read .*nope\.txt: no such file/],
      ['directory', () => ['analyze', tmp], /is a directory/],
      ['URL without a scheme', () => ['analyze', 'www.example.org/news/story'], /no such file \(for a web page, start the URL with https:\/\/\)/],
      ['missing --jsonl file', () => ['analyze', '--jsonl', path.join(tmp, 'nope.jsonl')], /cannot read/],
      ['unsupported scheme', () => ['analyze', 'ftp://example.org/a.html'], /only http and https/],
      ['malformed URL', () => ['analyze', 'http://exa mple.org/'], /not a valid URL/],
      ['HTTP 404', () => ['analyze', `${base}/missing`], /HTTP 404/],
      ['not HTML', () => ['analyze', `${base}/image`], /image\/png, not HTML or text/],
      ['timeout', () => ['analyze', '--timeout', '0.5', hanging], /no answer within 0\.5 s/],
      ['a page that never ends', () => ['analyze', '--max-bytes', '2M', `${base}/endless`], /endless: larger than 2 MB \(--max-bytes raises the limit\)/],
      ['bad --max-bytes', () => ['analyze', '--max-bytes', 'lots', SEED_TXT], /--max-bytes needs a positive size/],
      ['flag with a value it does not take', () => ['analyze', '--html=yes', SEED_TXT], /--html takes no value/],
      ['a --lang that is no language code', () => ['analyze', '--lang', 'german!', SEED_TXT], /--lang needs a language code/],
    ];
    for (const [name, args, pattern] of cases) {
      it(name, async () => expectOneLineError(await run(args()), 2, pattern));
    }
  });
});
