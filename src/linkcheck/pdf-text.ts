// A fetched PDF to text with pdf.js, loaded only here (its own chunk, imported on the first PDF). Fonts are not
// loaded, eval is off, nothing is rendered: only the text layer is read.
const MAX_PAGES = 500;

export interface PdfOptions {
  /** URL of pdf.js's worker script (the extension's own copy); pdf.js runs it in a Worker. */
  workerSrc?: string;
}

export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  const task = pdfjs.getDocument({
    data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, enableXfa: false,
    stopAtErrors: false, verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : item.str.endsWith(' ') || !item.str ? '' : ' ');
      }
      pages.push(text);
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}
