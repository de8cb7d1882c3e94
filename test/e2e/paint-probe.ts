// What the highlights actually paint, not what is registered: a screenshot with our highlights and one with them
// taken out of the registry for a moment, compared inside each claim's own line boxes.
import type { Browser, Page } from 'puppeteer-core';

export interface LineCoverage { claim: string; line: number; width: number; covered: number }

/** The viewport-relative line boxes of the first occurrence of each text in `scope` (whitespace-tolerant). */
function lineBoxes(page: Page, texts: string[], scope: string) {
  return page.evaluate((wanted: string[], sel: string) => {
    const root = document.querySelector(sel) ?? document.body;
    const nodes: Text[] = [];
    const starts: number[] = [];
    let all = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(all.length);
      all += (n as Text).data;
    }
    const point = (offset: number): [Text, number] => {
      let i = starts.length - 1;
      while (i > 0 && starts[i] > offset) i--;
      return [nodes[i], offset - starts[i]];
    };
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return wanted.map((text) => {
      const pattern = new RegExp(text.trim().split(/\s+/).map(escape).join('\\s+'));
      const match = pattern.exec(all);
      if (!match) return null;
      const range = document.createRange();
      range.setStart(...point(match.index));
      range.setEnd(...point(match.index + match[0].length));
      // Line boxes wider than a few pixels (a lone space at a line's end has no paint of its own to check).
      return [...range.getClientRects()].filter((r) => r.width > 4 && r.height > 4)
        .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    });
  }, texts, scope);
}

/** Takes our highlights (every one: the fixture page registers none) out of the page's registry (restore() puts the same objects back). */
async function withHighlightsHidden<T>(page: Page, during: () => Promise<T>): Promise<T> {
  await page.evaluate(() => {
    const stash: Array<[string, Highlight]> = [];
    for (const [name, h] of CSS.highlights) stash.push([name, h]);
    for (const [name] of stash) CSS.highlights.delete(name);
    (window as unknown as { __smStash: typeof stash }).__smStash = stash;
  });
  try {
    await nextPaint(page);
    return await during();
  } finally {
    await page.evaluate(() => {
      const w = window as unknown as { __smStash?: Array<[string, Highlight]> };
      for (const [name, h] of w.__smStash ?? []) CSS.highlights.set(name, h);
      delete w.__smStash;
    });
    await nextPaint(page);
  }
}

function nextPaint(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * For every claim text, each of its line boxes with the share of its pixel columns (0..1) where the page
 * looks different with our highlights than without them. Every text must be inside the viewport.
 */
export async function paintedCoverage(browser: Browser, page: Page, texts: string[], scope = 'article'): Promise<Array<LineCoverage[] | null>> {
  await nextPaint(page);
  const boxes = await lineBoxes(page, texts, scope);
  const shown = await page.screenshot({ encoding: 'base64' });
  const hidden = await withHighlightsHidden(page, () => page.screenshot({ encoding: 'base64' }));
  const scale = await page.evaluate(() => devicePixelRatio);
  // Decoded and compared in a blank page of the same browser: no image library, and the page under test untouched.
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(async (a: string, b: string, lists: typeof boxes, k: number, names: string[]) => {
      const pixels = async (data: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [on, off] = [await pixels(a), await pixels(b)];
      return lists.map((rects, c) => rects && rects.map((r, line) => {
        const x0 = Math.max(0, Math.ceil(r.left * k)), x1 = Math.min(on.width, Math.floor(r.right * k));
        const y0 = Math.max(0, Math.ceil(r.top * k)), y1 = Math.min(on.height, Math.floor(r.bottom * k));
        let covered = 0;
        for (let x = x0; x < x1; x++) {
          for (let y = y0; y < y1; y++) {
            const i = (y * on.width + x) * 4;
            if (Math.abs(on.data[i] - off.data[i]) + Math.abs(on.data[i + 1] - off.data[i + 1]) + Math.abs(on.data[i + 2] - off.data[i + 2]) > 12) { covered++; break; }
          }
        }
        return { claim: names[c], line, width: x1 - x0, covered: x1 > x0 ? covered / (x1 - x0) : 0 };
      }));
    }, shown, hidden, boxes, scale, texts);
  } finally {
    await scratch.close();
  }
}
