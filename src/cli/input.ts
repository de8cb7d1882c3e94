// Reads what the user named: a file, standard input, or a URL (fetched only because the user typed it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './errors';

export type Input =
  | { kind: 'text'; text: string }
  | { kind: 'html'; bytes: Uint8Array; url: string; contentType?: string };

const MAX_BYTES = 50 * 1024 * 1024;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

export async function readInput(input: string, timeoutMs: number): Promise<Input> {
  if (input === '-') return { kind: 'text', text: await readStdin() };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return fetchUrl(input, timeoutMs);
  const bytes = await readFileBytes(input);
  const ext = path.extname(input).toLowerCase();
  const looksHtml = HTML_EXTENSIONS.has(ext) || (ext !== '.txt' && /^\s*<(?:!doctype html|html)[\s>]/i.test(decode(bytes.subarray(0, 1024))));
  if (looksHtml) return { kind: 'html', bytes, url: pathToFileURL(path.resolve(input)).href };
  return { kind: 'text', text: decode(bytes) };
}

export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unreadable';
    const hint = code === 'ENOENT' && /^(?:www\.)?[\w-]+(?:\.[\w-]+)+\//.test(file) ? ' (for a web page, start the URL with https://)' : '';
    throw new CliError(`cannot read ${file}: ${why}${hint}`);
  }
}

export function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(decode(Buffer.concat(chunks))));
    process.stdin.on('error', (error) => reject(new CliError(`cannot read standard input: ${error.message}`)));
  });
}

/** UTF-8, without a byte-order mark (it would shift every offset by one). */
function decode(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function fetchUrl(input: string, timeoutMs: number): Promise<Input> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new CliError(`not a valid URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`only http and https URLs can be fetched: ${input}`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.8' } });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : causeOf(error);
    throw new CliError(`cannot fetch ${input}: ${reason}`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${input}: HTTP ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = await readBody(response, input);
  if (/^text\/plain/i.test(contentType)) return { kind: 'text', text: decode(bytes) };
  if (contentType && !/html|xml/i.test(contentType)) throw new CliError(`cannot analyze ${input}: it is ${contentType.split(';')[0]}, not HTML or text`);
  return { kind: 'html', bytes, url: response.url || url.href, contentType: contentType || undefined };
}

async function readBody(response: Response, input: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new CliError(`cannot analyze ${input}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new CliError(`cannot analyze ${input}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot fetch ${input}: ${causeOf(error)}`);
  }
}

/** Node's fetch hides the reason (DNS, refused connection) in `cause`. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
