// Has the engine analyze a stretch of an extraction's blocks and files the claims by block. The engine runs in
// the background (src/background.ts), warm and shared by every tab: the page's main thread only extracts and
// draws, and the content script stays small. Only the stretch's own text is sent, and offsets shifted back.
// Claim ids are made unique per pass ("3.c12"), so claims kept from earlier passes never collide with new ones.
import type { Block, Claim } from '../src/analysis/types';
import type { LanguageInfo } from '../src/analysis/language';
import { MAX_ANALYSIS_TEXT, sendToBackground } from '../src/messages';
import type { Extraction } from '../src/page/types';
import { blockIndexAt, shiftClaim } from './block-diff';
import { nextTurn } from './slices';

export interface BlockStretch {
  /** First block whose claims are wanted. */
  from: number;
  /** One past the last block whose claims are wanted. */
  to: number;
  /** Blocks read before `from` only as context (who was named last, an open quotation). */
  contextFrom: number;
}

/** The page's language: what it declares (sent with each request), and what the engine made of it (the reply). */
export interface PageLanguage {
  declared: string | null;
  engine?: LanguageInfo;
}

export class AnalysisFailed extends Error {
  override name = 'AnalysisFailed';
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
/** The blocks that start within one message's worth of text (a 10 MB page is read up to the limit). */
function withinLimit<T extends { start: number }>(slice: T[]): T[] {
  if (slice.length === 0) return slice;
  const limit = slice[0].start + MAX_ANALYSIS_TEXT;
  let n = 0;
  while (n < slice.length && slice[n].start < limit) n++;
  return n === slice.length ? slice : slice.slice(0, n);
}

export async function analyzeBlocks(extraction: Extraction, stretch: BlockStretch, pass: number, signal: AbortSignal, language?: PageLanguage): Promise<Claim[][] | null> {
  if (signal.aborted) return null;
  const blocks = extraction.blocks;
  const byBlock: Claim[][] = blocks.map(() => []);
  const slice = withinLimit(blocks.slice(stretch.contextFrom, stretch.to));
  if (slice.length === 0) return byBlock;
  const base = slice[0].start;
  const text = extraction.text.slice(base, base + Math.min(slice[slice.length - 1].end - base, MAX_ANALYSIS_TEXT));
  const sent: Block[] = slice.map((b) => ({
    start: b.start - base, end: Math.min(b.end - base, text.length),
    ...(b.embed ? { embed: b.embed } : {}),
    ...(b.links ? { links: b.links.filter((l) => l.end - base <= text.length).map((l) => ({ start: l.start - base, end: l.end - base, href: l.href })) } : {}),
  }));
  // An aborted run stops waiting at once: the next run's request then supersedes this one in the background.
  // A stretch of a changed page is read in the language the whole page was read in (a short stretch proves little).
  const lang = language?.engine?.code ?? language?.declared ?? null;
  const visible = extraction.root?.ownerDocument.visibilityState !== 'hidden';
  const reply = await untilAborted(sendToBackground('analysis/run', { text, blocks: sent, visible, lang }), signal);
  if (!reply || signal.aborted) return null;
  // The background could not answer (the engine failed, or the extension is going away): the reader is told
  // the reading failed, never that the page has no claims.
  if (!reply.ok) throw new AnalysisFailed(reply.error);
  if (reply.value.superseded) return null;
  if (language && reply.value.language) language.engine = reply.value.language;
  const file = (claims: Claim[]) => {
    for (const found of claims) {
      const claim = shiftClaim(found, base);
      const at = blockIndexAt(blocks, claim.start);
      if (at >= stretch.from && at < stretch.to) byBlock[at].push(renamed(claim, pass));
    }
  };
  file(reply.value.claims);
  // A long reply comes in parts, each asked for in a task of its own (src/background/reply-parts.ts).
  const more = reply.value.more;
  for (let index = 1; more && index < more.parts; index++) {
    await nextTurn();
    const part = await untilAborted(sendToBackground('analysis/part', { ticket: more.ticket, index }), signal);
    if (!part || signal.aborted) return null;
    if (!part.ok) throw new AnalysisFailed(part.error);
    if (part.value.gone) return null; // a newer run of this tab replaced it: that run's reply is the one that counts
    file(part.value.claims);
  }
  return byBlock;
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    const onAbort = () => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    void work.then((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}
