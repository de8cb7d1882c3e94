// Command-line arguments of `sourcemark analyze`.
import { CliError } from './errors';

export type Format = 'json' | 'table' | 'markdown';

export interface AnalyzeArgs {
  command: 'analyze';
  input: string | null;
  format: Format | null;
  jsonl: string | null;
  timeoutMs: number;
}

export type Args = AnalyzeArgs | { command: 'help' };

export const USAGE = `Usage: sourcemark analyze [options] FILE|URL|-

Finds the claims in a news text and who each is attributed to.

Input:
  FILE.txt, -        plain text (- is standard input); each non-empty line is a block;
                     the output's "text" is the input exactly, so offsets index it
  FILE.html, URL     an HTML page (http/https URLs are fetched: the only network use);
                     the article body is extracted as the browser extension does, and
                     "page" gives its url, title, publisher, author and published date

Options:
  --format FORMAT    json, table or markdown (default: table on a terminal, json when piped)
                     json: {"version": 1, "page": {...} | null, "text": "...", "claims": [...]}
  --jsonl FILE       batch mode: one {"id": ..., "text": "..."} per line in (- for stdin),
                     one {"id": ..., "claims": [...]} per line out, in order, each text
                     analyzed on its own (--format is ignored). A malformed line gives
                     {"id": ..., "line": N, "error": "..."} in its place and a message on
                     stderr; the other lines go on, and the exit code is then 1
  --timeout SECONDS  give up fetching a URL after this long (default 20)
  -h, --help         this help

Exit codes: 0 done, 2 usage error or unreadable input, 1 anything else.`;

const FORMATS: Format[] = ['json', 'table', 'markdown'];

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0) throw new CliError('missing command: try "sourcemark analyze FILE" or "sourcemark --help"');
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new CliError(`unknown command "${command}": try "sourcemark --help"`);
  const args: AnalyzeArgs = { command: 'analyze', input: null, format: null, jsonl: null, timeoutMs: 20_000 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = rest[++i];
      if (next === undefined) throw new CliError(`${name} needs a value`);
      return next;
    };
    if (name === '--format') {
      const format = value() as Format;
      if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}": use json, table or markdown`);
      args.format = format;
    } else if (name === '--jsonl') {
      args.jsonl = value();
    } else if (name === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0) || !Number.isFinite(seconds)) throw new CliError('--timeout needs a positive number of seconds');
      args.timeoutMs = seconds * 1000;
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (args.input !== null) throw new CliError(`one input at a time: got "${args.input}" and "${arg}"`);
      args.input = arg;
    } else {
      throw new CliError(`unknown option "${arg}": try "sourcemark --help"`);
    }
  }
  if (args.jsonl !== null && args.input !== null) throw new CliError('give either --jsonl FILE or an input, not both');
  if (args.jsonl === null && args.input === null) throw new CliError('missing input: FILE, URL or - for standard input');
  return args;
}
