// How the reader's correction of a claim is said in the exports and the lists (the card speaks to the reader: "You ...").
import type { Claim } from '../analysis/types';
import { KIND_WORDS, sourceLabel } from './format';

/** "Source corrected by the reader; Sourcemark had said KCNA (News outlet)." or null when not corrected. */
export function correctionNote(c: Claim): string | null {
  if (!c.correction) return null;
  const engine = c.correction.engineSource
    ? `${sourceLabel(c.correction.engineSource)} (${KIND_WORDS[c.correction.engineSource.kind]})` : 'no source';
  return c.correction.verdict === 'not-a-claim'
    ? `Marked as not a claim by the reader; Sourcemark had credited it to ${engine}.`
    : `Source corrected by the reader; Sourcemark had said ${engine}.`;
}

/** The short mark beside a corrected claim in the popup's and side panel's lists. */
export function correctionMark(c: Claim): string | null {
  if (!c.correction) return null;
  return c.correction.verdict === 'not-a-claim' ? 'Not a claim (your correction)' : 'Source corrected by you';
}
