// Test helper: token-level precision and recall of an extracted text against a reference text (bag of words).

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Overlap { precision: number; recall: number; extracted: number; reference: number }

export function tokenOverlap(extracted: string, reference: string): Overlap {
  const got = tokens(extracted);
  const want = tokens(reference);
  const counts = new Map<string, number>();
  for (const t of want) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of got) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return {
    precision: got.length ? shared / got.length : want.length ? 0 : 1,
    recall: want.length ? shared / want.length : 1,
    extracted: got.length,
    reference: want.length,
  };
}
