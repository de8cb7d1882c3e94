// A copy of one browser's build whose manifest lists the optional http(s) access as granted at install
// (host_permissions): how `npm start` and the e2e tests run Sourcemark as an install whose reader chose "Every article
// I open" and was granted it. Chromium's permission prompt cannot be answered by automation, and Firefox grants only
// declared host permissions by default (extensions.originControls.grantByDefault). Only the manifest differs.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Copies `dir` (e.g. dist/chrome) to `out` with the all-sites access granted; returns `out`. */
export async function grantedCopy(dir, out) {
  await rm(out, { recursive: true, force: true });
  await cp(dir, out, { recursive: true });
  const file = path.join(out, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  await writeFile(file, JSON.stringify(manifest, null, 2));
  return out;
}
