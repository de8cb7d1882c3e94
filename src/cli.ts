// `sourcemark analyze FILE|URL|-`: the engine over a file, standard input or a web page (see --help).
// Bundled by `npm run build` into dist/cli/sourcemark.mjs and run by scripts/sourcemark.mjs;
// main() never throws: errors are one line on stderr and an exit code.
import { analysisLanguage, analyze, blocksFromPlainText } from './analysis';
import { parseArgs, USAGE, type AnalyzeArgs, type Format } from './cli/args';
import { CliError, EXIT_FAILURE, oneLine } from './cli/errors';
import { toJson, toMarkdown, toTable, type Report } from './cli/format';
import { readInput } from './cli/input';
import { runJsonl } from './cli/jsonl';
import { blankControls, stripControls, stripDeep } from './cli/sanitize';
import { VERSION } from './cli/version';

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
    if (args.command === 'version') {
      await writeLine(`sourcemark ${VERSION}`);
      return 0;
    }
    return await runAnalyze(args);
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : EXIT_FAILURE;
    // Messages can quote a file name, a URL or a server's status text: no control character reaches the terminal.
    process.stderr.write(`sourcemark: ${stripControls(oneLine(error))}\n`);
    return code;
  }
}

async function runAnalyze(args: AnalyzeArgs): Promise<number> {
  if (args.jsonl !== null) return runJsonl(args.jsonl, args.maxBytes, writeLine, (line) => process.stderr.write(`${stripControls(oneLine(line))}\n`));
  const input = await readInput(args.input as string, args);
  let report: Report;
  if (input.kind === 'text') {
    // Blanked, not removed: the offsets of the claims still index the input.
    const text = blankControls(input.text);
    const options = { lang: args.lang };
    report = { page: null, text, claims: analyze(text, blocksFromPlainText(text), options), language: analysisLanguage(text, options) };
  } else {
    const { pageText } = await import('./cli/html');
    const extracted = await pageText(input.bytes, input.url, input.contentType);
    const text = blankControls(extracted.text);
    // The caller's --lang, else what the page declares; the engine checks either against the text.
    const options = { lang: args.lang ?? extracted.lang };
    report = { page: extracted.page, text, claims: analyze(text, extracted.blocks, options), language: analysisLanguage(text, options) };
  }
  const clean = { ...report, page: stripDeep(report.page), claims: stripDeep(report.claims), language: stripDeep(report.language) };
  await writeLine(render(clean, args.format ?? (process.stdout.isTTY ? 'table' : 'json')));
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
