// Test helper: a fixture page as a jsdom Document (no scripts run, no resources loaded, no console noise).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function documentFromHtml(html: string, url = 'https://example.org/article'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function loadFixture(relative: string, url?: string): Document {
  return documentFromHtml(readFileSync(path.join(FIXTURES, relative), 'utf8'), url);
}
