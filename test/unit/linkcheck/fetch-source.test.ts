// fetchSource against a real local HTTP server (Node's fetch): each way a linked page can fail to be read.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSource } from '../../../src/linkcheck/fetch-source';
import { decodeText } from '../../../src/linkcheck/decode';
import { listenLocal, streamRepeated, type LocalServer } from '../../fixtures/linkcheck/local-server';

let server: LocalServer;
let origin = '';
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = await listenLocal((req, res) => {
    seen.push(req);
    const path = req.url ?? '/';
    if (path === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Hello</p>');
    else if (path === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('plain words');
    else if (path === '/untyped') { res.writeHead(200); res.end('<p>no type</p>'); }
    else if (path === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%…');
    else if (path === '/binary') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 0, 4]));
    else if (path === '/binary-as-html') res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x3c, 0, 0, 0xff]));
    else if (path === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50]));
    else if (path === '/declared-huge') res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }).end();
    else if (path === '/huge') {
      // No content-length: the cap must count the bytes as they arrive.
      res.writeHead(200, { 'content-type': 'text/html' });
      streamRepeated(res, Buffer.alloc(64 * 1024, 'a'), 8 * 1024 * 1024);
    } else if (path === '/loop') res.writeHead(302, { location: '/loop2' }).end();
    else if (path === '/loop2') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/to-page') res.writeHead(301, { location: '/page' }).end();
    else if (path === '/to-ftp') res.writeHead(302, { location: 'ftp://example.invalid/file' }).end();
    else if (path === '/silent') { /* never answers: the timeout must end it */ }
    else if (path === '/gone') res.writeHead(410).end();
    else if (path === '/error') res.writeHead(500).end();
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
  });
  origin = server.origin;
});

afterAll(() => server.close());

describe('fetchSource', () => {
  it('reads an HTML page and says what it is', async () => {
    const r = await fetchSource(`${origin}/page`);
    expect(r.ok && r.kind).toBe('html');
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('<p>Hello</p>');
  });

  it('reads plain text, PDF by type or by its magic bytes, and untyped pages as HTML', async () => {
    const plain = await fetchSource(`${origin}/plain`);
    expect(plain.ok && plain.kind).toBe('text');
    const pdf = await fetchSource(`${origin}/pdf`);
    expect(pdf.ok && pdf.kind).toBe('pdf');
    const untyped = await fetchSource(`${origin}/untyped`);
    expect(untyped.ok && untyped.kind).toBe('html');
  });

  it('follows an ordinary redirect', async () => {
    const r = await fetchSource(`${origin}/to-page`);
    expect(r.ok && r.url).toBe(`${origin}/page`);
  });

  it('says not found for 404 and 410, unreachable for other errors', async () => {
    expect(await fetchSource(`${origin}/nothing-here`)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await fetchSource(`${origin}/gone`)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await fetchSource(`${origin}/error`)).toMatchObject({ ok: false, reason: 'unreachable', detail: 'HTTP 500' });
  });

  it('refuses binary data, images, and binary bytes served as HTML', async () => {
    expect(await fetchSource(`${origin}/binary`)).toMatchObject({ ok: false, reason: 'not-text' });
    expect(await fetchSource(`${origin}/image`)).toMatchObject({ ok: false, reason: 'not-text' });
    expect(await fetchSource(`${origin}/binary-as-html`)).toMatchObject({ ok: false, reason: 'not-text' });
  });

  it('stops at the size cap, declared or counted', async () => {
    expect(await fetchSource(`${origin}/declared-huge`)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await fetchSource(`${origin}/huge`)).toMatchObject({ ok: false, reason: 'too-large' });
    // The same cap, lower: a small page passes it, then not.
    expect((await fetchSource(`${origin}/page`, { maxBytes: 12 })).ok).toBe(true);
    expect(await fetchSource(`${origin}/page`, { maxBytes: 11 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('ends a redirect loop and a redirect off the web with a clear reason', async () => {
    expect(await fetchSource(`${origin}/loop`)).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await fetchSource(`${origin}/to-ftp`)).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('times out on a server that never answers (a shorter timeout here; the extension uses 10 s)', async () => {
    expect(await fetchSource(`${origin}/silent`, { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('never fetches what is not http(s)', async () => {
    const before = seen.length;
    expect(await fetchSource('file:///etc/passwd')).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await fetchSource('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(seen.length).toBe(before);
  });

  it('asks with credentials omitted and no referrer', async () => {
    const calls: RequestInit[] = [];
    const spy = ((url: string, init: RequestInit) => { calls.push(init); return fetch(url, init); }) as typeof fetch;
    await fetchSource(`${origin}/page`, { fetchImpl: spy });
    expect(calls[0]).toMatchObject({ credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    expect(seen.at(-1)?.headers.cookie).toBeUndefined();
  });
});

describe('decodeText', () => {
  const bytes = (s: number[]) => new Uint8Array(s);
  it('uses the declared charset, then <meta charset>, then UTF-8', () => {
    expect(decodeText(bytes([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=windows-1252', true)).toBe('café');
    const html = new TextEncoder().encode('<meta charset="iso-8859-1"><p>caf');
    expect(decodeText(new Uint8Array([...html, 0xe9]), 'text/html', true)).toBe('<meta charset="iso-8859-1"><p>café');
    expect(decodeText(new TextEncoder().encode('café'), 'text/plain', false)).toBe('café');
  });
  it('falls back to UTF-8 for an unknown label', () => {
    expect(decodeText(new TextEncoder().encode('ok'), 'text/html; charset=no-such-thing', true)).toBe('ok');
  });
});
