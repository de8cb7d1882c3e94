// CSV for a spreadsheet: RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote or line break),
// one row a claim, and safe to open: a text cell that a spreadsheet would run as a formula gets a leading apostrophe.
import type { Claim } from '../analysis/types';
import type { ExportInput } from './export-types';

export const CSV_COLUMNS = [
  'id', 'form', 'topic', 'text', 'quantity_text', 'value', 'min', 'max', 'approximate', 'unit',
  'source_name', 'source_kind', 'via_name', 'via_kind', 'source_url', 'cue', 'cue_kind',
  'strength', 'confidence', 'level', 'hedges', 'reasons', 'start', 'end', 'within', 'page_url',
  // The reader's correction: 'source' or 'not-a-claim', and what the engine had said (source_* are then the reader's).
  'correction', 'engine_source_name', 'engine_source_kind',
] as const;

type Cell = string | number | boolean | null | undefined;

/** OWASP's list: =, +, -, @ start a formula; tab and carriage return can smuggle one in. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are ours, not page text: written as they are, so a spreadsheet reads them as values.
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(c: Claim, pageUrl: string): Cell[] {
  const q = c.quantity;
  return [
    c.id, c.form, c.topic, c.text, q?.text, q?.value, q?.min, q?.max, q ? q.approximate : undefined, q?.unit,
    c.source?.name, c.source?.kind, c.source?.via?.name, c.source?.via?.kind, c.source?.url, c.cue?.text, c.cue?.kind,
    c.strength, Number.isFinite(c.confidence) ? Math.round(c.confidence * 1000) / 1000 : undefined, c.level,
    c.hedges.join('; '), c.reasons.join('; '), c.start, c.end, c.within, pageUrl,
    c.correction?.verdict, c.correction?.engineSource?.name, c.correction?.engineSource?.kind,
  ];
}

/** A byte order mark first so Excel reads the file as UTF-8 (names like “Zelenskyy” or Korean text survive). */
export function toCsv({ page, claims }: ExportInput, { bom = true } = {}): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const c of claims) lines.push(row(c, page?.url ?? '').map(csvCell).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
