// Fetched pages to text: HTML through the article extraction (jsdom's DOMParser here, the browser's in the
// extension), PDF through pdf.js's legacy build (in Node here, without a worker).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/linkcheck/html-text';
import { pdfToText } from '../../src/linkcheck/pdf-text';
import { makePdf } from '../fixtures/linkcheck/make-pdf';

const parse = (html: string) => new new JSDOM('').window.DOMParser().parseFromString(html, 'text/html');
const para = (s: string) => `<p>${s} ${'Further detail follows in this paragraph of the statement. '.repeat(3)}</p>`;

describe('htmlToText', () => {
  it('reads the article body, not the menus and scripts around it', () => {
    const html = `<html><body><nav><a href="/">Home</a><a href="/x">World</a></nav>
      <article><h1>Statement</h1>${para('We will not retreat, not one step.')}${para('Talks remain possible.')}</article>
      <script>document.title = "ran"</script><footer>Copyright</footer></body></html>`;
    const text = htmlToText(html, parse);
    expect(text).toContain('We will not retreat, not one step.');
    expect(text).not.toContain('Copyright');
    expect(text).not.toContain('document.title');
  });

  it('reads a short page without an article whole', () => {
    const text = htmlToText('<html><body><div>Casualty figures: 42 people were killed.</div><div>Updated daily.</div></body></html>', parse);
    expect(text).toContain('42 people were killed');
    expect(text).toContain('Updated daily');
  });

  it('gives empty text for an empty page', () => {
    expect(htmlToText('', parse).trim()).toBe('');
  });
});

describe('pdfToText', () => {
  it('reads the text of every page', async () => {
    const pdf = makePdf([['Situation report', 'At least 42 people were killed (provisional).'], ['Page two: talks remain possible.']]);
    const text = await pdfToText(pdf);
    expect(text).toContain('At least 42 people were killed (provisional).');
    expect(text).toContain('talks remain possible');
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.4 nothing else'))).rejects.toThrow();
  });
});
