// The popup's styles as a string (with the theme and card rules it shares with the in-page card), installed
// by installPopupStyles() as a constructed stylesheet, which the popup's strict CSP (style-src 'self') allows.
import { cardCss, themeCss } from '../card-styles';
import { adoptStyles } from '../styles';

export const popupCss = `
.sm-popup { inline-size: 400px; max-inline-size: 100vw; min-block-size: 200px; padding: 0 0 12px; }
.sm-sr { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.sm-head { padding: 10px 14px 8px; border-block-end: 1px solid var(--sm-border); }
.sm-brand { margin: 0; font-size: 11px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--sm-muted); }
.sm-title { margin: 2px 0 0; font-size: 16px; line-height: 1.3; overflow-wrap: anywhere;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.sm-meta { margin: 2px 0 0; font-size: 12px; color: var(--sm-muted); }
.sm-banner { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 8px 14px 0;
  padding: 6px 10px; border: 1px solid var(--sm-border); border-inline-start: 4px solid var(--sm-medium);
  border-radius: 6px; background: var(--sm-surface); font-size: 13px; }
.sm-tabs { display: flex; gap: 2px; padding: 8px 14px 0; border-block-end: 1px solid var(--sm-border); }
.sm-tab { flex: 1; padding: 7px 6px; border: 1px solid transparent; border-block-end: 0; border-radius: 6px 6px 0 0;
  background: transparent; cursor: pointer; color: var(--sm-muted); font-weight: 600; }
.sm-tab[aria-selected="true"] { color: var(--sm-fg); background: var(--sm-bg); border-color: var(--sm-border);
  margin-block-end: -1px; box-shadow: inset 0 3px 0 var(--sm-focus); }
.sm-tab:hover { color: var(--sm-fg); }
.sm-tab-count { display: inline-block; min-inline-size: 20px; padding: 0 5px; border-radius: 9px; background: var(--sm-surface);
  border: 1px solid var(--sm-border); font-size: 11px; font-variant-numeric: tabular-nums; }
.sm-panel { padding: 4px 14px 0; }
.sm-panel:focus-visible { outline-offset: -3px; }
.sm-section { margin-block: 12px; }
.sm-h2 { margin: 0 0 6px; font-size: 13px; font-weight: 700; }
.sm-h3 { margin: 8px 0 4px; font-size: 12px; font-weight: 600; color: var(--sm-muted); text-transform: uppercase; letter-spacing: 0.03em; }
.sm-btn { padding: 5px 10px; border: 1px solid var(--sm-border); border-radius: 6px; background: var(--sm-surface);
  cursor: pointer; font-size: 13px; }
.sm-btn:hover { border-color: var(--sm-fg); }
/* Above ".sm-theme button { color: inherit }" (a class and an element): without it the primary button's text took
   the page's ink on the blue, at 2.7:1 (axe, Firefox). */
.sm-theme .sm-btn-primary { background: var(--sm-focus); border-color: var(--sm-focus); color: var(--sm-bg); font-weight: 600; }
.sm-btn-quiet { background: transparent; }
.sm-tiles { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6px; list-style: none; margin: 0; padding: 0; }
.sm-tiles > li { display: flex; }
.sm-tile { inline-size: 100%; display: flex; flex-direction: column; align-items: flex-start; gap: 2px; padding: 6px 8px;
  border: 1px solid var(--sm-border); border-block-start: 4px var(--sm-border-line) var(--sm-level); border-radius: 6px;
  background: var(--sm-bg); cursor: pointer; text-align: start; }
.sm-tile:disabled { cursor: default; opacity: 0.75; }
.sm-tile .sm-level { white-space: normal; font-size: 12px; align-items: flex-start; flex-direction: column; }
.sm-tile-count { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
.sm-bar { display: flex; block-size: 12px; border-radius: 6px; overflow: hidden; border: 1px solid var(--sm-border); margin-block-end: 6px; }
.sm-bar-seg { display: block; background: var(--sm-level); }
.sm-bar-seg + .sm-bar-seg { border-inline-start: 2px solid var(--sm-bg); }
.sm-bar-seg.sm-level-low { background: repeating-linear-gradient(135deg, var(--sm-level) 0 4px, transparent 4px 6px); }
.sm-bar-seg.sm-level-none { background: radial-gradient(circle, var(--sm-level) 1px, transparent 1.5px) 0 0 / 4px 4px; }
.sm-legend { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; list-style: none; margin: 0; padding: 0; font-size: 13px; }
.sm-legend-item { display: flex; align-items: center; gap: 6px; }
.sm-legend-label { flex: 1; }
.sm-swatch { inline-size: 10px; block-size: 10px; border-radius: 2px; background: var(--sm-level); flex: none; }
.sm-legend-item.sm-level-low .sm-swatch { background: repeating-linear-gradient(135deg, var(--sm-level) 0 2px, transparent 2px 4px); border: 1px solid var(--sm-level); }
.sm-legend-item.sm-level-none .sm-swatch { background: transparent; border: 1.5px dotted var(--sm-level); }
.sm-sources { list-style: none; margin: 0; padding: 0; }
.sm-source-group { border-inline-start: 4px var(--sm-border-line) var(--sm-level); padding-inline-start: 8px; margin-block-end: 6px; }
.sm-source-btn { inline-size: 100%; display: flex; align-items: center; gap: 6px; padding: 4px 6px; border: 0; border-radius: 4px;
  background: transparent; cursor: pointer; text-align: start; }
.sm-source-btn:hover { background: var(--sm-surface); }
.sm-source-btn .sm-source-name { flex: 0 1 auto; overflow-wrap: anywhere; }
.sm-source-count { margin-inline-start: auto; font-size: 12px; color: var(--sm-muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.sm-export { display: flex; flex-wrap: wrap; gap: 6px; }
.sm-filters { display: grid; gap: 8px; margin-block: 10px; }
.sm-field { display: grid; gap: 2px; font-size: 12px; font-weight: 600; color: var(--sm-muted); min-inline-size: 0; }
.sm-field input, .sm-field select { font: inherit; font-size: 13px; font-weight: 400; color: var(--sm-fg); background: var(--sm-bg);
  border: 1px solid var(--sm-border); border-radius: 6px; padding: 5px 8px; min-inline-size: 0; inline-size: 100%; }
.sm-selects { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.sm-checks { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.sm-checks.sm-stack { flex-direction: column; }
.sm-legend-title { padding: 0; margin-block-end: 2px; font-size: 12px; font-weight: 600; color: var(--sm-muted); }
.sm-check, .sm-switch { display: inline-flex; align-items: center; gap: 5px; font-size: 13px; cursor: pointer; }
.sm-check input, .sm-switch input { margin: 0; accent-color: var(--sm-focus); }
.sm-count { color: var(--sm-muted); font-variant-numeric: tabular-nums; }
.sm-showing { margin: 4px 0; font-size: 12px; color: var(--sm-muted); }
.sm-empty { margin: 12px 0; }
.sm-rows { list-style: none; margin: 0; padding: 0; }
.sm-row { padding: 8px 0 8px 10px; border-block-end: 1px solid var(--sm-border); border-inline-start: 4px var(--sm-border-line) var(--sm-level); margin-block-end: 4px; }
.sm-row-toggle { display: flex; gap: 6px; inline-size: 100%; padding: 0; border: 0; background: transparent; cursor: pointer; text-align: start; font-size: 14px; }
.sm-chevron { flex: none; inline-size: 0; block-size: 0; margin-block-start: 6px; border: 5px solid transparent; border-inline-start: 6px solid var(--sm-muted); border-inline-end: 0; transition: transform 0.15s; }
.sm-row-toggle[aria-expanded="true"] .sm-chevron { transform: rotate(90deg); }
.sm-row-text { overflow-wrap: anywhere; }
.sm-row-meta { margin: 3px 0 4px 14px; font-size: 12px; color: var(--sm-muted); }
.sm-row-source { font-weight: 600; color: var(--sm-fg); }
.sm-row-corrected { font-style: italic; color: var(--sm-fg); }
.sm-row-foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-inline-start: 14px; }
.sm-jump { flex: none; font-size: 12px; padding: 3px 8px; }
.sm-row-card { margin-inline-start: 14px; }
.sm-row-selected { background: var(--sm-surface); box-shadow: inset 0 0 0 2px var(--sm-focus); }
.sm-open-panel { float: inline-end; font-size: 12px; padding: 2px 8px; }
.sm-more { margin-block-start: 8px; inline-size: 100%; }
.sm-state { padding: 16px 14px 4px; }
.sm-state p { margin: 0 0 10px; }
.sm-reason { color: var(--sm-muted); font-size: 13px; }
.sm-spinner { inline-size: 20px; block-size: 20px; margin-block-end: 8px; border-radius: 50%;
  border: 3px solid var(--sm-border); border-block-start-color: var(--sm-focus); animation: sm-spin 0.9s linear infinite; }
@keyframes sm-spin { to { transform: rotate(1turn); } }
@media (prefers-reduced-motion: reduce) { .sm-spinner, .sm-chevron { animation: none; transition: none; } }
.sm-more-settings { margin: 4px 14px 0; }
.sm-more-settings > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.sm-settings .sm-checks { margin-block-end: 10px; }
.sm-note { font-size: 12px; }
.sm-foot { margin: 12px 14px 0; padding-block-start: 8px; border-block-start: 1px solid var(--sm-border); }
.sm-foot .sm-note { margin: 0 0 6px; }
.sm-options-link { padding-inline: 0; border: 0; color: var(--sm-fg); text-decoration: underline; }
kbd { font: 600 11px/1.4 ui-monospace, monospace; padding: 0 4px; border: 1px solid var(--sm-border); border-radius: 4px; background: var(--sm-surface); }
`;

/** Theme, card and popup rules: everything the popup page needs. */
export const popupStylesheet = `${themeCss}\n${cardCss}\n${popupCss}`;

export function installPopupStyles(doc: Document = document): void {
  adoptStyles(doc, popupStylesheet);
}
