// Reads what the user named: a file, standard input, or a URL (fetched only because the user typed it).
// Every source is read with a byte limit and a binary check as it arrives, so an endless or huge input
// (/dev/zero, `yes |`, a 30 MB file) is refused early with one line, never read until the machine gives out.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { binaryInput, CliError, tooLarge } from './errors';
import { binaryReason, looksLikeHtml } from './sniff';

export type Input =
  | { kind: 'text'; text: string }
  | { kind: 'html'; bytes: Uint8Array; url: string; contentType?: string };

export interface ReadOptions { timeoutMs: number; maxBytes: number; html: boolean }

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
/** The address standard input's page is given (its links and metadata resolve against it). */
const STDIN_URL = 'file:///dev/stdin';

export async function readInput(input: string, options: ReadOptions): Promise<Input> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return fetchUrl(input, options);
  const bytes = input === '-' ? await readStdin(options.maxBytes) : await readFileLimited(input, options.maxBytes);
  const ext = input === '-' ? '' : path.extname(input).toLowerCase();
  const html = options.html || HTML_EXTENSIONS.has(ext) || (ext !== '.txt' && looksLikeHtml(bytes));
  if (html) return { kind: 'html', bytes, url: input === '-' ? STDIN_URL : pathToFileURL(path.resolve(input)).href };
  return { kind: 'text', text: decode(bytes) };
}

async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A regular file says its size: refuse before reading a byte. Devices and pipes are read up to the limit.
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge(file, maxBytes);
  } catch (error) {
    await handle?.close();
    if (error instanceof CliError) throw error;
    throw unreadable(file, error);
  }
  try {
    return await readLimited(handle.createReadStream(), file, maxBytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  try {
    return await readLimited(process.stdin, 'standard input', maxBytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read standard input: ${(error as Error).message}`);
  }
}

function unreadable(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unreadable';
  const hint = code === 'ENOENT' && /^(?:www\.)?[\w-]+(?:\.[\w-]+)+\//.test(file) ? ' (for a web page, start the URL with https://)' : '';
  return new CliError(`cannot read ${file}: ${why}${hint}`);
}

/**
 * Reads a stream whole, refusing it (and stopping the read) once it passes the limit or shows binary bytes.
 * Read errors are thrown as they come, for the caller to name.
 */
export async function readLimited(stream: Readable | AsyncIterable<Uint8Array>, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      // The first 64 KB decide text or binary (a NUL anywhere else refuses it too).
      const reason = binaryReason(chunk, total === 0);
      if (reason) throw binaryInput(name, reason);
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** UTF-8, without a byte-order mark (it would shift every offset by one). */
function decode(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function fetchUrl(input: string, options: ReadOptions): Promise<Input> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new CliError(`not a valid URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`only http and https URLs can be fetched: ${input}`);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const failed = (error: unknown) => new CliError(`cannot fetch ${input}: ${(error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : causeOf(error)}`);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.8' } });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${input}: HTTP ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/html|xml|^text\/plain/i.test(contentType)) throw new CliError(`cannot analyze ${input}: it is ${contentType.split(';')[0]}, not HTML or text`);
  if (Number(response.headers.get('content-length')) > options.maxBytes) throw tooLarge(input, options.maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = response.body ? await readLimited(response.body as unknown as AsyncIterable<Uint8Array>, input, options.maxBytes) : new Uint8Array();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw failed(error);
  }
  if (/^text\/plain/i.test(contentType) && !options.html) return { kind: 'text', text: decode(bytes) };
  return { kind: 'html', bytes, url: response.url || url.href, contentType: contentType || undefined };
}

/** Node's fetch hides the reason (DNS, refused connection) in `cause`. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
