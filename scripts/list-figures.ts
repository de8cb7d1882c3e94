// Lists every figure the engine highlights on the fixture pages (test/fixtures/pages), one line each with
// a few words of context, so a reader can check them by eye. The text is the project's own extraction
// (src/page on jsdom), as the extension and `npm run eval` see it.
// Usage: node scripts/run-ts.mjs scripts/list-figures.ts [page ...]
import { readdirSync } from 'node:fs';
import { analyze } from '../src/analysis';
import { extractedPageText } from './eval/doc-text';
import { PAGES_DIR } from './eval/paths';

const CONTEXT = 40;

function pageNames(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.expected.html')).map((f) => f.slice(0, -'.expected.html'.length)).sort();
}

export function main(argv: string[]): number {
  const names = argv.length ? argv : pageNames();
  let total = 0;
  for (const name of names) {
    const { text, blocks } = extractedPageText(name);
    const figures = analyze(text, blocks).filter((c) => c.form === 'figure');
    total += figures.length;
    console.log(`## ${name}: ${figures.length} figures`);
    for (const f of figures) {
      const before = text.slice(Math.max(0, f.start - CONTEXT), f.start).replace(/\s+/g, ' ');
      const after = text.slice(f.end, f.end + CONTEXT).replace(/\s+/g, ' ');
      console.log(`  [${text.slice(f.start, f.end)}]  …${before}⟨${text.slice(f.start, f.end)}⟩${after}…`);
    }
  }
  console.log(`total: ${total} figures on ${names.length} pages`);
  return 0;
}
