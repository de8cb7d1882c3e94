// Main-world instrumentation for end-to-end tests: records every DOM mutation of the page (other than our
// card host) once it is parsed, and every uncaught error, so a test can prove the page was untouched.
import type { Page } from 'puppeteer-core';

export async function watchPage(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const log = { mutations: 0, samples: [] as string[], errors: [] as string[] };
    (window as unknown as { __sourcemarkWatch: typeof log }).__sourcemarkWatch = log;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as Element;
        const ours = (n: Node) => n.nodeName.toLowerCase().startsWith('sourcemark-');
        if (ours(target) || (target.closest && target.closest('sourcemark-card'))) continue;
        if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)) continue;
        log.mutations++;
        if (log.samples.length < 5) {
          const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
          log.samples.push(`${Math.round(performance.now())}ms ${r.type} ${target.nodeName} ${r.attributeName ?? ''}${added ? ` +${added}` : ''}`);
        }
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // The parser's own insertions are not changes: count from the moment the document is parsed
    // (our content script runs later, at document_idle).
    // The parser's last records are still queued when DOMContentLoaded fires: take them before resetting.
    document.addEventListener('DOMContentLoaded', () => {
      observer.takeRecords();
      log.mutations = 0;
      log.samples = [];
    }, { once: true });
    window.addEventListener('error', (e) => log.errors.push(String(e.message)));
  });
}

export function pageWatch(page: Page) {
  return page.evaluate(() => (window as unknown as { __sourcemarkWatch: { mutations: number; samples: string[]; errors: string[] } }).__sourcemarkWatch);
}
