// Real downloads in both browsers: the files an extension page saves land in a temporary folder the test reads.
// Chromium: CDP Browser.setDownloadBehavior on the browser session, with progress events.
// Firefox: WebDriver BiDi browser.setDownloadBehavior (puppeteer has no public call for the default context),
// then the folder is polled until the file is complete (Firefox writes a .part file first).
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExtensionBrowser } from './browsers';

export interface DownloadedFile { filename: string; content: string }

export interface DownloadCapture {
  /** Resolves with the next file saved whose name ends in `extension` (e.g. ".csv"). */
  next(extension: string, timeout?: number): Promise<DownloadedFile>;
  dispose(): Promise<void>;
}

type BidiConnection = { send(method: string, params: object): Promise<unknown> };

async function completedFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => !/\.(part|crdownload)$/.test(f));
}

export async function captureDownloads(ext: ExtensionBrowser): Promise<DownloadCapture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcemark-downloads-'));
  if (ext.name === 'chromium') {
    const session = await ext.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  } else {
    const connection = (ext.browser as unknown as { connection: BidiConnection }).connection;
    await connection.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
  }
  const seen = new Set<string>();
  return {
    async next(extension, timeout = 60_000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const fresh = (await completedFiles(dir)).filter((f) => f.endsWith(extension) && !seen.has(f));
        const pending = (await readdir(dir)).some((f) => /\.(part|crdownload)$/.test(f));
        if (fresh.length === 1 && !pending) {
          const file = path.join(dir, fresh[0]);
          const size = (await stat(file)).size;
          await new Promise((r) => setTimeout(r, 100));
          if ((await stat(file)).size === size && size > 0) {
            seen.add(fresh[0]);
            return { filename: fresh[0], content: await readFile(file, 'utf8') };
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no ${extension} download within ${timeout} ms (folder: ${(await readdir(dir)).join(', ') || 'empty'})`);
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
