// The e2e tests run the built extension as an install whose reader chose "every article I open" and was granted
// http(s) access, as every install was before the read mode existed. The manifest asks for that access as optional
// (src/read-mode.ts), and Chromium's permission prompt cannot be answered by automation, so this copy of the build
// lists it as granted at install (host_permissions), the state in which an existing install continues. Only the
// manifest differs; test/e2e/read-mode.test.ts runs the real manifest, asking and refusing as a reader would.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const copies = new Map<string, Promise<string>>();

/** `dir` is one browser's build (dist/chrome); returns the granted copy's folder, made once per test process. */
export function withAllSitesGranted(dir: string): Promise<string> {
  const out = path.join(path.dirname(dir), `.granted-${process.pid}`, path.basename(dir));
  let copy = copies.get(out);
  if (!copy) {
    copy = (async () => {
      await rm(out, { recursive: true, force: true });
      await cp(dir, out, { recursive: true });
      const file = path.join(out, 'manifest.json');
      const manifest = JSON.parse(await readFile(file, 'utf8'));
      manifest.host_permissions = manifest.optional_host_permissions;
      await writeFile(file, JSON.stringify(manifest, null, 2));
      return out;
    })();
    copies.set(out, copy);
  }
  return copy;
}
