// The e2e tests run the built extension as an install whose reader chose "Every article I open" and was granted
// http(s) access, as every install was before the read mode existed (scripts/granted-copy.mjs: only the manifest
// differs). test/e2e/read-mode.test.ts runs the real manifest, asking and refusing as a reader would.
import path from 'node:path';
import { grantedCopy } from '../../scripts/granted-copy.mjs';

const copies = new Map<string, Promise<string>>();

/** `dir` is one browser's build (dist/chrome); returns the granted copy's folder, made once per test process. */
export function withAllSitesGranted(dir: string): Promise<string> {
  const out = path.join(path.dirname(dir), `.granted-${process.pid}`, path.basename(dir));
  let copy = copies.get(out);
  if (!copy) {
    copy = grantedCopy(dir, out);
    copies.set(out, copy);
  }
  return copy;
}
