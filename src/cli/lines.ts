// Lines of a byte stream, one at a time, so that a batch of any size is never held whole; a line longer than the
// limit (a stream with no line breaks at all, say) is refused instead of being gathered until memory runs out.
import { binaryInput, tooLarge } from './errors';
import { binaryReason } from './sniff';

const NEWLINE = 0x0a;

/** Yields each line (without its \n or \r\n) decoded as UTF-8. Throws a CliError on binary bytes or an oversized line. */
export async function* linesOf(stream: AsyncIterable<Uint8Array>, name: string, maxLineBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let first = true;
  let lineNo = 1;
  const take = (tail: Uint8Array): string => {
    const bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    pendingBytes = 0;
    lineNo++;
    const line = decoder.decode(bytes);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    const reason = binaryReason(chunk, first);
    if (reason) throw binaryInput(name, reason);
    first = false;
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      if (pendingBytes + at - from > maxLineBytes) throw tooLarge(`${name}, line ${lineNo}`, maxLineBytes);
      yield take(chunk.subarray(from, at));
      from = at + 1;
    }
    const rest = chunk.subarray(from);
    pendingBytes += rest.length;
    if (pendingBytes > maxLineBytes) throw tooLarge(`${name}, line ${lineNo}`, maxLineBytes);
    if (rest.length) pending.push(Uint8Array.from(rest));
  }
  if (pendingBytes) yield take(new Uint8Array());
}
