// The text the engine is run on for each labelled document.
// Pages: by default the project's own extraction (src/page) on the full fixture page, which is what the
// extension and the CLI see; `expected` reads Readability's extracted body instead (page-text.ts), the
// stable reference the labels were written against. Written documents carry their text inline.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksFromPlainText } from '../../src/analysis';
import type { Block } from '../../src/analysis/types';
import { extractArticle } from '../../src/page';
import { pageName, type LabelDoc } from './dataset';
import { expectedPageText } from './page-text';
import { PAGES_DIR } from './paths';

export type TextMode = 'page' | 'expected';
export interface DocText { text: string; blocks: Block[] }

function readPage(name: string, suffix: string, dir: string): string {
  const file = path.join(dir, `${name}${suffix}`);
  if (!existsSync(file)) throw new Error(`missing fixture page ${file}`);
  return readFileSync(file, 'utf8');
}

/** The project's extraction of a fixture page, as the CLI does it for an .html file. */
export function extractedPageText(name: string, dir = PAGES_DIR): DocText {
  const doc = new JSDOM(readPage(name, '.html', dir), { url: `https://fixtures.invalid/${name}`, virtualConsole: new VirtualConsole() }).window.document;
  const { text, blocks } = extractArticle(doc);
  return { text, blocks: blocks.map(({ start, end, embed, links }) => ({ start, end, ...(embed ? { embed } : {}), ...(links ? { links } : {}) })) };
}

export function docText(doc: LabelDoc, mode: TextMode, dir = PAGES_DIR): DocText {
  const name = pageName(doc);
  if (name === null) {
    const text = doc.text ?? '';
    return { text, blocks: blocksFromPlainText(text) };
  }
  return mode === 'page' ? extractedPageText(name, dir) : expectedPageText(name, dir);
}
