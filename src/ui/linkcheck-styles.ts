// The linked-source check in the card and the popup's claim rows. Differences are shown by text decoration and
// labels, not by colour alone: the article's words struck through, the source's words underlined.
export const linkCheckCss = `
.sm-linkcheck { margin: 10px 0 2px; padding-block-start: 8px; border-block-start: 1px solid var(--sm-border); font-size: 13px; }
.sm-linkcheck p { margin: 0 0 6px; overflow-wrap: anywhere; }
.sm-check-btn { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid var(--sm-border); border-radius: 6px;
  background: var(--sm-surface); color: var(--sm-fg); cursor: pointer; }
.sm-check-btn:hover { border-color: var(--sm-link); }
.sm-check-btn[disabled] { cursor: progress; opacity: 0.7; }
.sm-verdict-head { font-weight: 600; }
.sm-verdict-found .sm-verdict-head { color: var(--sm-high); }
.sm-verdict-differs .sm-verdict-head { color: var(--sm-medium); }
.sm-passage { display: block; margin: 4px 0 0; padding-inline-start: 8px; border-inline-start: 3px solid var(--sm-border); font-style: normal; }
.sm-diff-article { text-decoration: line-through; color: var(--sm-muted); }
.sm-diff-source { text-decoration: underline 2px; background: var(--sm-mark-bg); color: var(--sm-mark-fg); }
.sm-row-verdict { margin: 2px 0 0; font-size: 12px; }
`;
