// The file server behind `npm start`: test/fixtures on 127.0.0.1 only. The file is read before any header is
// written, so a missing file (the browser's favicon.ico, a mistyped path) is a plain 404 and never kills the process.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Resolves a request path inside `root`, or null when it would leave it (or cannot be decoded). */
function fileFor(root, requestUrl) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + urlPath);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Serves `dir` on a free loopback port; resolves to the origin and a close function. */
export async function serveDemo(dir) {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const file = fileFor(root, req.url);
    if (!file) { res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden'); return; }
    let body;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
