// The page's highlight names: random per page load, a full set of distinct CSS identifiers, never the old fixed
// "sourcemark-…" names, and checked before they go into a stylesheet (they arrive by message).
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KEYS, isHighlightNames, levelKey, randomHighlightNames } from '../../../src/ui/highlight-names';
import { pageHighlightCss } from '../../../src/ui/page-highlight-css';

const IDENT = /^[a-z][a-z0-9]*$/;

describe('randomHighlightNames', () => {
  it('gives every highlight its own identifier, with no shared prefix and nothing of "sourcemark"', () => {
    const names = randomHighlightNames();
    const all = HIGHLIGHT_KEYS.map((k) => names[k]);
    expect(all).toHaveLength(11);
    expect(new Set(all).size).toBe(11);
    expect(all.every((n) => IDENT.test(n) && n.length === 12)).toBe(true);
    expect(all.some((n) => n.includes('sourcemark'))).toBe(false);
    expect(isHighlightNames(names)).toBe(true);
  });

  it('differs from one page load to the next', () => {
    const loads = Array.from({ length: 50 }, () => randomHighlightNames().low);
    expect(new Set(loads).size).toBe(50);
  });

  it('draws again where a name is taken by the page or by another of ours', () => {
    // A generator that repeats its first name three times, then counts up.
    let calls = 0;
    const bytes = (out: Uint8Array) => { out.fill(calls < 3 ? 0 : calls); calls++; return out; };
    const names = randomHighlightNames(bytes, (name) => name === 'a'.repeat(12) || name.startsWith('d'));
    const all = HIGHLIGHT_KEYS.map((k) => names[k]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('aaaaaaaaaaaa');
    expect(all.some((n) => n.startsWith('d'))).toBe(false);
  });

  it('maps a level to its normal or high-contrast highlight', () => {
    expect(levelKey('low', false)).toBe('low');
    expect(levelKey('high', true)).toBe('contrast-high');
  });
});

describe('isHighlightNames', () => {
  const good = randomHighlightNames();
  it('refuses anything but a full set of distinct plain identifiers', () => {
    expect(isHighlightNames(null)).toBe(false);
    expect(isHighlightNames([])).toBe(false);
    expect(isHighlightNames({ ...good, extra: 'abcdefghijkl' })).toBe(false);
    const { low: _dropped, ...missing } = good;
    expect(isHighlightNames(missing)).toBe(false);
    expect(isHighlightNames({ ...good, low: good.high })).toBe(false);
    // A name that would break out of the selector into CSS of its own.
    expect(isHighlightNames({ ...good, low: 'abcdefghij) } body { display: none' })).toBe(false);
    expect(isHighlightNames({ ...good, low: '1bcdefghijkl' })).toBe(false);
    expect(isHighlightNames({ ...good, low: 42 })).toBe(false);
  });
});

describe('pageHighlightCss', () => {
  it('styles exactly the names of the page load, and none of the old fixed ones', () => {
    const names = randomHighlightNames();
    const css = pageHighlightCss(names);
    for (const key of HIGHLIGHT_KEYS) expect(css).toContain(`::highlight(${names[key]}) {`);
    expect(css).not.toMatch(/::highlight\(sourcemark/);
    expect(pageHighlightCss(randomHighlightNames())).not.toBe(css);
  });
});
