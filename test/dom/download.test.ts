// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../src/ui/download';
import { exportClaims } from '../../src/ui/export';
import { ARTICLE_TEXT, PAGE, articleClaims } from './claim-factory';

afterEach(() => vi.useRealTimers());

describe('downloadFile', () => {
  it('clicks a temporary <a download> on an object URL of the content, then cleans up', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    // jsdom has no object URLs: stand in for the browser's.
    const create = vi.fn((b: Blob) => { blobs.push(b); return 'blob:sourcemark/1'; });
    const revoke = vi.fn();
    Object.assign(window.URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    document.addEventListener('click', (e) => {
      clicked.push(e.target as HTMLAnchorElement);
      e.preventDefault(); // jsdom would try to navigate
    }, { once: true });

    const file = exportClaims('csv', { page: PAGE, claims: articleClaims(), text: ARTICLE_TEXT });
    downloadFile(file);

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(file.filename);
    expect(clicked[0].getAttribute('href')).toBe('blob:sourcemark/1');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    // Compare bytes, decoded without dropping the byte order mark (Blob.text() would drop it).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer())).toBe(file.content);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:sourcemark/1');
  });
});
