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

/** Calls `check` every `interval` ms until it gives a truthy value (returned), or throws `failure` after `timeout` ms.
 *  A check that throws counts as not yet (the page or worker asked may still be starting). */
export async function pollUntil(check, { timeout, interval = 100, failure }) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const value = await Promise.resolve().then(check).catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(failure);
}

const NOT_REGISTERED = 'the extension did not register its content script';

/**
 * Chromium: waits until the extension's background has registered its content script (it does so as it starts), so
 * a page opened next (the demo article, a test's page) is read as it loads.
 */
export async function contentScriptRegistered(browser, timeout = 30_000) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout });
  const worker = await target.worker();
  await pollUntil(async () => (await worker.evaluate(async () => (await globalThis.chrome.scripting.getRegisteredContentScripts()).length)) > 0,
    { timeout, interval: 50, failure: NOT_REGISTERED });
}

/**
 * Firefox: an extension page to ask from (WebDriver BiDi has no handle on the background). `base` is the extension's
 * moz-extension:// origin with a trailing slash (fixed by the extensions.webextensions.uuids preference).
 */
export async function firefoxProbe(browser, base) {
  const probe = await browser.newPage();
  void probe.goto(`${base}popup.html?tab=-1`).catch(() => undefined); // BiDi never reports a moz-extension page's load
  return probe;
}

/** Firefox: the same wait, asked from one of the extension's pages (`probe`: see firefoxProbe). */
export async function firefoxContentScriptRegistered(probe, timeout = 30_000) {
  await pollUntil(async () => (await probe.evaluate(async () => (await globalThis.browser.scripting.getRegisteredContentScripts()).length)) > 0,
    { timeout, failure: NOT_REGISTERED });
}
