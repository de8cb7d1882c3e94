// Bytes to text: the charset the server declares, else the page's own <meta charset>, else UTF-8.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label?.trim() || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

export function decodeText(bytes: Uint8Array, contentType: string, isHtml: boolean): string {
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1];
  if (declared) return decoderFor(declared).decode(bytes);
  if (isHtml) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const meta = META_CHARSET.exec(head)?.[1];
    if (meta) return decoderFor(meta).decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}
