// Property tests over random DOM trees: the offset map is exact, both lookups round-trip, the text is what a
// reader sees (skipped subtrees excluded), and nothing throws or changes the document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domPointAt, extractArticle, textOffsetAt, type Extraction } from '../../src/page';
import { documentFromHtml } from './load-page';

type Spec = { text: string } | { tag: string; attrs: Record<string, string>; children: Spec[] };

// Tags whose text is read (<a> without href here: link lists are a judgement the oracle does not model),
// and markup that hides or excludes a subtree (its text is a SECRET marker).
const READ_TAGS = ['p', 'div', 'span', 'b', 'em', 'a', 'li', 'ul', 'h2', 'section', 'blockquote', 'td', 'br', 'i'];
const SKIP: Array<{ tag: string; attrs: Record<string, string> }> = [
  { tag: 'script', attrs: {} }, { tag: 'style', attrs: {} }, { tag: 'textarea', attrs: {} }, { tag: 'pre', attrs: {} },
  { tag: 'span', attrs: { hidden: '' } }, { tag: 'div', attrs: { 'aria-hidden': 'true' } },
  { tag: 'p', attrs: { style: 'color: red; display: none' } }, { tag: 'div', attrs: { contenteditable: 'true' } },
  { tag: 'span', attrs: { style: 'visibility:hidden' } }, { tag: 'aside', attrs: {} }, { tag: 'figcaption', attrs: {} },
  { tag: 'nav', attrs: {} }, { tag: 'sourcemark-card', attrs: {} }, { tag: 'div', attrs: { class: 'share-tools' } },
  { tag: 'noscript', attrs: {} }, { tag: 'template', attrs: {} },
];

const textArb = fc.string({
  unit: fc.constantFrom('a', 'b', 'z', 'Q', '7', ',', '.', '"', ' ', ' ', '\n', '\t', '\u00a0', 'é', '😀', '\r\n', '\u00ad'),
  maxLength: 12,
});

const { tree } = fc.letrec<{ tree: Spec; node: Spec }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    textArb.map((text): Spec => ({ text })), tie('tree')),
  tree: fc.oneof(
    { weight: 4, arbitrary: fc.record({ tag: fc.constantFrom(...READ_TAGS), attrs: fc.constant({}), children: fc.array(tie('node'), { maxLength: 5 }) }) },
    { weight: 1, arbitrary: fc.record({ skip: fc.constantFrom(...SKIP), children: fc.array(tie('node'), { maxLength: 3 }) })
      .map(({ skip, children }): Spec => ({ ...skip, children: [{ text: ' SECRET ' }, ...children] })) },
  ),
}));

function build(doc: Document, spec: Spec): Node {
  if ('text' in spec) return doc.createTextNode(spec.text);
  const el = doc.createElement(spec.tag);
  for (const [k, v] of Object.entries(spec.attrs)) el.setAttribute(k, v);
  // <br> and <textarea>/<template> content: children still go in the DOM; the extraction must cope.
  for (const child of spec.children) el.appendChild(build(doc, child));
  return el;
}

const isSkipped = (spec: Spec) => !('text' in spec) && SKIP.some((s) => s.tag === spec.tag && JSON.stringify(s.attrs) === JSON.stringify(spec.attrs));

/** What a reader sees, with the collapsible whitespace removed: the oracle for the extraction's characters. */
function visible(spec: Spec): string {
  if ('text' in spec) return spec.text;
  if (isSkipped(spec)) return '';
  return spec.children.map(visible).join('');
}
// No-break spaces are kept inside a block but trimmed at its ends, which this oracle does not model;
// soft hyphens are never read.
const squeeze = (s: string) => s.replace(/[ \t\n\r\f\u00a0\u00ad]/g, '');

function checkPieces(ex: Extraction): void {
  let covered = 0;
  let prevEnd = 0;
  for (const block of ex.blocks) {
    const blockText = ex.text.slice(block.start, block.end);
    expect(blockText).not.toMatch(/^\s|\s$|[ \t\n\r\f]{2}|[\t\n\r\f]/);
    for (const p of block.pieces) {
      expect(p.start).toBeGreaterThanOrEqual(Math.max(prevEnd, block.start));
      expect(p.end).toBeLessThanOrEqual(block.end);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.node.data.slice(p.nodeStart, p.nodeStart + (p.end - p.start))).toBe(ex.text.slice(p.start, p.end));
      covered += p.end - p.start;
      prevEnd = p.end;
    }
  }
  // Only collapsed spaces and block breaks lack a piece.
  const uncovered = ex.text.length - covered;
  const spaces = (ex.text.match(/[ \n]/g) ?? []).length;
  expect(uncovered).toBeLessThanOrEqual(spaces);
  expect(ex.blocks.map((b) => ex.text.slice(b.start, b.end)).join('\n')).toBe(ex.text);
}

function checkRoundTrip(ex: Extraction): void {
  for (const p of ex.blocks.flatMap((b) => b.pieces)) {
    for (let o = p.start; o < p.end; o++) {
      const start = domPointAt(ex, o, 'start');
      expect(start).toEqual({ node: p.node, offset: p.nodeStart + (o - p.start) });
      expect(textOffsetAt(ex, start!.node, start!.offset)).toBe(o);
      const end = domPointAt(ex, o + 1, 'end');
      expect(end).toEqual({ node: p.node, offset: p.nodeStart + (o + 1 - p.start) });
    }
  }
  // Offsets outside every piece still map somewhere sensible, or to null past the ends.
  for (let o = -1; o <= ex.text.length + 1; o++) {
    const s = domPointAt(ex, o, 'start');
    const e = domPointAt(ex, o, 'end');
    if (s) expect(s.offset).toBeLessThanOrEqual(s.node.data.length);
    if (e) expect(e.offset).toBeLessThanOrEqual(e.node.data.length);
  }
}

describe('offset map over random DOM trees', () => {
  const doc = documentFromHtml('<!doctype html><html><body><main id="root"></main></body></html>');
  const root = doc.getElementById('root') as HTMLElement;

  it('maps every piece to its characters, round-trips, reads only what a reader sees, changes nothing', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), (specs) => {
      root.replaceChildren(...specs.map((s) => build(doc, s)));
      const before = root.innerHTML;
      const ex = extractArticle(doc, { root });
      checkPieces(ex);
      checkRoundTrip(ex);
      expect(squeeze(ex.text)).toBe(squeeze(specs.map(visible).join('')));
      expect(ex.text).not.toContain('SECRET');
      expect(root.innerHTML).toBe(before);
    }), { numRuns: 300 });
  });

  it('keeps links inside their blocks, starting on a word, on pages with links everywhere', { timeout: 30_000 }, () => {
    const linked = (spec: Spec): Spec => ('text' in spec ? spec
      : { ...spec, attrs: spec.tag === 'a' ? { href: 'https://elsewhere.example/story' } : spec.attrs, children: spec.children.map(linked) });
    fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), (specs) => {
      root.replaceChildren(...specs.map((s) => build(doc, linked(s))));
      const ex = extractArticle(doc, { root });
      checkPieces(ex);
      checkRoundTrip(ex);
      for (const block of ex.blocks) {
        for (const link of block.links ?? []) {
          expect(link.start).toBeGreaterThanOrEqual(block.start);
          expect(link.end).toBeLessThanOrEqual(block.end);
          expect(link.end).toBeGreaterThan(link.start);
          expect(link.href).toBe('https://elsewhere.example/story');
          expect(ex.text[link.start]).not.toBe(' ');
        }
      }
    }), { numRuns: 200 });
  });

  it('maps DOM points inside collapsed whitespace and foreign nodes sensibly', () => {
    root.innerHTML = '<p>  alpha \n\n beta  </p><p>gamma</p>';
    const ex = extractArticle(doc, { root });
    expect(ex.text).toBe('alpha beta\ngamma');
    const first = root.firstChild!.firstChild as Text;
    expect(textOffsetAt(ex, first, 0)).toBe(0); // leading whitespace: the next character taken
    expect(textOffsetAt(ex, first, 9)).toBe(6); // inside "\n\n ": the start of "beta"
    expect(textOffsetAt(ex, first, first.data.length)).toBe(10); // past the last piece: its end
    expect(textOffsetAt(ex, doc.createTextNode('x'), 0)).toBeNull();
    expect(domPointAt(ex, 10, 'start')).toEqual({ node: root.lastChild!.firstChild, offset: 0 }); // the "\n"
    expect(domPointAt(ex, 11, 'end')).toEqual({ node: first, offset: 15 }); // the end of "beta"
    expect(domPointAt(ex, ex.text.length, 'start')).toBeNull();
    expect(domPointAt(ex, 0, 'end')).toBeNull();
  });

  it('keeps no-break spaces inside a block and trims them at its ends, mapping what remains', () => {
    root.innerHTML = '<p>\u00a0 Some\u00a0200 people\u00a0</p><p>\u00a0</p><p>end</p>';
    const ex = extractArticle(doc, { root });
    expect(ex.text).toBe('Some\u00a0200 people\nend');
    const node = root.firstChild!.firstChild as Text;
    expect(ex.blocks[0].pieces).toEqual([{ node, start: 0, end: 15, nodeStart: 2 }]);
  });
});
