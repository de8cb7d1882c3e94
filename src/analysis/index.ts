// The engine's public entry points. Everything else in src/analysis is internal.
// PLACEHOLDER until the attribution engine lands (issue 3): returns no claims.
import type { Block, Claim } from './types';

export type { Block, Claim } from './types';
export * from './types';

/** Splits plain text into blocks: one block per non-empty line. */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  return blocks;
}

/** Analyzes the whole text at once. */
export function analyze(text: string, blocks: Block[] = blocksFromPlainText(text)): Claim[] {
  const claims: Claim[] = [];
  for (const batch of analyzeIncrementally(text, blocks)) claims.push(...batch);
  return claims;
}

/** Yields the claims block by block so callers can work in time slices. */
export function* analyzeIncrementally(_text: string, blocks: Block[]): Generator<Claim[], void, void> {
  for (const _block of blocks) yield [];
}
