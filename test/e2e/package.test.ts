// The release artefacts: web-ext lint on the Firefox build (no errors, no unexplained warnings),
// both store zips produced, and each browser's manifest holding only what the design allows.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('release build', () => {
  it('passes web-ext lint with only the explained Preact innerHTML warning', () => {
    const out = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    // README "Release": Preact's bundled support for dangerouslySetInnerHTML, which Sourcemark never uses.
    const unexplained = report.warnings.filter((w: { code: string }) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(unexplained).toEqual([]);
  });

  it('asks only for the permissions of the design', () => {
    for (const browserName of ['chrome', 'firefox']) {
      const manifest = readJson(`dist/${browserName}/manifest.json`);
      expect(manifest.manifest_version).toBe(3);
      // sidePanel is Chrome's alone (Firefox's sidebar_action needs no permission).
      expect(manifest.permissions.sort()).toEqual(browserName === 'chrome' ? ['activeTab', 'sidePanel', 'storage'] : ['activeTab', 'storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
    }
    expect(readJson('dist/firefox/manifest.json').browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Each browser gets its own side-panel key and not the other's.
    expect(readJson('dist/chrome/manifest.json').side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(readJson('dist/chrome/manifest.json').sidebar_action).toBeUndefined();
    expect(readJson('dist/firefox/manifest.json').sidebar_action.default_panel).toBe('sidepanel.html');
    expect(readJson('dist/firefox/manifest.json').side_panel).toBeUndefined();
  });

  it('packages a zip per browser', () => {
    execFileSync('node', ['scripts/package.mjs'], { stdio: 'pipe' });
    const { version } = readJson('manifest.json');
    for (const browserName of ['chrome', 'firefox']) expect(existsSync(`dist/sourcemark-${browserName}-${version}.zip`)).toBe(true);
  });
});
