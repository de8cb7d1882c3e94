// An analysis's claims sent back to the page in parts. A reply is deserialized on the page's main thread in one go:
// 2,000 claims are about 1.1 MB, measured in Firefox ESR as a 40-50 ms stretch in which the page's own tasks waited
// (a heartbeat in the 63,000-word page). The first part goes with the reply; the page asks for the others one message
// at a time, each its own short task. A frame holds at most one set of parts: its next analysis drops the old one.
import type { Claim } from '../analysis/types';
import { CLAIMS_PER_PART } from '../report/parts';

interface Held { ticket: string; parts: Claim[][]; taken: number; timer: ReturnType<typeof setTimeout> }

/** Parts not asked for within this long are dropped (a page that went away mid-way). */
const HOLD_MS = 60_000;

export function createReplyParts(hold = HOLD_MS) {
  /** By `tabId/frameId`: each frame of a tab reads its own document. */
  const byFrame = new Map<string, Held>();
  let counter = 0;

  const drop = (key: string) => {
    const held = byFrame.get(key);
    if (held) clearTimeout(held.timer);
    byFrame.delete(key);
  };

  return {
    /** The first part, and a ticket for the rest (none when everything fits in one part). */
    split(tabId: number, frameId: number, claims: Claim[]): { claims: Claim[]; more?: { ticket: string; parts: number } } {
      const key = `${tabId}/${frameId}`;
      drop(key);
      if (claims.length <= CLAIMS_PER_PART) return { claims };
      const parts: Claim[][] = [];
      for (let i = 0; i < claims.length; i += CLAIMS_PER_PART) parts.push(claims.slice(i, i + CLAIMS_PER_PART));
      const ticket = `${key}.${++counter}`;
      byFrame.set(key, { ticket, parts, taken: 1, timer: setTimeout(() => drop(key), hold) });
      return { claims: parts[0], more: { ticket, parts: parts.length } };
    },
    /** Part `index` of the frame's held reply; null when the ticket is not its current one (a newer run, or expired). */
    take(tabId: number, frameId: number, ticket: string, index: number): Claim[] | null {
      const key = `${tabId}/${frameId}`;
      const held = byFrame.get(key);
      if (!held || held.ticket !== ticket || index < 1 || index >= held.parts.length) return null;
      const part = held.parts[index];
      if (++held.taken >= held.parts.length) drop(key);
      return part;
    },
    /** The tab closed. */
    forget(tabId: number): void {
      for (const key of [...byFrame.keys()]) if (key.startsWith(`${tabId}/`)) drop(key);
    },
  };
}
