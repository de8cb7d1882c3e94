// The frame around the shared card: only placement (the card's look is src/ui's cardHostCss).
export const FRAME_CSS = `
.sm-frame { position: fixed; z-index: 2147483647; top: 0; left: 0; margin: 0; padding: 0; outline: none; }
.sm-frame > .sm-card-page { box-sizing: border-box; max-block-size: min(480px, calc(100vh - 16px), var(--sm-room, 100vh)); }
.sm-frame [role="dialog"]:focus { outline: 3px solid var(--sm-focus, #0b57d0); outline-offset: -3px; }
`;
