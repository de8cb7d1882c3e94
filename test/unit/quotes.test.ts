// Quotation pairing over many quote styles, written in wire and feature style.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analysis/quotes';

const inner = (text: string, continuing = false) =>
  findQuotes(text, 0, text.length, continuing).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuotes', () => {
  it.each([
    ['"We will rebuild every house," the mayor said.', ['We will rebuild every house,']],
    ['“We will rebuild every house,” the mayor said.', ['We will rebuild every house,']],
    ['«Nous ne céderons pas», a déclaré le ministre.', ['Nous ne céderons pas']],
    ['„Wir werden nicht nachgeben“, sagte der Minister.', ['Wir werden nicht nachgeben']],
    ["''It is a heck of a lot of work,'' he added.", ['It is a heck of a lot of work,']],
    ["The minister called it 'a dark day for the region' in a televised address.", ['a dark day for the region']],
    ['‘We are not leaving,’ said one resident of the camp.', ['We are not leaving,']],
  ])('pairs %s', (text, want) => {
    expect(inner(text)).toEqual(want);
  });

  it('keeps apostrophes out of single quotes', () => {
    expect(inner("The country's leaders didn't comment on the rebels' demands.")).toEqual([]);
    expect(inner('It’s the workers’ money, she said.')).toEqual([]);
  });

  it('splits a split quotation into its two parts', () => {
    const text = '"The shelling has stopped," he said, "but nobody trusts the ceasefire."';
    expect(inner(text)).toEqual(['The shelling has stopped,', 'but nobody trusts the ceasefire.']);
  });

  it('keeps a quotation across sentences', () => {
    const text = '"We waited for hours. Nobody came. Then the water rose," she said.';
    expect(inner(text)).toEqual(['We waited for hours. Nobody came. Then the water rose,']);
  });

  it('leaves a quotation open at the end of a paragraph and marks the next as its continuation', () => {
    const first = '"The first convoy left at dawn. The second was turned back at the checkpoint.';
    const [q] = findQuotes(first, 0, first.length);
    expect(q.open).toBe(true);
    const second = '"By noon we had no fuel left," the driver said.';
    const [c] = findQuotes(second, 0, second.length, true);
    expect(c.continued).toBe(true);
    expect(c.open).toBe(false);
  });

  it('ignores nested single quotes inside a double quotation', () => {
    const text = '"They told us \'go home\' and closed the gate," a farmer said.';
    expect(inner(text)).toEqual(["They told us 'go home' and closed the gate,"]);
  });

  it('counts words so scare quotes can be told apart', () => {
    const text = 'Officials described the strike as "surgical" and the response as "measured and proportionate to the threat."';
    const qs = findQuotes(text, 0, text.length);
    expect(qs.map((q) => q.words)).toEqual([1, 6]);
  });

  it('respects block bounds', () => {
    const text = 'xx "one two three" yy "four five"';
    const qs = findQuotes(text, 3, 18);
    expect(qs).toHaveLength(1);
    expect(qs[0].end).toBeLessThanOrEqual(18);
  });

  it('does not run away on unbalanced marks', () => {
    const text = 'He said " and then left. Later: "Nothing happened" was the reply.';
    for (const q of findQuotes(text, 0, text.length)) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
    }
  });
});
