// Whom a reader may pick instead when the engine named the wrong source: the runner-ups the engine considered
// (source.alternatives), else the other sources named in the same article. Never the one already shown.
import type { Claim, SourceKind } from '../analysis/types';
import { engineClaim } from './model';

export interface Candidate { name: string; kind: SourceKind }

const keyOf = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

export function sourceCandidates(claim: Claim, pageClaims: readonly Claim[], max = 8): Candidate[] {
  const engine = engineClaim(claim).source;
  const fromEngine = engine?.alternatives ?? [];
  const fromArticle = pageClaims.flatMap((c) => {
    const s = engineClaim(c).source;
    return s ? [{ name: s.name, kind: s.kind }, ...(s.via ? [s.via] : [])] : [];
  });
  const taken = new Set([claim.source?.name, engine?.name].filter((n): n is string => !!n).map(keyOf));
  const out: Candidate[] = [];
  for (const c of fromEngine.length ? fromEngine : fromArticle) {
    const key = keyOf(c.name);
    if (!key || taken.has(key) || c.kind === 'author') continue;
    taken.add(key);
    out.push({ name: c.name.replace(/\s+/g, ' ').trim(), kind: c.kind });
    if (out.length === max) break;
  }
  return out;
}
