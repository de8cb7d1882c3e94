// Command-line arguments of `sourcemark analyze`, read with Node's util.parseArgs.
import { parseArgs as parseNodeArgs } from 'node:util';
import { CliError } from './errors';

export type Format = 'json' | 'table' | 'markdown';

export interface AnalyzeArgs {
  command: 'analyze';
  input: string | null;
  format: Format | null;
  jsonl: string | null;
  timeoutMs: number;
  /** Input larger than this is refused (for --jsonl: any one line). */
  maxBytes: number;
  /** Read the input as HTML whatever its name or first bytes. */
  html: boolean;
  /** The text's language as the caller states it ("de"), or null: the page's declared language, then the text's. */
  lang: string | null;
}

export type Args = AnalyzeArgs | { command: 'help' } | { command: 'version' };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const USAGE = `Usage: sourcemark analyze [options] FILE|URL|-

Finds the claims in a news text and who each is attributed to.

Input:
  FILE.txt, -        plain text (- is standard input); each non-empty line is a block;
                     the output's "text" is the input with control characters blanked
                     (each replaced by spaces of the same length), so offsets index it
  FILE.html, URL     an HTML page (http/https URLs are fetched: the only network use);
                     standard input starting with <!doctype html> or <html> is HTML too;
                     the article body is extracted as the browser extension does, and
                     "page" gives its url, title, publisher, author and published date

Options:
  --format FORMAT    json, table or markdown (default: table on a terminal, json when piped)
                     json: {"version": 1, "page": {...} | null, "text": "...", "claims": [...]}
  --jsonl FILE       batch mode, streamed: one {"id": ..., "text": "..."} per line in (- for
                     stdin), one {"id": ..., "claims": [...]} per line out, in order, each text
                     analyzed on its own (--format is ignored). A malformed line gives
                     {"id": ..., "line": N, "error": "..."} in its place and a message on
                     stderr; the other lines go on, and the exit code is then 1
  --html             read the input as HTML, whatever its name or first bytes
  --lang CODE        the text's language (en, de, fr, es, uk, ru; any other code gets
                     figures only); default: an HTML page's declared language (<html lang>,
                     og:locale), then the text's own. The engine overrules a code the text
                     clearly contradicts; the output says which language it used ("language")
  --max-bytes N      refuse input larger than N bytes (for --jsonl: any one line larger);
                     K, M and G suffixes allowed (default 20M)
  --timeout SECONDS  give up fetching a URL after this long (default 20)
  -h, --help         this help
  --version          the version

Binary input (a NUL byte, or mostly control characters) is refused.
Exit codes: 0 done, 2 usage error or unreadable, binary or oversized input, 1 anything else.`;

const FORMATS: Format[] = ['json', 'table', 'markdown'];

const OPTIONS = {
  format: { type: 'string' },
  jsonl: { type: 'string' },
  html: { type: 'boolean' },
  lang: { type: 'string' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0) throw new CliError('missing command: try "sourcemark analyze FILE" or "sourcemark --help"');
  const { values, positionals } = readArgv(argv);
  if (values.help || argv[0] === 'help') return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command !== 'analyze') {
    throw new CliError(command === undefined ? 'missing command: try "sourcemark analyze FILE"' : `unknown command "${command}": try "sourcemark --help"`);
  }
  if (inputs.length > 1) throw new CliError(`one input at a time: got "${inputs[0]}" and "${inputs[1]}"`);
  const args: AnalyzeArgs = {
    command: 'analyze',
    input: inputs[0] ?? null,
    format: values.format === undefined ? null : formatOf(values.format),
    jsonl: values.jsonl ?? null,
    timeoutMs: values.timeout === undefined ? 20_000 : secondsOf(values.timeout) * 1000,
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : bytesOf(values['max-bytes']),
    html: values.html ?? false,
    lang: values.lang === undefined ? null : langOf(values.lang),
  };
  if (args.jsonl !== null && args.input !== null) throw new CliError('give either --jsonl FILE or an input, not both');
  if (args.jsonl === null && args.input === null) throw new CliError('missing input: FILE, URL or - for standard input');
  return args;
}

/** util.parseArgs, its errors turned into the one-line messages the rest of the command uses. */
function readArgv(argv: string[]) {
  try {
    return parseNodeArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option "${option}": try "sourcemark --help"`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`${option} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}`);
    throw new CliError(message);
  }
}

function langOf(value: string): string {
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(value.trim())) throw new CliError(`--lang needs a language code such as de or pt-BR: got "${value}"`);
  return value.trim();
}

function formatOf(value: string): Format {
  if (!FORMATS.includes(value as Format)) throw new CliError(`unknown format "${value}": use json, table or markdown`);
  return value as Format;
}

function secondsOf(value: string): number {
  const seconds = Number(value);
  if (!(seconds > 0) || !Number.isFinite(seconds)) throw new CliError('--timeout needs a positive number of seconds');
  return seconds;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function bytesOf(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const bytes = match ? Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]) : NaN;
  if (!(bytes > 0) || !Number.isSafeInteger(bytes)) throw new CliError(`--max-bytes needs a positive size such as 50000000 or 50M: got "${value}"`);
  return bytes;
}
