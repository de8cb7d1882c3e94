// Embedded posts: one block each, the post's text without its byline line, credited to the byline's author.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/page';
import { parseEmbedByline } from '../../src/page/embed';
import { documentFromHtml } from './load-page';

const LEAD = '<p>The ministry said on Sunday that air defences had intercepted most of the drones overnight, and that repairs were under way.</p>';

function embedOf(html: string) {
  const doc = documentFromHtml(`<!doctype html><body><article>${LEAD}${html}${LEAD}</article></body>`, 'https://news.example/story');
  const ex = extractArticle(doc);
  const block = ex.blocks.find((b) => b.embed) ?? null;
  return { ex, block, text: block ? ex.text.slice(block.start, block.end) : null };
}

describe('embedded posts', () => {
  it('a tweet: text without the byline, author, handle and status link', () => {
    const { block, text, ex } = embedOf(`<blockquote class="twitter-tweet" data-lang="en"><p lang="uk" dir="ltr">Over 40 drones were shot down over Kyiv region — Air Force. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Ukraine's Air Force (@KpsZSU) <a href="https://x.com/KpsZSU/status/1234567890?ref_src=twsrc">March 3, 2025</a></blockquote>`);
    expect(text).toBe('Over 40 drones were shot down over Kyiv region — Air Force. pic.twitter.com/abc');
    expect(block?.embed).toEqual({ author: "Ukraine's Air Force", handle: '@KpsZSU', url: 'https://x.com/KpsZSU/status/1234567890?ref_src=twsrc' });
    expect(block?.element.localName).toBe('blockquote');
    expect(ex.blocks).toHaveLength(3);
  });

  it('a tweet whose byline uses a plain hyphen and whose text has hyphens of its own', () => {
    const { block, text } = embedOf(`<blockquote class="twitter-tweet"><p>Russia-Ukraine talks - day two - ended without a deal.</p>- Jane Q. Reporter (@janeq) <a href="https://twitter.com/janeq/status/99">May 1, 2024</a></blockquote>`);
    expect(text).toBe('Russia-Ukraine talks - day two - ended without a deal.');
    expect(block?.embed).toMatchObject({ author: 'Jane Q. Reporter', handle: '@janeq' });
  });

  it('a tweet without a byline line: the handle from its status link stands for the author', () => {
    const { block, text } = embedOf(`<blockquote class="twitter-tweet"><p>Evacuation trains leave at 6 pm.</p><a href="https://twitter.com/UkrzaliznytsiaE/status/42">link</a></blockquote>`);
    expect(text).toBe('Evacuation trains leave at 6 pm. link');
    expect(block?.embed).toEqual({ author: '@UkrzaliznytsiaE', handle: '@UkrzaliznytsiaE', url: 'https://twitter.com/UkrzaliznytsiaE/status/42' });
  });

  it('an Instagram embed: "A post shared by Name (@handle)"', () => {
    const { block } = embedOf(`<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/"><div><p><a href="https://www.instagram.com/p/XYZ/">A post shared by City Hall (@cityhall)</a></p></div></blockquote>`);
    expect(block?.embed).toEqual({ author: 'City Hall', handle: '@cityhall', url: 'https://www.instagram.com/p/XYZ/' });
  });

  it('a TikTok embed: the handle from its cite URL', () => {
    const { block, text } = embedOf(`<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@rescue.team/video/7300" data-video-id="7300"><section>Flood water reached the second floor overnight</section></blockquote>`);
    expect(text).toBe('Flood water reached the second floor overnight');
    expect(block?.embed).toEqual({ author: '@rescue.team', handle: '@rescue.team', url: 'https://www.tiktok.com/@rescue.team/video/7300' });
  });

  it('an ordinary blockquote is a block, not an embed', () => {
    const { block, ex } = embedOf('<blockquote><p>"We will not leave," the mayor told reporters.</p></blockquote>');
    expect(block).toBeNull();
    expect(ex.text).toContain('"We will not leave," the mayor told reporters.');
  });
});

describe('parseEmbedByline', () => {
  it.each([
    ['Text here. — Foreign Policy (@ForeignPolicy) February 5, 2025', { cut: 11, author: 'Foreign Policy', handle: '@ForeignPolicy' }],
    ['Text — with a dash inside. — Name Surname (@name_s) 2024-01-02', { cut: 27, author: 'Name Surname', handle: '@name_s' }],
    ['No byline at all.', null],
    ['Mentions (@someone) but no dash', null],
  ])('%j', (text, want) => {
    expect(parseEmbedByline(text)).toEqual(want);
  });
});
