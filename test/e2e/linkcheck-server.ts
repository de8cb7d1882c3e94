// The linked sources for the linked-source check's end-to-end tests: fixture pages, a PDF made at start, and
// hostile answers (a huge body, binary data, a redirect loop, a server that never answers). Every request is
// logged with the cookies it carried; /set-cookie sets one, so a test can show that the check sends none.
import type { ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { makePdf } from '../fixtures/linkcheck/make-pdf';
import { listenLocal, streamRepeated, type LocalServer } from '../fixtures/linkcheck/local-server';

export interface SeenRequest { path: string; cookie: string | null }
export interface SourceServer extends LocalServer { seen: SeenRequest[] }

const DIR = path.resolve('test/fixtures/linkcheck/source');
const REPORT = makePdf([
  ['United Nations situation report No. 12', 'Market shelling, Tuesday.'],
  ['At least 42 people were killed in the shelling of the market on Tuesday,', 'and 120 were injured.'],
]);

function huge(res: ServerResponse): void {
  // 8 MB, no content-length: the cap must count the bytes as they arrive.
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  streamRepeated(res, Buffer.from('<p>' + 'filler words '.repeat(5000) + '</p>'), 8 * 1024 * 1024);
}

/** `host` is the host name the article's links use (127.0.0.1 or localhost: another origin for permissions). */
export async function serveSources(host = '127.0.0.1'): Promise<SourceServer> {
  const seen: SeenRequest[] = [];
  const server = await listenLocal(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ path: url.pathname, cookie: req.headers.cookie ?? null });
    switch (url.pathname) {
      case '/report.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end(REPORT); return;
      case '/huge': huge(res); return;
      case '/binary': res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256))); return;
      case '/loop': res.writeHead(302, { location: '/loop-2' }).end(); return;
      case '/loop-2': res.writeHead(302, { location: '/loop' }).end(); return;
      case '/silent': return; // never answers: only the check's timeout ends it
      case '/set-cookie': res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': 'session=secret-value; Path=/; SameSite=Lax' }).end('cookie set'); return;
      case '/echo-cookie': res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers.cookie ?? 'none'); return;
    }
    try {
      const body = await readFile(path.join(DIR, path.basename(url.pathname)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return { ...server, origin: server.origin.replace('127.0.0.1', host), seen };
}

/** The article, with its links pointing at the source server. */
export async function articleHtml(sourceOrigin: string): Promise<string> {
  return (await readFile(path.resolve('test/fixtures/linkcheck/article.html'), 'utf8')).replaceAll('SOURCE', sourceOrigin);
}
