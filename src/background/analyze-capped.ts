// The engine as the background runs it for a tab: stops one claim past the page cap, so work and the reply stay
// bounded on hostile pages (100,000 numbers) and the content script can still tell that the cap applied.
// As steps (one block each), so the fair scheduler (scheduler.ts) can run it in slices.
import { analyzeIncrementally, type AnalyzeOptions } from '../analysis/index';
import type { Block, Claim } from '../analysis/types';
import { MAX_CLAIMS } from '../messages';

/** One step per block; returns the claims. */
export function* analyzeCappedSteps(text: string, blocks: Block[], max = MAX_CLAIMS, options: AnalyzeOptions = {}): Generator<void, Claim[], void> {
  const claims: Claim[] = [];
  for (const batch of analyzeIncrementally(text, blocks, options)) {
    // One claim at a time: a block of 100,000 numbers yields a batch too big to spread into push().
    for (const claim of batch) {
      claims.push(claim);
      if (claims.length > max) return claims;
    }
    yield;
  }
  return claims;
}

/** All at once (the command line, tests). */
export function analyzeCapped(text: string, blocks: Block[], max = MAX_CLAIMS, options: AnalyzeOptions = {}): Claim[] {
  const steps = analyzeCappedSteps(text, blocks, max, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
