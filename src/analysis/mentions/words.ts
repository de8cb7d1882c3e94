// Small token helpers the mention readers share.
import type { Token } from '../tokens';

const POSSESSIVE = new Set(["'s", "'"]);
const ODD_SPACE = /\s{2}|[\t\n\r\u00a0]/;

export function isPossessive(t: Token): boolean { return POSSESSIVE.has(t.lw) || t.lw === '’s' || t.lw === "’"; }

/** A lower-case word without its abbreviation dot ("sen." -> "sen"). */
export function bare(lw: string): string { return lw.endsWith('.') ? lw.slice(0, -1) : lw; }

/** The text of toks[a..b], with runs of odd white space made one space. */
export function joinTokens(text: string, toks: Token[], a: number, b: number): string {
  const s = text.slice(toks[a].s, toks[b].e);
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Offsets of toks[a..b]. */
export function span(toks: Token[], a: number, b: number): { s: number; e: number } {
  return { s: toks[a].s, e: toks[b].e };
}
