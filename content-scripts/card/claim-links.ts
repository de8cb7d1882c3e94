// Which page a claim links to: the link the engine credited as its source, else a link inside the claim, in its
// source mention, or in its sentence (page extraction records every link to another site, with offsets).
import type { Claim } from '../../src/analysis/types';
import { isWebUrl } from '../../src/linkcheck/fetch-source';
import type { ExtractedBlock } from '../../src/page/types';

type Range = { start: number; end: number };
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export function linkedUrl(claim: Claim, block: ExtractedBlock | undefined, sentence: Range | null): string | null {
  if (claim.source?.url && isWebUrl(claim.source.url)) return claim.source.url;
  const links = (block?.links ?? []).filter((l) => isWebUrl(l.href));
  const probes: Range[] = [claim];
  if (claim.source?.mention) probes.push(claim.source.mention);
  if (sentence) probes.push(sentence);
  for (const probe of probes) {
    const link = links.find((l) => overlaps(l, probe));
    if (link) return link.href;
  }
  return null;
}
