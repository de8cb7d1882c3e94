// The engine as the background runs it for a tab: stops one claim past the page cap, so work and the reply stay
// bounded on hostile pages (100,000 numbers) and the content script can still tell that the cap applied.
import { analyzeIncrementally } from '../analysis/index';
import type { Block, Claim } from '../analysis/types';
import { MAX_CLAIMS } from '../messages';

export function analyzeCapped(text: string, blocks: Block[], max = MAX_CLAIMS): Claim[] {
  const claims: Claim[] = [];
  for (const batch of analyzeIncrementally(text, blocks)) {
    // One claim at a time: a block of 100,000 numbers yields a batch too big to spread into push().
    for (const claim of batch) {
      claims.push(claim);
      if (claims.length > max) return claims;
    }
  }
  return claims;
}
