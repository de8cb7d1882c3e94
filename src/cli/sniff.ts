// What the first bytes of an input say: binary or text, HTML or not.

/** How much of the start is inspected for the control-character share. */
const SAMPLE = 64 * 1024;
/** Text has tabs and line breaks, and few other control characters; binary data has many. */
const MAX_CONTROL_SHARE = 0.3;

/**
 * Why a chunk looks binary, or null. A NUL byte anywhere is binary (as git and grep decide); the first chunk is also
 * checked for a UTF-16 byte-order mark and for a large share of control characters and undecodable bytes.
 */
export function binaryReason(chunk: Uint8Array, first: boolean): string | null {
  if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
    return 'a UTF-16 byte-order mark: convert it to UTF-8';
  }
  if (chunk.indexOf(0) !== -1) return 'a NUL byte';
  if (!first) return null;
  const sample = new TextDecoder('utf-8').decode(chunk.subarray(0, SAMPLE));
  const odd = sample.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > MAX_CONTROL_SHARE ? 'mostly control characters' : null;
}

/** An HTML document by its first bytes: `<!doctype html>` or `<html>`, after an optional BOM, whitespace and comments. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '').replace(/^(?:\s|<!--[\s\S]*?-->)*/, '');
  return /^<(?:!doctype html|html)[\s>]/i.test(head);
}
