// Batch mode: one {"id", "text"} a line in, one {"id", "claims"} a line out, in order, each text on its own.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { analyze, blocksFromPlainText } from '../analysis';
import { CliError, EXIT_FAILURE, oneLine } from './errors';

export type WriteLine = (line: string) => Promise<void>;

/** Returns the exit code: 0 when every line was analyzed, 1 when some line failed. */
export async function runJsonl(file: string, out: WriteLine, err: (line: string) => void): Promise<number> {
  if (file !== '-') {
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      throw new CliError(`cannot read ${file}: no such file`);
    }
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    // A byte-order mark before the first line is not part of its JSON (as for .txt input).
    const raw = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (!raw.trim()) continue;
    const result = analyzeLine(raw);
    if ('error' in result) {
      failed++;
      err(`sourcemark: ${file === '-' ? 'stdin' : file}:${lineNo}: ${result.error}${result.id !== null ? ` (id ${JSON.stringify(result.id)})` : ''}`);
      await out(JSON.stringify({ id: result.id, line: lineNo, error: result.error }));
    } else {
      await out(JSON.stringify(result));
    }
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
    return { id, claims: analyze(text, blocksFromPlainText(text)) };
  } catch (error) {
    return { id, error: `analysis failed: ${oneLine(error)}` };
  }
}
