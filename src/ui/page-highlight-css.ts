// The stylesheet the manifest injects into pages (dist/<browser>/highlights.css), written by the build from the
// palette, so the page's level colours cannot drift from the card's and the popup's. No <style> node is added to
// the page, and the page's text colour is never changed (except in high contrast, where the wash is opaque).
import { PALETTE, PALETTE_LEVELS, rgba } from './palette';

const decoration = 'text-decoration-thickness: 2px; text-underline-offset: 3px;';

export function pageHighlightCss(): string {
  const rules: string[] = [];
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`::highlight(sourcemark-${level}) { background-color: ${rgba(p.base, p.washAlpha)}; text-decoration: underline ${p.line} ${p.underline}; ${decoration} }`);
  }
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`::highlight(sourcemark-contrast-${level}) { background-color: ${p.contrast.wash}; color: #000; text-decoration: underline ${p.line} ${p.contrast.underline}; text-decoration-thickness: 3px; }`);
  }
  rules.push(
    '/* While a card is open: the claim and where its source is named. Painted above the level colours. */',
    '::highlight(sourcemark-focus) { background-color: rgba(120, 70, 210, 0.30); }',
    '::highlight(sourcemark-mention) { background-color: rgba(0, 158, 115, 0.28); text-decoration: underline double rgba(0, 128, 95, 1); }',
    '::highlight(sourcemark-flash) { background-color: rgba(255, 220, 0, 0.65); color: #000; }',
    '/* Fallback where the Highlight API is missing: our own element, so page CSS for span/mark cannot reach it. */',
    `sourcemark-mark { all: unset; display: inline; cursor: pointer; ${decoration} }`,
  );
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`sourcemark-mark[data-level="sourcemark-${level}"] { background-color: ${rgba(p.base, p.washAlpha)}; text-decoration: underline ${p.line} ${p.underline}; }`);
    rules.push(`sourcemark-mark[data-level="sourcemark-contrast-${level}"] { color: #000; background-color: ${p.contrast.wash}; text-decoration: underline ${p.line} ${p.contrast.underline}; }`);
  }
  return rules.join('\n') + '\n';
}
