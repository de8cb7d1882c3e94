// The one palette of the four confidence levels, for the page's highlights, the card, the popup and the side panel.
// Hues are Okabe–Ito's (blue, orange, vermillion; grey for "no source"), chosen to stay apart for colour-blind
// readers. Where a colour is text on the card or popup it is the same hue made darker (light theme) or lighter
// (dark theme) until it reads at 4.5:1, and every pair stays ΔE >= 20 apart under simulated protanopia,
// deuteranopia and tritanopia (test/unit/ui/palette.test.ts). Each level also has its own line (the page's
// underline and the level's word in card and popup) and its name in words, so colour is never the only cue.
import type { Level } from '../analysis/types';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'wavy';

export interface LevelColours {
  /** The Okabe–Ito colour itself: the page's background wash is this, translucent. */
  base: string;
  /** The page's underline: the base hue at a mid tone that shows on light and dark pages. */
  underline: string;
  /** Text and marks on the card, popup and side panel: light theme, dark theme. */
  ink: { light: string; dark: string };
  /** High contrast on the page: an opaque light wash under black text, and a dark underline. */
  contrast: { wash: string; underline: string };
  /** The page's underline style and the style of the level's word in card and popup. */
  line: LineStyle;
  /** Borders cannot be wavy: the border style that stands for the same level. */
  border: 'solid' | 'dashed' | 'dotted' | 'double';
  /** Opacity of the page's wash of `base`. */
  washAlpha: number;
}

export const PALETTE: Record<Level, LevelColours> = {
  high: {
    base: '#0072b2', underline: '#288cdc', ink: { light: '#1174b4', dark: '#1d8fda' },
    contrast: { wash: '#9fd3ff', underline: '#05456d' }, line: 'solid', border: 'solid', washAlpha: 0.22,
  },
  medium: {
    base: '#e69f00', underline: '#e1a000', ink: { light: '#9c6b06', dark: '#f9ad0b' },
    contrast: { wash: '#ffd77a', underline: '#7a4f00' }, line: 'dashed', border: 'dashed', washAlpha: 0.26,
  },
  low: {
    base: '#d55e00', underline: '#eb6e28', ink: { light: '#733101', dark: '#df6507' },
    contrast: { wash: '#ffb98c', underline: '#7a2800' }, line: 'dotted', border: 'dotted', washAlpha: 0.2,
  },
  none: {
    base: '#808080', underline: '#8c8c8c', ink: { light: '#747474', dark: '#989898' },
    contrast: { wash: '#d9d9d9', underline: '#303030' }, line: 'wavy', border: 'double', washAlpha: 0.2,
  },
};

export const PALETTE_LEVELS = Object.keys(PALETTE) as Level[];

/** '#0072b2', 0.22 -> 'rgba(0, 114, 178, 0.22)' */
export function rgba(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The card and popup theme's level variables for one theme. */
export function levelVars(theme: 'light' | 'dark'): string {
  return PALETTE_LEVELS.map((level) => `--sm-${level}: ${PALETTE[level].ink[theme]};`).join(' ');
}

/** `.sm-level-<level>` rules: the level's colour, its underline style and its border style. */
export function levelClassCss(): string {
  return PALETTE_LEVELS.map((level) =>
    `.sm-level-${level} { --sm-level: var(--sm-${level}); --sm-line: ${PALETTE[level].line}; --sm-border-line: ${PALETTE[level].border}; }`).join('\n');
}
