// Properties over arbitrary input (fast-check): what must hold for any page text, not only the examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointMapper, quoteContext } from '../../../src/ui/context';
import { csvCell } from '../../../src/ui/export-csv';
import { escapeMarkdown } from '../../../src/ui/export-markdown';
import { shorten } from '../../../src/ui/format';

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** Undoes csvCell for one field (the test's RFC 4180 parser is in export.test.ts; one field is enough here). */
function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('properties', () => {
  it('shorten: never longer than asked, never splits a pair, keeps the start of the text', () => {
    fc.assert(fc.property(anyText, fc.integer({ min: 8, max: 200 }), (text, max) => {
      const out = shorten(text, max);
      expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
      const flat = text.replace(/\s+/g, ' ').trim();
      if (!hasLoneSurrogate(flat)) expect(hasLoneSurrogate(out)).toBe(false);
      if (out === flat) return;
      expect(out.includes('…')).toBe(true);
      expect(flat.startsWith(out.slice(0, out.indexOf('…')))).toBe(true);
    }));
  });

  it('csvCell: a field reads back as the text (with a leading apostrophe only before formula characters)', () => {
    fc.assert(fc.property(anyText, (text) => {
      const cell = csvCell(text);
      expect(/^"|^[^",\r\n]*$/.test(cell)).toBe(true); // quoted, or nothing that needs quoting
      const back = unquote(cell);
      expect(back).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    }));
  });

  it('escapeMarkdown: leaves no unescaped character that starts markup', () => {
    fc.assert(fc.property(anyText, (text) => {
      const out = escapeMarkdown(text);
      expect(out).not.toMatch(/(?<!\\)(?:\\\\)*[<>[\]`*_|~]/u);
      expect(out).not.toMatch(/[\r\n]/);
    }));
  });

  it('codePointMapper agrees with Array.from at every pair boundary, and quoteContext brackets the span', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
      const map = codePointMapper(text);
      const points = Array.from(text);
      let utf16 = 0;
      points.forEach((p, i) => { expect(map(utf16)).toBe(i); utf16 += p.length; });
      expect(map(text.length)).toBe(points.length);
      const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      const { prefix, suffix } = quoteContext(text, { start, end }, 8);
      expect(text.slice(0, start).endsWith(prefix)).toBe(true);
      expect(text.slice(end).startsWith(suffix)).toBe(true);
    }));
  });
});
