// Batch mode: one {"id", "text"} a line in, one {"id", "claims"} a line out, in order, each text on its own.
// Streamed: a line is read, analyzed and written before the next is read (the writer waits for a full pipe).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { analyze, blocksFromPlainText } from '../analysis';
import { CliError, EXIT_FAILURE, oneLine } from './errors';
import { linesOf } from './lines';
import { blankControls, safeJson, stripDeep } from './sanitize';

export type WriteLine = (line: string) => Promise<void>;

/** Returns the exit code: 0 when every line was analyzed, 1 when some line failed. */
export async function runJsonl(file: string, maxLineBytes: number, out: WriteLine, err: (line: string) => void): Promise<number> {
  if (file !== '-') {
    try {
      if ((await stat(file)).isDirectory()) throw new Error('is a directory');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  const name = file === '-' ? 'stdin' : file;
  const input = file === '-' ? process.stdin : createReadStream(file);
  let lineNo = 0;
  let failed = 0;
  try {
    for await (const line of linesOf(input, name, maxLineBytes)) {
      lineNo++;
      // A byte-order mark before the first line is not part of its JSON (as for .txt input).
      const raw = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      if (!raw.trim()) continue;
      const result = analyzeLine(raw);
      if ('error' in result) {
        failed++;
        err(`sourcemark: ${name}:${lineNo}: ${result.error}${result.id !== null ? ` (id ${safeJson(result.id)})` : ''}`);
        await out(safeJson({ id: result.id, line: lineNo, error: result.error }));
      } else {
        await out(safeJson(result));
      }
    }
  } finally {
    input.destroy();
  }
  return failed ? EXIT_FAILURE : 0;
}

type LineResult = { id: unknown; claims: unknown[] } | { id: unknown; error: string };

function analyzeLine(raw: string): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, error: 'not a JSON object' };
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (id === undefined) return { id: null, error: 'missing "id"' };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  try {
    const clean = blankControls(text);
    return { id, claims: stripDeep(analyze(clean, blocksFromPlainText(clean))) };
  } catch (error) {
    return { id, error: `analysis failed: ${oneLine(error)}` };
  }
}
