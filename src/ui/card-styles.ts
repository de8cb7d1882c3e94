// Styles as strings, so the in-page host can put them straight into its shadow root (no CSS file to load
// into the page) and the popup can reuse the same rules. Level colours come from the one palette (palette.ts),
// shared with the page's highlights. The level is also in words, in the word's underline style (the page's),
// in pips and in the meter's fill pattern (low is striped, none is dotted).
import { levelClassCss, levelVars } from './palette';
import { linkCheckCss } from './linkcheck-styles';

/** Colour and type tokens on any `.sm-theme` root: light, dark (following the system) and high contrast. */
export const themeCss = `
.sm-theme {
  --sm-bg: #ffffff; --sm-fg: #1b1b1f; --sm-muted: #55575d; --sm-border: #c9ccd3; --sm-surface: #f3f4f6;
  --sm-focus: #0b57d0; --sm-link: #0b57d0; --sm-mark-bg: #fff1b8; --sm-mark-fg: #1b1b1f;
  ${levelVars('light')}
  --sm-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color-scheme: light dark;
  font-family: var(--sm-font); font-size: 14px; line-height: 1.45; color: var(--sm-fg); background: var(--sm-bg);
}
@media (prefers-color-scheme: dark) {
  .sm-theme {
    --sm-bg: #1d1e22; --sm-fg: #ececf1; --sm-muted: #a9acb4; --sm-border: #464a52; --sm-surface: #27292e;
    --sm-focus: #8ab4f8; --sm-link: #8ab4f8; --sm-mark-bg: #5c4a00; --sm-mark-fg: #fff6d5;
    ${levelVars('dark')}
  }
}
.sm-theme.sm-hc { --sm-fg: #000000; --sm-muted: #2b2b2b; --sm-border: #000000; }
@media (prefers-color-scheme: dark) {
  .sm-theme.sm-hc { --sm-fg: #ffffff; --sm-muted: #e0e0e0; --sm-border: #ffffff; }
}
.sm-theme *, .sm-theme *::before, .sm-theme *::after { box-sizing: border-box; }
.sm-theme :focus-visible { outline: 3px solid var(--sm-focus); outline-offset: 2px; }
.sm-theme a { color: var(--sm-link); }
.sm-theme button { font: inherit; color: inherit; }
/* Each level also has the page's underline style (solid, dashed, dotted, wavy) and a border style for edges. */
${levelClassCss()}
.sm-muted { color: var(--sm-muted); }
.sm-level { display: inline-flex; align-items: center; gap: 4px; color: var(--sm-level); font-weight: 600; white-space: nowrap; }
.sm-level-word { text-decoration: underline var(--sm-line) var(--sm-level); text-decoration-thickness: 2px; text-underline-offset: 3px; }
.sm-pips { display: inline-flex; gap: 2px; }
.sm-pip { inline-size: 6px; block-size: 10px; border: 1.5px solid var(--sm-level); border-radius: 1px; }
.sm-pip-on { background: var(--sm-level); }
.sm-meter-row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.sm-meter { flex: 1 1 80px; min-inline-size: 80px; max-inline-size: 160px; block-size: 8px; border-radius: 4px;
  background: var(--sm-surface); border: 1px solid var(--sm-border); overflow: hidden; }
.sm-meter-fill { block-size: 100%; background: var(--sm-level); }
.sm-level-low .sm-meter-fill { background: repeating-linear-gradient(135deg, var(--sm-level) 0 4px, transparent 4px 6px); }
.sm-level-none .sm-meter-fill { background: radial-gradient(circle, var(--sm-level) 1px, transparent 1.5px) 0 0 / 4px 4px; }
.sm-meter-text { display: inline-flex; gap: 6px; align-items: baseline; }
.sm-meter-pct { font-variant-numeric: tabular-nums; font-weight: 600; }
@media (forced-colors: active) {
  .sm-meter-fill, .sm-pip-on { background: CanvasText; }
  .sm-pip, .sm-meter { border-color: CanvasText; }
}
`;

/** The card itself. Scoped under .sm-card so it also works inside the popup's document. */
export const cardCss = `
.sm-card { display: block; color: var(--sm-fg); background: var(--sm-bg); text-align: start; }
.sm-card-page { inline-size: min(360px, calc(100vw - 16px)); max-block-size: min(480px, calc(100vh - 16px)); overflow: auto;
  padding: 12px 14px; border: 1px solid var(--sm-border); border-inline-start: 4px var(--sm-border-line) var(--sm-level);
  border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); }
.sm-card-inline { padding: 8px 0 4px; }
.sm-card-head { display: flex; align-items: start; justify-content: space-between; gap: 8px; }
.sm-card-title { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: var(--sm-muted); }
.sm-close { border: 1px solid transparent; background: transparent; border-radius: 4px; cursor: pointer;
  inline-size: 28px; block-size: 28px; font-size: 18px; line-height: 1; margin: -4px -6px 0 0; }
.sm-close:hover { border-color: var(--sm-border); background: var(--sm-surface); }
.sm-claim-text { margin: 6px 0 8px; padding: 0 0 0 10px; border-inline-start: 3px solid var(--sm-border);
  font-size: 14px; overflow-wrap: anywhere; }
.sm-linkish { border: 0; background: none; padding: 0; color: var(--sm-link); text-decoration: underline; cursor: pointer; font-size: 12px; }
.sm-sentence { margin: 0 0 8px; font-size: 13px; color: var(--sm-muted); overflow-wrap: anywhere; }
.sm-label { font-weight: 600; }
.sm-mark { background: var(--sm-mark-bg); color: var(--sm-mark-fg); border-radius: 2px; padding: 0 1px; }
.sm-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 0; }
.sm-fact { display: contents; }
.sm-facts dt { font-weight: 600; color: var(--sm-muted); font-size: 12px; padding-block-start: 1px; }
.sm-facts dd { margin: 0; overflow-wrap: anywhere; }
.sm-source-name { font-weight: 600; }
.sm-kind { display: inline-block; font-size: 11px; padding: 0 5px; border: 1px solid var(--sm-border); border-radius: 8px; color: var(--sm-muted); }
.sm-cue { font-style: italic; }
.sm-chips { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.sm-chip { font-size: 12px; padding: 0 6px; border-radius: 8px; background: var(--sm-surface); border: 1px dashed var(--sm-border); }
.sm-sub { margin: 10px 0 4px; font-size: 12px; font-weight: 600; color: var(--sm-muted); }
.sm-elsewhere-list { margin: 0; padding-inline-start: 18px; font-size: 13px; overflow-wrap: anywhere; }
.sm-elsewhere-list li { margin: 2px 0; }
.sm-match-relation { font-weight: 600; }
.sm-match-conflicts .sm-match-relation, .sm-match-other-speaker .sm-match-relation, .sm-conflict-here strong { text-decoration: underline dotted; }
.sm-conflict-here { margin: 8px 0 0; font-size: 13px; }
.sm-reasons { margin: 0; padding-inline-start: 18px; font-size: 13px; }
.sm-reasons li + li { margin-block-start: 2px; }
${linkCheckCss}
.sm-fix { margin-block-start: 10px; padding-block-start: 8px; border-block-start: 1px solid var(--sm-border); font-size: 13px; }
.sm-corrected { margin: 0 0 6px; padding: 4px 8px; border-radius: 4px; background: var(--sm-surface); }
.sm-fix-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-block: 4px; }
.sm-fix-btn { font: inherit; font-size: 12px; padding: 3px 8px; border: 1px solid var(--sm-border); border-radius: 4px;
  background: var(--sm-bg); color: var(--sm-fg); cursor: pointer; }
.sm-fix-btn:hover { background: var(--sm-surface); }
.sm-fix-btn:disabled { cursor: default; color: var(--sm-muted); }
.sm-fix-primary { border-color: var(--sm-focus); font-weight: 600; }
.sm-fix-btn:focus-visible, .sm-fix input:focus-visible, .sm-fix select:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 1px; }
.sm-fix-choices { margin: 6px 0 0; padding: 0; border: 0; }
.sm-fix-choice { display: block; margin-block: 3px; }
.sm-fix-other { display: grid; grid-template-columns: max-content 1fr; gap: 4px 8px; align-items: center; margin: 4px 0 0 20px; }
.sm-fix input[type="text"], .sm-fix select { font: inherit; font-size: 13px; color: var(--sm-fg); background: var(--sm-bg);
  border: 1px solid var(--sm-border); border-radius: 4px; padding: 2px 4px; min-inline-size: 0; }
.sm-reasons li::first-letter { text-transform: uppercase; }
`;

/**
 * Everything the in-page host puts in its shadow root: isolation from the page, then theme and card. The
 * host positions itself (inline style on <sourcemark-card>); the card inside is the `.sm-theme` root.
 */
export const cardHostCss = `
:host { all: initial; }
${themeCss}
${cardCss}
`;
