// Runs the engine over a stretch of an extraction's blocks in time slices and files the claims by block.
// Claim ids are made unique per pass ("3.c12"), so claims kept from earlier passes never collide with new ones.
import { analyzeIncrementally } from '../src/analysis/index';
import type { Claim } from '../src/analysis/types';
import type { Extraction } from '../src/page/types';
import { blockIndexAt } from './block-diff';
import { runInSlices } from './slices';

export interface BlockStretch {
  /** First block whose claims are wanted. */
  from: number;
  /** One past the last block whose claims are wanted. */
  to: number;
  /** Blocks read before `from` only as context (who was named last, an open quotation). */
  contextFrom: number;
}

function renamed(claim: Claim, pass: number): Claim {
  const out: Claim = { ...claim, id: `${pass}.${claim.id}` };
  if (claim.within !== undefined) out.within = `${pass}.${claim.within}`;
  return out;
}

/**
 * Claims of blocks [from, to), indexed by block (entries outside the stretch stay empty).
 * Resolves null when aborted.
 */
export async function analyzeBlocks(extraction: Extraction, stretch: BlockStretch, pass: number, signal: AbortSignal): Promise<Claim[][] | null> {
  const blocks = extraction.blocks;
  const byBlock: Claim[][] = blocks.map(() => []);
  const slice = blocks.slice(stretch.contextFrom, stretch.to);
  const finished = await runInSlices(analyzeIncrementally(extraction.text, slice), (batch) => {
    for (const claim of batch) {
      const at = blockIndexAt(blocks, claim.start);
      if (at >= stretch.from && at < stretch.to) byBlock[at].push(renamed(claim, pass));
    }
  }, signal);
  return finished ? byBlock : null;
}
