// A tab's results sent in parts. Chrome serializes a message on the sender's main thread in one go: 2,000 claims
// and a 63,000-word text are about 1.4 MB of JSON, a 15-40 ms task inside the page. In parts of a few hundred
// claims and a slice of the text, each part is its own short task, and the background puts the whole together
// before it stores anything (src/background/report-assembler.ts).
import type { TabResults } from '../messages';

/** Claims per part: about 50 KB of JSON. 200 a part measured 33-47 ms per part in Chromium's trace on a loaded
 *  machine (load 9): a slower computer than ours would see such parts as long tasks. */
export const CLAIMS_PER_PART = 100;
/** Text characters per part. */
export const TEXT_PER_PART = 100_000;
/**
 * More parts than a full report can need are refused (a bound on what one tab can make the background hold):
 * MAX_CLAIMS / CLAIMS_PER_PART and MAX_REPORTED_TEXT / TEXT_PER_PART are 20 each. A literal, because
 * messages.ts imports this file.
 */
export const MAX_PARTS = 32;

export interface PartInfo { id: string; index: number; count: number }

export function isPartInfo(v: unknown): v is PartInfo {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.id === 'string' && p.id.length > 0 && p.id.length <= 64 && Number.isInteger(p.count)
    && (p.count as number) >= 1 && (p.count as number) <= MAX_PARTS && Number.isInteger(p.index)
    && (p.index as number) >= 0 && (p.index as number) < (p.count as number);
}

/** Cuts results into parts; each part is valid results on its own (its claims and its piece of the text). */
export function splitResults(results: TabResults, id: string): Array<{ results: TabResults; part: PartInfo }> {
  const text = results.text ?? null;
  const count = Math.max(1, Math.ceil(results.claims.length / CLAIMS_PER_PART), text === null ? 0 : Math.ceil(text.length / TEXT_PER_PART));
  const out: Array<{ results: TabResults; part: PartInfo }> = [];
  for (let index = 0; index < count; index++) {
    out.push({
      results: {
        status: results.status, page: index === 0 ? results.page : null, capped: results.capped,
        claims: results.claims.slice(index * CLAIMS_PER_PART, (index + 1) * CLAIMS_PER_PART),
        text: text === null ? null : text.slice(index * TEXT_PER_PART, (index + 1) * TEXT_PER_PART),
        ...(results.language ? { language: results.language } : {}),
      },
      part: { id, index, count },
    });
  }
  return out;
}
