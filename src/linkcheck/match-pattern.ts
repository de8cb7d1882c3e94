// Does a host-permission match pattern ("https://*.example.org/*", "http://*/*", "<all_urls>") cover a URL?
// Enough for the patterns the browser reports as granted (scheme, host, path prefix).
export function patternCovers(pattern: string, url: string): boolean {
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  if (pattern === '<all_urls>') return u.protocol === 'http:' || u.protocol === 'https:';
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostname = u.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const prefix = path.endsWith('*') ? path.slice(0, -1) : path;
  return path.endsWith('*') ? (u.pathname + u.search).startsWith(prefix) : u.pathname === path;
}
