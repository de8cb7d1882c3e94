// No English left in the interface's code: every word a reader sees comes from _locales through t()/tn().
// The scan reads each UI file's syntax tree and flags text a reader would see: JSX text, string values of
// user-facing attributes (aria-label, title, placeholder, alt, label, legend), and string or template literals that
// read as prose (two words or more) or, inside JSX or as a label, a capitalised word. Brand and format names
// ("Sourcemark", "CSV", "JSON-LD"...) are the same in every language and allowed. A technical string that looks like
// prose can be exempted with a comment `i18n-exempt` on its line or the line before, saying why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/ui', 'popup', 'src/extension-pages', 'content-scripts/card'];
const EXTRA_FILES = ['src/linkcheck/types.ts'];
/** Files that hold no words for the reader: styles, the palette, the i18n module itself, data formats. */
const SKIP = /(?:^|\/)(?:[\w-]*styles\.ts|palette\.ts|page-highlight-css\.ts|i18n[\w-]*\.ts|export-csv\.ts|download\.ts|context\.ts|types\.ts)$/;
/** The same in every language. */
const BRAND = /\b(?:Sourcemark|Markdown|CSV|JSON-LD|JSON Lines|JSON|Web Annotation|PDF|HTML|Chrome|Firefox|URL)\b/g;
const USER_ATTRS = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label', 'legend']);
const LABEL_PROPS = new Set(['label', 'title', 'legend', 'heading', 'message', 'reason', 'description', 'text']);

function files(): string[] {
  const out: string[] = [...EXTRA_FILES];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !SKIP.test(p)) out.push(p);
    }
  };
  ROOTS.forEach(walk);
  return out;
}

/** A word of the reader's language, not code: kebab-case classes, camelCase keys and URLs are code. */
function wordsOf(text: string): string[] {
  if (/^\s*(?:[a-z-]+\s*:\s*[^;:]+;\s*)+$/.test(text)) return []; // an inline style ("top: 0 !important; ...")
  return text.replace(BRAND, ' ').split(/[\s,.;:!?()"“”‘’«»„…·—–/]+/u)
    .filter((w) => /\p{L}{2,}/u.test(w))
    .filter((w) => !/^[a-z][a-z0-9]*(?:-[a-z0-9]*)+$/.test(w) && !/^[a-z]+[A-Z]\w*$/.test(w) && !/^(?:https?|chrome|about|moz-extension):/.test(w) && !/^sm[-_]/.test(w));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

function insideJsx(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isJsxExpression(n) || ts.isJsxAttribute(n)) return true;
    if (ts.isCallExpression(n) || ts.isFunctionLike(n)) return false;
  }
  return false;
}

function ignored(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n) || ts.isTypeNode(n)) return true;
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText();
      if (/^console\.|^(?:t|tn|localized)$|^new URL|querySelector|getAttribute|setAttribute|addEventListener|classList/.test(callee)) return true;
    }
    if (ts.isPropertyAssignment(n) && n.name === node) return true;
  }
  return false;
}

interface Finding { file: string; line: number; text: string }

function scan(file: string): Finding[] {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const flag = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
    if (/i18n-exempt/.test(lines[line] ?? '') || /i18n-exempt/.test(lines[line - 1] ?? '')) return;
    found.push({ file, line: line + 1, text: text.trim().slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (wordsOf(node.text).length > 0) flag(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const init = node.initializer;
      if (USER_ATTRS.has(name) && init && ts.isStringLiteral(init) && wordsOf(init.text).length > 0) flag(node, init.text);
    } else {
      const text = literalText(node);
      // An attribute's own string was judged above (class, rel, href... are code; aria-label, title... are words).
      const attribute = node.parent !== undefined && ts.isJsxAttribute(node.parent);
      if (text !== null && !attribute && !ignored(node)) {
        const words = wordsOf(text);
        const prose = words.length >= 2 && /\s/.test(text.trim());
        const capitalised = words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
        const asLabel = ts.isPropertyAssignment(node.parent) && LABEL_PROPS.has(node.parent.name.getText());
        if (prose || (capitalised && (insideJsx(node) || asLabel))) flag(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}


describe('the interface has no English literal left', () => {
  const all = files();

  it('scans the interface files', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it('finds English where it is (the scan itself can fail)', () => {
    const probe = path.join('test', 'fixtures', 'i18n-probe.tsx');
    const findings = scan(probe).map((f) => f.text);
    expect(findings).toEqual(['Settings', 'Close the card', 'Show all claims', 'Wrong source?']);
  });

  it('every word a reader sees comes from the messages', () => {
    const findings = all.flatMap(scan);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
