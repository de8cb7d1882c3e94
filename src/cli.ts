// `sourcemark analyze FILE|URL|-`: the engine over a file, standard input or a web page (see --help).
// Run by scripts/sourcemark.mjs; main() never throws: errors are one line on stderr and an exit code.
import { analyze, blocksFromPlainText } from './analysis';
import { parseArgs, USAGE, type AnalyzeArgs, type Format } from './cli/args';
import { CliError, EXIT_FAILURE, oneLine } from './cli/errors';
import { toJson, toMarkdown, toTable, type Report } from './cli/format';
import { pageText } from './cli/html';
import { readInput } from './cli/input';
import { runJsonl } from './cli/jsonl';

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`sourcemark ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      await writeLine(USAGE);
      return 0;
    }
    return await runAnalyze(args);
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : EXIT_FAILURE;
    process.stderr.write(`sourcemark: ${oneLine(error)}\n`);
    return code;
  }
}

async function runAnalyze(args: AnalyzeArgs): Promise<number> {
  if (args.jsonl !== null) return runJsonl(args.jsonl, writeLine, (line) => process.stderr.write(`${oneLine(line)}\n`));
  const input = await readInput(args.input as string, args.timeoutMs);
  let report: Report;
  if (input.kind === 'text') {
    report = { page: null, text: input.text, claims: analyze(input.text, blocksFromPlainText(input.text)) };
  } else {
    const { text, blocks, page } = pageText(input.bytes, input.url, input.contentType);
    report = { page, text, claims: analyze(text, blocks) };
  }
  await writeLine(render(report, args.format ?? (process.stdout.isTTY ? 'table' : 'json')));
  return 0;
}

function render(report: Report, format: Format): string {
  if (format === 'json') return toJson(report);
  if (format === 'markdown') return toMarkdown(report);
  return toTable(report, process.stdout.columns || 120);
}

/** Writes a line, waiting when the pipe is full (large --jsonl batches). */
function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
