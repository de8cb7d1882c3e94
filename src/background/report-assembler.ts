// The background's side of reports sent in parts (src/report/parts.ts): parts are kept per tab until the report is
// whole; nothing is stored before that (an incomplete report is never seen), and a newer report from the tab drops
// an older one still unfinished (its later parts are ignored).
import { isTabResults, type TabResults } from '../messages';
import type { PartInfo } from '../report/parts';

interface Pending { id: string; parts: Array<TabResults | undefined>; received: number }

/** The background's side: parts per tab until a report is whole. */
export class ReportAssembler {
  private readonly pending = new Map<number, Pending>();

  /** Adds one part; returns the whole results when this part completes them, else null. */
  add(tabId: number, results: TabResults, part: PartInfo): TabResults | null {
    let p = this.pending.get(tabId);
    if (!p || p.id !== part.id || p.parts.length !== part.count) {
      // Parts are sent in order, one message each: a report starts with its first part. A later part of any
      // other report is an older one's, still arriving after a newer report began: dropped.
      if (part.index !== 0) return null;
      p = { id: part.id, parts: new Array<TabResults | undefined>(part.count), received: 0 };
      this.pending.set(tabId, p);
    }
    if (p.parts[part.index] === undefined) p.received++;
    p.parts[part.index] = results;
    if (p.received < part.count) return null;
    this.pending.delete(tabId);
    const parts = p.parts as TabResults[];
    const texts = parts.map((r) => r.text ?? null);
    const whole: TabResults = {
      status: parts[0].status, page: parts[0].page, capped: parts[0].capped,
      claims: parts.flatMap((r) => r.claims),
      text: texts.every((t) => t !== null) ? texts.join('') : null,
      ...(parts[0].language ? { language: parts[0].language } : {}),
    };
    return isTabResults(whole) ? whole : null;
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
  }
}
