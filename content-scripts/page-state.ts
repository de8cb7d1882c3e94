// What one analysis of the page produced: the extraction, the claims filed by block, and the flat list.
import type { Claim } from '../src/analysis/types';
import type { LanguageInfo } from '../src/analysis/language';
import { MAX_CLAIMS, MAX_REPORTED_TEXT, type PageStatus, type TabResults } from '../src/messages';
import type { Extraction, PageMeta } from '../src/page/types';


export interface PageState {
  status: PageStatus;
  page: PageMeta | null;
  extraction: Extraction | null;
  /** Claims per block of the extraction (uncapped, so a live update can reuse them). */
  byBlock: Claim[][];
  /** The claims reported and drawn: reading order, capped. */
  claims: Claim[];
  capped: boolean;
  byId: Map<string, Claim>;
  /** The page's language as the engine read it (absent until a reading). */
  language?: LanguageInfo;
}

export function emptyState(status: PageStatus, page: PageMeta | null): PageState {
  return { status, page, extraction: null, byBlock: [], claims: [], capped: false, byId: new Map() };
}

export function analyzedState(page: PageMeta, extraction: Extraction, byBlock: Claim[][], language?: LanguageInfo): PageState {
  const all = byBlock.flat();
  const capped = all.length > MAX_CLAIMS;
  const claims = capped ? all.slice(0, MAX_CLAIMS) : all;
  return {
    status: claims.length ? 'ready' : 'nothing-found', page, extraction, byBlock, claims, capped,
    byId: new Map(claims.map((c) => [c.id, c])),
    ...(language ? { language } : {}),
  };
}

export function resultsOf(state: PageState): TabResults {
  const text = state.extraction?.text ?? null;
  return {
    status: state.status, page: state.page, claims: state.claims, capped: state.capped,
    text: text !== null && text.length <= MAX_REPORTED_TEXT ? text : null,
    ...(state.language ? { language: state.language } : {}),
  };
}
