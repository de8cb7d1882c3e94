// The welcome page's level samples, written from the one palette (src/ui/palette.ts) exactly as the page's
// highlights are painted (src/ui/page-highlight-css.ts): the reader learns the colours and lines they will see.
import { PALETTE, PALETTE_LEVELS, rgba } from '../palette';

export function welcomeCss(): string {
  const rules = [
    '.sm-welcome-levels { list-style: none; padding: 0; margin: 6px 0 12px; display: grid; gap: 6px; }',
    '.sm-welcome-sample { padding: 0 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; }',
    '.sm-welcome-ready { margin: 0 0 12px; padding: 6px 10px; border: 1px solid var(--sm-border); border-inline-start: 4px solid var(--sm-high); border-radius: 6px; }',
  ];
  for (const level of PALETTE_LEVELS) {
    const p = PALETTE[level];
    rules.push(`.sm-welcome-sample-${level} { background-color: ${rgba(p.base, p.washAlpha)}; text-decoration: underline ${p.line} ${p.underline}; }`);
    rules.push(`.sm-hc .sm-welcome-sample-${level} { background-color: ${p.contrast.wash}; color: #000; text-decoration: underline ${p.line} ${p.contrast.underline}; text-decoration-thickness: 3px; }`);
  }
  return rules.join('\n') + '\n';
}
