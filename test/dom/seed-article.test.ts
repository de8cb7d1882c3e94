// The seed article: the extracted body is exactly the paragraphs of seed-article.txt, nothing outside the
// article is read, the tweet is one block credited to its author, and the metadata is the page's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractMeta, isLikelyArticle } from '../../src/page';
import { FIXTURES, loadFixture } from './load-page';

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'seed-article.expected.json'), 'utf8')) as {
  outsideArticle: string[];
  page: { title: string; publisher: string; published: string };
};
const seedLines = readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8').split('\n').filter((l) => l.trim());
const TWEET_BYLINE = /\s+— Foreign Policy \(@ForeignPolicy\) February 5, 2025$/;

describe('seed article', () => {
  const doc = loadFixture('seed-article.html', 'https://dailyledger.example/world/kim-blames-us');
  const before = doc.documentElement.outerHTML;
  const extraction = extractArticle(doc);
  const blockTexts = extraction.blocks.map((b) => extraction.text.slice(b.start, b.end));

  it('is an article, and its body is the <article> element', () => {
    expect(isLikelyArticle(doc)).toBe(true);
    expect(extraction.root?.localName).toBe('article');
  });

  it('yields exactly the paragraphs of seed-article.txt, headline first, the tweet without its byline line', () => {
    // The .txt keeps the tweet's byline line; the extraction moves it into the block's `embed`.
    const want = seedLines.map((line) => line.replace(TWEET_BYLINE, ''));
    expect(blockTexts).toEqual(want);
    expect(extraction.text).toBe(want.join('\n'));
  });

  it('reads nothing outside the article', () => {
    for (const outside of expected.outsideArticle) expect(extraction.text).not.toContain(outside);
    for (const furniture of ['By The Daily Ledger staff', 'Most read', 'Subscribe', 'Privacy']) {
      expect(extraction.text).not.toContain(furniture);
    }
  });

  it('makes the embedded tweet one block credited to Foreign Policy, with its status link', () => {
    const tweet = extraction.blocks.find((b) => b.embed);
    expect(tweet?.embed).toEqual({
      author: 'Foreign Policy', handle: '@ForeignPolicy', url: 'https://twitter.com/ForeignPolicy/status/1887200000000000000',
    });
    expect(tweet?.element.localName).toBe('blockquote');
    const text = extraction.text.slice(tweet!.start, tweet!.end);
    expect(text.startsWith('The debris from North Korean')).toBe(true);
    expect(text).not.toContain('Foreign Policy (@');
    // Its links point to another host, with offsets that cover the link text.
    expect(tweet?.links?.map((l) => [extraction.text.slice(l.start, l.end), l.href])).toEqual([
      ['https://t.co/A2TL0KvThI', 'https://t.co/A2TL0KvThI'],
      ['pic.twitter.com/ACFiMtrH0N', 'https://t.co/ACFiMtrH0N'],
    ]);
  });

  it('maps every block back to the DOM text it came from', () => {
    for (const block of extraction.blocks) {
      for (const p of block.pieces) {
        expect(p.node.data.slice(p.nodeStart, p.nodeStart + p.end - p.start)).toBe(extraction.text.slice(p.start, p.end));
        expect(block.element.contains(p.node)).toBe(true);
      }
    }
  });

  it('reads the page metadata', () => {
    const meta = extractMeta(doc, doc.URL);
    expect(meta).toEqual({
      url: 'https://dailyledger.example/world/kim-blames-us',
      title: expected.page.title,
      publisher: expected.page.publisher,
      author: 'The Daily Ledger',
      published: '2025-02-10T09:30:00Z',
    });
    expect(meta.published?.startsWith(expected.page.published)).toBe(true);
  });

  it('leaves the document unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
