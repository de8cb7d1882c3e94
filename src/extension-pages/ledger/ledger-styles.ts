// The ledger page's styles: the popup's (theme, card, popup rules) and a wider page with charts.
import { popupStylesheet } from '../../ui/popup/popup-styles';
import { adoptStyles } from '../../ui/styles';

const ledgerCss = `
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; }
.sm-ledger-page { max-inline-size: 880px; margin: 0 auto; padding: 0 16px 32px; min-block-size: 100vh; }
.sm-ledger-page .sm-section { padding: 0 14px; }
.sm-ledger-page .sm-banner { justify-content: flex-start; }
.sm-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-block: 8px; }
.sm-visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
.sm-days { display: block; margin-block: 6px; font-size: 13px; }
.sm-search input { margin-inline-start: 6px; inline-size: min(420px, 70vw); padding: 4px 6px; }
.sm-articles, .sm-claims, .sm-points { margin: 4px 0; padding-inline-start: 18px; }
.sm-article { margin-block: 8px; }
.sm-claims li { margin-block: 2px; font-size: 13px; overflow-wrap: anywhere; }
.sm-subject { margin: 10px 0 14px; }
.sm-subject figcaption { margin-block-end: 4px; }
.sm-chart { display: block; max-inline-size: 100%; }
.sm-axis { stroke: var(--sm-border); stroke-width: 1; }
.sm-dot { fill: var(--sm-focus); }
.sm-range { stroke: var(--sm-focus); stroke-width: 3; fill: none; }
.sm-chart-label { font-size: 9px; fill: var(--sm-muted); }
.sm-points { font-size: 12px; color: var(--sm-muted); }
`;

export function installLedgerStyles(doc: Document = document): void {
  adoptStyles(doc, `${popupStylesheet}\n${ledgerCss}`);
}
