// The level colours must read on the card's background (WCAG 4.5:1, since they colour text) and stay apart
// for colour-blind readers: every pair is compared in CIELAB after simulating protanopia, deuteranopia and
// tritanopia (Machado et al. 2009, severity 1). axe cannot check colours in jsdom; this does, from the CSS itself.
import { describe, expect, it } from 'vitest';
import { themeCss } from '../../../src/ui/card-styles';
import { popupCss } from '../../../src/ui/popup/popup-styles';
import { PALETTE } from '../../../src/ui/palette';
import { pageHighlightCss } from '../../../src/ui/page-highlight-css';
import { randomHighlightNames } from '../../../src/ui/highlight-names';

type Rgb = [number, number, number];
const LEVELS = ['high', 'medium', 'low', 'none'] as const;

function blocks(): Record<string, string>[] {
  return [...themeCss.matchAll(/\.sm-theme(?:\.sm-hc)? \{([^}]*)\}/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/--sm-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((v) => [v[1], v[2]])));
}

/** light, dark, high-contrast light, high-contrast dark (the high-contrast blocks keep their base's background). */
function themes(): Array<{ name: string; vars: Record<string, string> }> {
  const [light, dark, hcLight, hcDark] = blocks();
  return [
    { name: 'light', vars: light }, { name: 'dark', vars: dark },
    { name: 'high contrast light', vars: { ...light, ...hcLight } }, { name: 'high contrast dark', vars: { ...dark, ...hcDark } },
  ];
}

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => { const [r, g, b] = parse(hex).map(linear); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SIMULATIONS: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function lab([r, g, b]: Rgb): Rgb {
  const x = 0.4124 * r + 0.3576 * g + 0.1805 * b, y = 0.2126 * r + 0.7152 * g + 0.0722 * b, z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
function seenAs(hex: string, m: number[][]): Rgb {
  const c = parse(hex).map(linear);
  return m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as Rgb;
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('level palette', () => {
  it('has four themes with every level colour', () => {
    const all = themes();
    expect(all).toHaveLength(4);
    for (const t of all) for (const level of LEVELS) expect(t.vars[level], `${t.name} ${level}`).toMatch(/^#/);
  });

  it('reads at 4.5:1 or better on the background, text colours included', () => {
    for (const { name, vars } of themes()) {
      for (const key of [...LEVELS, 'fg', 'muted', 'link']) {
        expect(contrast(vars[key], vars.bg), `${name} ${key}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps every pair of levels apart for colour-blind readers (ΔE ≥ 20)', () => {
    for (const { name, vars } of themes()) {
      for (const [sim, matrix] of Object.entries(SIMULATIONS)) {
        for (let i = 0; i < LEVELS.length; i++) {
          for (let j = i + 1; j < LEVELS.length; j++) {
            const d = deltaE(lab(seenAs(vars[LEVELS[i]], matrix)), lab(seenAs(vars[LEVELS[j]], matrix)));
            expect(d, `${name}, ${sim}: ${LEVELS[i]} vs ${LEVELS[j]}`).toBeGreaterThanOrEqual(20);
          }
        }
      }
    }
  });

  it('gives each level its own line style too, so colour is never the only cue', () => {
    const styles = LEVELS.map((level) => new RegExp(`\\.sm-level-${level} \\{[^}]*--sm-line: (\\w+)`).exec(themeCss)?.[1]);
    expect(styles).toEqual(['solid', 'dashed', 'dotted', 'wavy']);
  });
});

/** Hue angle (CIELAB) of a colour, in degrees. */
function hue(hex: string): number {
  const [, a, b] = lab(parse(hex).map(linear) as Rgb);
  return (Math.atan2(b, a) * 180 / Math.PI + 360) % 360;
}
function ruleOf(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  return at < 0 ? '' : css.slice(at, css.indexOf('}', at));
}
const hexToRgba = (hex: string) => `rgba(${parse(hex).map((c) => Math.round(c * 255)).join(', ')},`;

describe('one palette for page, card and popup', () => {
  const names = randomHighlightNames();
  const page = pageHighlightCss(names);

  it('the page paints each level in its palette colour, with its line style', () => {
    for (const level of LEVELS) {
      const rule = ruleOf(page, `::highlight(${names[level]})`);
      expect(rule, level).toContain(hexToRgba(PALETTE[level].base));
      expect(rule, level).toContain(`underline ${PALETTE[level].line} ${PALETTE[level].underline}`);
      const contrastRule = ruleOf(page, `::highlight(${names[`contrast-${level}`]})`);
      expect(contrastRule, level).toContain(PALETTE[level].contrast.wash);
      expect(contrastRule, level).toContain(`underline ${PALETTE[level].line}`);
    }
  });

  it('card and popup colour each level with the palette ink, in the hue of the page colour', () => {
    const [light, dark] = themes();
    for (const level of LEVELS) {
      expect(light.vars[level]).toBe(PALETTE[level].ink.light);
      expect(dark.vars[level]).toBe(PALETTE[level].ink.dark);
      if (level === 'none') continue; // grey has no hue
      for (const ink of [PALETTE[level].ink.light, PALETTE[level].ink.dark, PALETTE[level].underline, PALETTE[level].contrast.wash, PALETTE[level].contrast.underline]) {
        const d = Math.abs(hue(ink) - hue(PALETTE[level].base));
        expect(Math.min(d, 360 - d), `${level} ${ink}`).toBeLessThan(12);
      }
    }
    // The popup sets no level colour of its own: it uses the theme's variables.
    expect(popupCss).not.toMatch(/--sm-(?:high|medium|low|none)\s*:/);
  });

  it('no two levels share a hue family on the page or in the card (low is not purple, medium not vermillion)', () => {
    const hues = (['high', 'medium', 'low'] as const).map((l) => hue(PALETTE[l].base));
    for (let i = 0; i < hues.length; i++) for (let j = i + 1; j < hues.length; j++) {
      const d = Math.abs(hues[i] - hues[j]);
      expect(Math.min(d, 360 - d)).toBeGreaterThan(15);
    }
  });
});
