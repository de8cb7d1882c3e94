// Hostile pages: hidden and editable content, code, 5,000-deep nesting built by script, a 1 MB paragraph,
// no body at all. Nothing throws, nothing hidden or editable is read, and the document is never changed.
import { describe, expect, it } from 'vitest';
import { domPointAt, extractArticle, extractMeta, findArticleRoot, hiddenByComputedStyle, isLikelyArticle, textOffsetAt } from '../../src/page';
import { documentFromHtml } from './load-page';

const PROSE = 'Officials said on Tuesday that the talks, which began in March, would resume next week in Geneva. ';

/** Runs every entry point and checks that the document did not change (serialised form and mutation records). */
function readAll(doc: Document, snapshot: () => string = () => doc.documentElement.outerHTML) {
  const before = snapshot();
  const observer = new doc.defaultView!.MutationObserver(() => undefined);
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  const likely = isLikelyArticle(doc);
  const root = findArticleRoot(doc);
  const extraction = extractArticle(doc);
  const meta = extractMeta(doc, doc.URL);
  expect(observer.takeRecords()).toEqual([]);
  observer.disconnect();
  expect(snapshot()).toBe(before);
  return { likely, root, extraction, meta };
}

describe('hostile DOM', () => {
  it('never reads hidden, editable, code, script or the extension\'s own UI', () => {
    const doc = documentFromHtml(`<!doctype html><body><article>
      <p>${PROSE.repeat(5)}</p>
      <p hidden>SECRET hidden attribute</p>
      <p aria-hidden="true">SECRET aria-hidden</p>
      <p style="display:none">SECRET display none</p>
      <p style="margin:0;visibility: hidden">SECRET visibility hidden</p>
      <p>Visible <span style="DISPLAY: NONE">SECRET inline hidden</span>sentence <input value="SECRET input value"> goes on.</p>
      <div contenteditable="true"><p>SECRET editable paragraph</p></div>
      <div contenteditable=""><p>SECRET editable empty attribute</p></div>
      <div contenteditable="false"><p>Read-only text stays.</p></div>
      <textarea>SECRET textarea</textarea><select><option>SECRET option</option></select>
      <div role="textbox">SECRET role textbox</div>
      <pre><code>SECRET code block\nsecond line</code></pre>
      <code>SECRET multi-line
code</code>
      <p>Inline <code>fetch()</code> stays.</p>
      <script>var s = "SECRET script";</script><style>.x{content:"SECRET style"}</style>
      <template><p>SECRET template</p></template><noscript><p>SECRET noscript</p></noscript>
      <svg><text>SECRET svg</text></svg><iframe srcdoc="SECRET iframe"></iframe>
      <span class="sr-only">SECRET screen-reader only</span>
      <sourcemark-card><p>SECRET own card</p></sourcemark-card><sourcemark-panel>SECRET own panel</sourcemark-panel>
      <p>Highlighted <sourcemark-mark>where the API is missing</sourcemark-mark> still reads.</p>
      <p>${PROSE.repeat(5)}</p>
    </article></body>`);
    const { likely, extraction } = readAll(doc);
    expect(likely).toBe(true);
    expect(extraction.text).not.toContain('SECRET');
    expect(extraction.text).toContain('Visible sentence goes on.');
    expect(extraction.text).toContain('Read-only text stays.');
    expect(extraction.text).toContain('Inline fetch() stays.');
    // Our fallback wrappers hold the page's own text: a re-read must not lose highlighted claims.
    expect(extraction.text).toContain('Highlighted where the API is missing still reads.');
  });

  it('skips what stylesheets hide: computed style on request, checkVisibility by default where the browser has it', () => {
    const html = `<!doctype html><head><style>.menu-panel { display: none } .ghost { visibility: hidden }</style></head>
      <body><article><p>${PROSE.repeat(5)}</p><div class="menu-panel"><p>SECRET stylesheet hidden</p></div>
      <p class="ghost">SECRET invisible</p><p>Last words.</p></article></body>`;
    const doc = documentFromHtml(html);
    // jsdom has no layout and no checkVisibility: by default only markup hides.
    expect(extractArticle(doc).text).toContain('SECRET');
    const computed = extractArticle(doc, { isHidden: hiddenByComputedStyle }).text;
    expect(computed).not.toContain('SECRET');
    expect(computed).toContain('Last words.');
    // A browser's checkVisibility is used when present (stubbed here with the computed style), unless turned off.
    const proto = doc.defaultView!.Element.prototype as unknown as { checkVisibility?: (this: Element) => boolean };
    proto.checkVisibility = function (this: Element) { return !hiddenByComputedStyle(this); };
    try {
      expect(extractArticle(doc).text).toBe(computed);
      expect(extractArticle(doc, { isHidden: null }).text).toContain('SECRET');
    } finally {
      delete proto.checkVisibility;
    }
  });

  it('drops what is not seen inside the text: soft hyphens, zero-width spaces, ruby annotations, closed details', () => {
    const doc = documentFromHtml(`<body><article><p>${PROSE.repeat(5)}</p>
      <p id="p">The gov\u00adern\u00adment said\u200b 1,200 people left.</p>
      <p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>の人口</p>
      <details><summary>Read the statement</summary><p>SECRET folded away</p>SECRET loose text</details>
      <details open><summary>Open one</summary><p>Shown text.</p></details></article></body>`);
    const { extraction } = readAll(doc);
    expect(extraction.text).toContain('The government said 1,200 people left.');
    expect(extraction.text).toContain('東京の人口');
    expect(extraction.text).toContain('Read the statement\nOpen one\nShown text.');
    expect(extraction.text).not.toContain('SECRET');
    const node = doc.getElementById('p')!.firstChild as Text;
    const block = extraction.blocks.find((b) => b.element.id === 'p')!;
    expect(block.pieces.map((p) => node.data.slice(p.nodeStart, p.nodeStart + p.end - p.start))).toEqual(['The gov', 'ern', 'ment said', ' 1,200 people left.']);
  });

  it('reads nothing when the whole document is in design mode (an editor)', () => {
    const doc = documentFromHtml(`<body><article><p>${PROSE.repeat(10)}</p></article></body>`);
    doc.designMode = 'on';
    expect(extractArticle(doc).text).toBe('');
  });

  // Built top-down: jsdom attaches a detached subtree recursively, which a 5,000-deep one overflows.
  it('survives block elements nested 5,000 deep, built by script', { timeout: 60_000 }, () => {
    const doc = documentFromHtml('<!doctype html><body></body>');
    let parent: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const div = doc.createElement(i % 2 ? 'div' : 'section');
      div.appendChild(doc.createTextNode(i % 100 === 0 ? `Level ${i}, ${PROSE}` : ' '));
      parent.appendChild(div);
      parent = div;
    }
    const p = doc.createElement('p');
    p.textContent = PROSE.repeat(20);
    parent.appendChild(p);
    const { root, extraction } = readAll(doc);
    expect(root).not.toBeNull();
    expect(extraction.text).toContain('Officials said on Tuesday');
    const last = extraction.blocks[extraction.blocks.length - 1];
    expect(domPointAt(extraction, last.start, 'start')?.node.parentNode).toBe(p);
  });

  it('survives inline elements nested 5,000 deep inside one paragraph', { timeout: 60_000 }, () => {
    const doc = documentFromHtml('<!doctype html><body><article><p id="p"></p></article></body>');
    let parent: Element = doc.getElementById('p')!;
    for (let i = 0; i < 5000; i++) {
      const span = doc.createElement(i % 3 ? 'span' : 'a');
      if (i % 3 === 0) span.setAttribute('href', `https://other.example/${i}`);
      span.appendChild(doc.createTextNode(`w${i} `));
      parent.appendChild(span);
      parent = span;
    }
    parent.appendChild(doc.createTextNode(PROSE.repeat(10)));
    const { extraction } = readAll(doc);
    expect(extraction.blocks).toHaveLength(1);
    expect(extraction.text.startsWith('w0 w1 w2 ')).toBe(true);
    expect(extraction.text.endsWith('in Geneva.')).toBe(true);
    // Every link lies within the text and covers its words.
    for (const link of extraction.blocks[0].links ?? []) {
      expect(extraction.text.slice(link.start, link.end).startsWith('w')).toBe(true);
    }
    expect(extraction.blocks[0].links?.length).toBe(1667);
  });

  it('reads a 1 MB paragraph as one block, mapped exactly', { timeout: 30_000 }, () => {
    const words: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const w = `word${i % 997}${i % 13 === 0 ? ',' : ''}`;
      words.push(w);
      size += w.length + 1;
    }
    const raw = words.map((w, i) => w + (i % 50 === 0 ? '\n\t  ' : ' ')).join('');
    const doc = documentFromHtml(`<!doctype html><body><article><h1>Title</h1><p id="big"></p></article></body>`);
    doc.getElementById('big')!.textContent = raw;
    const { extraction } = readAll(doc);
    expect(extraction.blocks).toHaveLength(2);
    const big = extraction.blocks[1];
    expect(extraction.text.slice(big.start, big.end)).toBe(words.join(' '));
    const node = doc.getElementById('big')!.firstChild as Text;
    for (const p of big.pieces) expect(node.data.slice(p.nodeStart, p.nodeStart + p.end - p.start)).toBe(extraction.text.slice(p.start, p.end));
    const mid = big.start + Math.floor((big.end - big.start) / 2);
    const point = domPointAt(extraction, mid, 'start')!;
    expect(textOffsetAt(extraction, point.node, point.offset)).toBe(mid);
  });

  it('copes with a document without body, head or any text', () => {
    const empty = documentFromHtml('');
    expect(readAll(empty).extraction).toEqual({ text: '', blocks: [], root: null });
    const frameset = documentFromHtml('<html><frameset><frame src="a.html"></frameset></html>');
    expect(readAll(frameset).extraction.text).toBe('');
    const doc = documentFromHtml('<html><head></head><body></body></html>');
    doc.documentElement.removeChild(doc.body);
    expect(() => extractArticle(doc)).not.toThrow();
    expect(isLikelyArticle(doc)).toBe(false);
  });

  it('ignores malformed JSON-LD and odd metadata', () => {
    const doc = documentFromHtml(`<html><head><title>  Only a title  </title>
      <script type="application/ld+json">{not json</script>
      <script type="application/ld+json">[{"@type":["NewsArticle"],"headline":"Headline from JSON-LD","author":[{"name":"A. Writer"},{"name":"B. Writer"}],"datePublished":"2024-05-01"}]</script>
      </head><body><p>${PROSE}</p></body></html>`);
    const { likely, meta } = readAll(doc);
    expect(likely).toBe(true);
    expect(meta).toMatchObject({ title: 'Headline from JSON-LD', author: 'A. Writer, B. Writer', published: '2024-05-01', publisher: null });
  });

  it('says that pages without article text are not articles, cheaply', () => {
    const doc = documentFromHtml(`<body><nav>${'<a href="/x">Section</a>'.repeat(200)}</nav><div>Sign in</div></body>`);
    const { likely, root, extraction } = readAll(doc);
    expect(likely).toBe(false);
    expect(root).toBeNull();
    expect(extraction.text).toBe('');
  });
});
