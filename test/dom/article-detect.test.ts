// The cheap "is this an article?" check and the choice of the body element on pages written for the purpose.
import { describe, expect, it } from 'vitest';
import { extractArticle, findArticleRoot, isLikelyArticle } from '../../src/page';
import { documentFromHtml } from './load-page';

const para = (i: number) => `<p>Paragraph ${i}: the regional governor said on Thursday that 1,200 people had been evacuated from villages along the river, and that the water level, which peaked overnight, was expected to fall slowly over the coming days.</p>`;
const teaser = (i: number) => `<article class="card"><h2><a href="/story/${i}">Story number ${i} headline goes here</a></h2><p>A short summary of story ${i}, which tells the reader in a sentence or two what the story is about and why it matters today.</p></article>`;

describe('isLikelyArticle', () => {
  it('trusts the page: og:type article, JSON-LD NewsArticle, itemprop=articleBody', () => {
    expect(isLikelyArticle(documentFromHtml('<head><meta property="og:type" content="article"></head><body><p>Short.</p></body>'))).toBe(true);
    expect(isLikelyArticle(documentFromHtml('<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"ReportageNewsArticle"}]}</script></head><body></body>'))).toBe(true);
    expect(isLikelyArticle(documentFromHtml('<body><div itemprop="articleBody"><p>Text.</p></div></body>'))).toBe(true);
  });

  it('finds an article without metadata by its paragraphs side by side', () => {
    expect(isLikelyArticle(documentFromHtml(`<body><div class="x">${[1, 2, 3, 4, 5].map(para).join('')}</div></body>`))).toBe(true);
  });

  it('says no to a front page of teaser cards, a search page and an app shell', () => {
    const front = documentFromHtml(`<head><meta property="og:type" content="website"></head><body><main>${Array.from({ length: 40 }, (_, i) => teaser(i)).join('')}</main></body>`);
    expect(isLikelyArticle(front)).toBe(false);
    const search = documentFromHtml(`<body><form><input name="q"></form><ol>${Array.from({ length: 20 }, (_, i) => `<li><a href="/r${i}">Result ${i}</a><p>Snippet text for result ${i}, a line or two long.</p></li>`).join('')}</ol></body>`);
    expect(isLikelyArticle(search)).toBe(false);
    expect(isLikelyArticle(documentFromHtml('<body><div id="app"></div><script>boot()</script></body>'))).toBe(false);
  });
});

describe('findArticleRoot', () => {
  it('prefers itemprop=articleBody, then the <article> with most paragraph text', () => {
    const doc = documentFromHtml(`<body><article id="teaser">${para(0)}</article><article id="main"><h1>Title</h1><div itemprop="articleBody" id="body">${[1, 2, 3, 4].map(para).join('')}</div></article></body>`);
    expect(findArticleRoot(doc)?.id).toBe('body');
    doc.getElementById('body')!.removeAttribute('itemprop');
    expect(findArticleRoot(doc)?.id).toBe('main');
  });

  it('finds the body by text density where the page gives no sign, and leaves the sidebar out', () => {
    const doc = documentFromHtml(`<body><div id="nav">${'<a href="/s">Section</a> '.repeat(40)}</div>
      <div id="wrap"><div id="story">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>
      <div id="side"><ul>${'<li><a href="/x">A related story with a long headline</a></li>'.repeat(15)}</ul></div></div></body>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
    const ex = extractArticle(doc);
    expect(ex.blocks).toHaveLength(6);
    expect(ex.text).not.toContain('Section');
    expect(ex.text).not.toContain('related story');
  });

  it('joins an article split into sections between figures', () => {
    const doc = documentFromHtml(`<body><div id="post"><div class="sec">${[1, 2, 3].map(para).join('')}</div>
      <figure><img><figcaption>Photo: Agency</figcaption></figure><div class="sec">${[4, 5, 6].map(para).join('')}</div>
      <div class="sec">${[7, 8].map(para).join('')}</div></div><footer>${para(99)}</footer></body>`);
    expect(findArticleRoot(doc)?.id).toBe('post');
    const text = extractArticle(doc).text;
    for (const i of [1, 4, 8]) expect(text).toContain(`Paragraph ${i}:`);
    expect(text).not.toContain('Photo: Agency');
    expect(text).not.toContain('Paragraph 99');
  });

  it('gives no root when there is no article text', () => {
    expect(findArticleRoot(documentFromHtml('<body><nav><a href="/">Home</a></nav><p>Hi.</p></body>'))).toBeNull();
  });
});
