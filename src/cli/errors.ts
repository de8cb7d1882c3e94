// Errors the command line reports as one line on stderr, with the exit code the design gives them.

/** Exit code 2: the command was misused or its input could not be read. */
export const EXIT_USAGE = 2;
/** Exit code 1: anything else (a failed line in --jsonl, an engine failure). */
export const EXIT_FAILURE = 1;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
    super(message);
  }
}

/** A single line, whatever the error: never a stack trace. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
}

export function tooLarge(name: string, maxBytes: number): CliError {
  return new CliError(`cannot analyze ${name}: larger than ${sizeName(maxBytes)} (--max-bytes raises the limit)`);
}

export function binaryInput(name: string, reason: string): CliError {
  return new CliError(`cannot analyze ${name}: it looks binary (${reason}), not text or HTML`);
}

function sizeName(bytes: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}
