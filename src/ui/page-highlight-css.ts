// The stylesheet of the page's highlights, written from the palette for one page load's highlight names
// (src/ui/highlight-names.ts), so the page's level colours cannot drift from the card's and the popup's. The
// background inserts it with scripting.insertCSS (src/background/page-styles.ts): no <style> node is added to the
// page and the page cannot read it. The page's text colour is never changed (except in high contrast, where the
// wash is opaque).
import { PALETTE, PALETTE_LEVELS, rgba } from './palette';
import type { HighlightNames } from './highlight-names';

const decoration = 'text-decoration-thickness: 2px; text-underline-offset: 3px;';

export function pageHighlightCss(names: HighlightNames): string {
  const rules: string[] = [];
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`::highlight(${names[level]}) { background-color: ${rgba(p.base, p.washAlpha)}; text-decoration: underline ${p.line} ${p.underline}; ${decoration} }`);
  }
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`::highlight(${names[`contrast-${level}`]}) { background-color: ${p.contrast.wash}; color: #000; text-decoration: underline ${p.line} ${p.contrast.underline}; text-decoration-thickness: 3px; }`);
  }
  rules.push(
    '/* While a card is open: the claim and where its source is named. Painted above the level colours. */',
    `::highlight(${names.focus}) { background-color: rgba(120, 70, 210, 0.30); }`,
    `::highlight(${names.mention}) { background-color: rgba(0, 158, 115, 0.28); text-decoration: underline double rgba(0, 128, 95, 1); }`,
    `::highlight(${names.flash}) { background-color: rgba(255, 220, 0, 0.65); color: #000; }`,
    '/* Fallback where the Highlight API is missing: our own element, so page CSS for span/mark cannot reach it. */',
    `sourcemark-mark { all: unset; display: inline; cursor: pointer; ${decoration} }`,
  );
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`sourcemark-mark[data-level="${names[level]}"] { background-color: ${rgba(p.base, p.washAlpha)}; text-decoration: underline ${p.line} ${p.underline}; }`);
    rules.push(`sourcemark-mark[data-level="${names[`contrast-${level}`]}"] { color: #000; background-color: ${p.contrast.wash}; text-decoration: underline ${p.line} ${p.contrast.underline}; }`);
  }
  return rules.join('\n') + '\n';
}
