// Installs a stylesheet string into a document or shadow root. A constructed stylesheet is used where it
// exists: unlike a <style> element it is not blocked by a strict style-src (our popup's CSP, or a page's
// CSP around the in-page card). Elsewhere (old engines, jsdom) a <style> element does the job.
export function adoptStyles(root: Document | ShadowRoot, css: string): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // e.g. a sheet from another realm (Firefox content-script sandboxes): fall back to an element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
}
