import { describe, expect, it } from 'vitest';
import { patternCovers } from '../../../src/linkcheck/match-pattern';

describe('patternCovers', () => {
  it('reads the patterns browsers report', () => {
    expect(patternCovers('http://*/*', 'http://127.0.0.1:8080/a')).toBe(true);
    expect(patternCovers('http://*/*', 'https://example.org/')).toBe(false);
    expect(patternCovers('https://*/*', 'https://example.org/x?y')).toBe(true);
    expect(patternCovers('*://*/*', 'https://example.org/')).toBe(true);
    expect(patternCovers('<all_urls>', 'http://a.b/')).toBe(true);
    expect(patternCovers('<all_urls>', 'file:///etc/passwd')).toBe(false);
  });
  it('matches hosts exactly or by subdomain wildcard', () => {
    expect(patternCovers('https://example.org/*', 'https://example.org/report.pdf')).toBe(true);
    expect(patternCovers('https://example.org/*', 'https://evil-example.org/')).toBe(false);
    expect(patternCovers('https://*.example.org/*', 'https://www.example.org/a')).toBe(true);
    expect(patternCovers('https://*.example.org/*', 'https://example.org/a')).toBe(true);
    expect(patternCovers('https://*.example.org/*', 'https://badexample.org/a')).toBe(false);
  });
  it('respects a path prefix and rejects nonsense', () => {
    expect(patternCovers('https://example.org/docs/*', 'https://example.org/docs/a')).toBe(true);
    expect(patternCovers('https://example.org/docs/*', 'https://example.org/blog/a')).toBe(false);
    expect(patternCovers('not a pattern', 'https://example.org/')).toBe(false);
    expect(patternCovers('https://*/*', 'not a url')).toBe(false);
  });
});
