// Serves test fixtures (and the demo article) from 127.0.0.1 only, on a free port.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** A saved page without its scripts: <script> elements, iframes' srcdoc documents and inline event handlers. */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/\ssrcdoc\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '');
}

export interface FixtureServer { origin: string; close(): Promise<void> }

/** `stripScripts` serves HTML without its <script> elements: saved pages whose scripts would otherwise run and mutate. */
/** `routes` adds generated pages (path → HTML) beside the files. */
export async function serveDirectory(dir: string, options: { stripScripts?: boolean; routes?: Record<string, () => string> } = {}): Promise<FixtureServer> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = options.routes?.[urlPath];
    if (route) { res.writeHead(200, { 'content-type': TYPES['.html'] }).end(route()); return; }
    const file = path.resolve(root, '.' + urlPath);
    if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    try {
      let body: Buffer | string = await readFile(file);
      if (options.stripScripts && file.endsWith('.html')) body = withoutScripts(body.toString('utf8'));
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
