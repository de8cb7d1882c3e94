// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_URL_LIMIT, downloadFile } from '../../src/ui/download';
import { exportClaims } from '../../src/ui/export';
import { ARTICLE_TEXT, PAGE, articleClaims } from './claim-factory';

afterEach(() => vi.useRealTimers());

/** Catches the one click on a download link (and stops jsdom from trying to navigate). */
function catchClick(): HTMLAnchorElement[] {
  const clicked: HTMLAnchorElement[] = [];
  document.addEventListener('click', (e) => {
    clicked.push(e.target as HTMLAnchorElement);
    e.preventDefault();
  }, { once: true });
  return clicked;
}

const file = exportClaims('csv', { page: PAGE, claims: articleClaims(), text: ARTICLE_TEXT });

describe('downloadFile', () => {
  it('clicks a temporary <a download> whose data: URL holds the whole file, byte order mark included', () => {
    const clicked = catchClick();
    downloadFile(file);
    expect(clicked).toHaveLength(1);
    const a = clicked[0];
    expect(a.download).toBe(file.filename);
    const href = a.getAttribute('href')!;
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(file.content);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('falls back to a Blob object URL for a large file, revoked once the download has started', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    // jsdom has no object URLs: stand in for the browser's.
    const create = vi.fn((b: Blob) => { blobs.push(b); return 'blob:sourcemark/1'; });
    const revoke = vi.fn();
    Object.assign(window.URL, { createObjectURL: create, revokeObjectURL: revoke });
    const big = { ...file, content: `${file.content}${'x'.repeat(DATA_URL_LIMIT)}` };
    const clicked = catchClick();
    downloadFile(big);
    expect(clicked[0].getAttribute('href')).toBe('blob:sourcemark/1');
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    // Compare bytes, decoded without dropping the byte order mark (Blob.text() would drop it).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer())).toBe(big.content);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:sourcemark/1');
  });
});
