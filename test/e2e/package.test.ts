// The release artefacts: web-ext lint on the Firefox build (nothing at all to report), the Chrome
// manifest checked against what Chrome accepts, each browser's manifest holding only what the design allows, both
// store zips and the source zip produced, and the source zip rebuilding the zips' files byte for byte.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZip } from '../support/zip';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('release build', () => {
  it('passes web-ext lint with no error, no notice, and no warning but pdf.js\'s explained ones', () => {
    const out = execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    // Preact's innerHTML write (dangerouslySetInnerHTML) is taken out by scripts/no-inner-html.mjs. pdf.js (the
    // linked-source check's PDF reader, loaded on demand) holds a font compiler built with new Function, which the
    // check turns off (isEvalSupported: false) and the CSP forbids (no 'unsafe-eval'), and import() of its own
    // worker file: those warnings, in those two files only, are explained.
    const pdfJs = /^(?:chunks\/pdf-[\w-]+\.js|pdf\.worker\.mjs)$/;
    const explained = (w: { code: string; file?: string }) => pdfJs.test(w.file ?? '') && ['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT'].includes(w.code);
    expect(report.warnings.filter((w: { code: string; file?: string }) => !explained(w))).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('asks only for the permissions of the design', () => {
    for (const browserName of ['chrome', 'firefox']) {
      const manifest = readJson(`dist/${browserName}/manifest.json`);
      expect(manifest.manifest_version).toBe(3);
      // sidePanel is Chrome's alone (Firefox's sidebar_action needs no permission); Chrome parses linked pages in an
      // offscreen document, while Firefox's background page has a DOM of its own.
      // scripting: the content script registered or injected, and the highlight stylesheet of each page load's random
      // names inserted (scripting.insertCSS); activeTab: the click that reads a page in "only when I click".
      expect(manifest.permissions.sort()).toEqual(browserName === 'chrome' ? ['activeTab', 'offscreen', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
      // No host access at install, so no "read and change all your data" warning: http(s) access is asked for when
      // the reader chooses to have every page read (src/read-mode.ts), and per site by "Check the linked source".
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      // The content script is registered at run time (every page) or injected on the click (activeTab + scripting).
      expect(manifest.content_scripts).toBeUndefined();
      // The one network request (that check) goes to http(s) only.
      expect(manifest.content_security_policy.extension_pages).toContain('connect-src http: https:;');
      expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
    }
    expect(readJson('dist/firefox/manifest.json').browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Each browser gets its own side-panel key and not the other's.
    expect(readJson('dist/chrome/manifest.json').side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(readJson('dist/chrome/manifest.json').sidebar_action).toBeUndefined();
    expect(readJson('dist/firefox/manifest.json').sidebar_action.default_panel).toBe('sidepanel.html');
    expect(readJson('dist/firefox/manifest.json').side_panel).toBeUndefined();
  });

  it('Chrome manifest: only keys Chrome knows, a service worker, every file it names in the build, at most 4 shortcuts', () => {
    const manifest = readJson('dist/chrome/manifest.json');
    const known = ['manifest_version', 'name', 'version', 'description', 'icons', 'action', 'background', 'content_scripts',
      'permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'commands',
      'content_security_policy', 'minimum_chrome_version', 'options_ui', 'side_panel', 'default_locale', 'web_accessible_resources'];
    expect(Object.keys(manifest).filter((key) => !known.includes(key))).toEqual([]);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    // Chrome refuses more than four suggested keys; _execute_action opens the popup.
    const suggested = Object.values(manifest.commands as Record<string, { suggested_key?: unknown }>).filter((c) => c.suggested_key);
    expect(suggested.length).toBeLessThanOrEqual(4);
    expect(manifest.commands._execute_action.suggested_key.default).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    expect(existsSync('dist/chrome/privacy.html')).toBe(true);
    for (const browserName of ['chrome', 'firefox']) {
      const m = readJson(`dist/${browserName}/manifest.json`);
      const named = [
        ...Object.values(m.icons), ...Object.values(m.action.default_icon), m.action.default_popup, m.options_ui.page,
        ...(m.background.scripts ?? [m.background.service_worker]), 'content.js', // registered or injected at run time
      ] as string[];
      for (const file of named) expect(existsSync(`dist/${browserName}/${file}`), `${browserName}: ${file}`).toBe(true);
    }
  });

  it('packages a zip per browser and the source zip, which rebuilds both byte for byte', () => {
    execFileSync('node', ['scripts/package.mjs'], { stdio: 'pipe' });
    const { version } = readJson('manifest.json');
    const zips = Object.fromEntries(['chrome', 'firefox', 'source'].map((kind) => {
      const file = `dist/sourcemark-${kind}-${version}.zip`;
      expect(existsSync(file), file).toBe(true);
      return [kind, readZip(readFileSync(file))];
    }));
    const source = zips.source;
    for (const needed of ['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'scripts/build.mjs', 'src/extension-pages/options/privacy.html']) {
      expect(source.has(needed), needed).toBe(true);
    }
    expect([...source.keys()].filter((f) => /^(?:test|node_modules|dist)\//.test(f))).toEqual([]);
    // A reviewer's rebuild: the source alone (with the same installed packages), then `npm run build`.
    const tmp = mkdtempSync(path.join(tmpdir(), 'sourcemark-rebuild-'));
    try {
      for (const [file, bytes] of source) {
        mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
        writeFileSync(path.join(tmp, file), bytes);
      }
      symlinkSync(path.resolve('node_modules'), path.join(tmp, 'node_modules'));
      execFileSync('node', ['scripts/build.mjs'], { cwd: tmp, stdio: 'pipe', env: { ...process.env, SOURCEMARK_DEBUG: '' } });
      for (const browserName of ['chrome', 'firefox']) {
        const packaged = zips[browserName];
        expect(packaged.size).toBeGreaterThan(5);
        for (const [file, bytes] of packaged) {
          expect(readFileSync(path.join(tmp, 'dist', browserName, file)).equals(bytes), `${browserName}: ${file} differs`).toBe(true);
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
