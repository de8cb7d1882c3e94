// Page text is data: nothing from a page or a file may drive the terminal that shows the output.
// Terminal escape sequences (ESC ... and the 8-bit CSI/OSC/DCS strings), the other C0 and C1 control characters,
// and the bidirectional controls that make text display in an order other than its own are taken out.

/** ESC [ ... final (CSI); ESC ] / P / X / ^ / _ ... up to BEL or ST (OSC, DCS, ...); their 8-bit forms; ESC and one character. */
const ESCAPE_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?/g;
/** C0 but tab, line feed and carriage return; DEL; C1; bidi embeddings, overrides and isolates (the Trojan Source set; the plain LRM/RLM marks stay). */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Blanks every escape sequence and control character with spaces of the same length, so that offsets into the
 * text stay offsets into the input (the JSON's `text` and its claims' start/end agree, as they must).
 */
export function blankControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, (m) => ' '.repeat(m.length)).replace(CONTROL, ' ');
}

/** For strings that nothing indexes (title, author, a name): escape sequences and control characters removed. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Every string in a report's page and claims through stripControls: the last guard before any output. */
export function stripDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map(stripDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripDeep(v)])) as T;
  }
  return value;
}

/**
 * JSON whose bytes hold no control character at all: JSON.stringify writes C0 as \u escapes; C1, the bidi
 * controls and the line separators are escaped here too (the parsed value is unchanged).
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
