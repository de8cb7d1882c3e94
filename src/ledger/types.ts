// What the ledger keeps and what it answers. Stored records use short field names: 10,000 articles must fit in
// 50 MB, and every record is stored once per claim read.
import type { Form, SourceKind, Topic } from '../analysis/types';

/** Who a claim is credited to, as the reader saw it (a corrected source when the reader gave one). */
export interface LedgerSource {
  name: string;
  kind: SourceKind;
  /** Whom the source relays ("KCNA, citing Kim Jong Un"). */
  via?: string;
}

/** One article read. `id` is assigned by the store; claims point at it. */
export interface ArticleRecord {
  id?: number;
  url: string;
  title: string | null;
  /** The publisher's name when the page gives one, else the hostname. */
  site: string;
  /** ISO 8601 as the page gives it. */
  published: string | null;
  /** When it was last read (ms since the epoch). */
  readAt: number;
  /** How many of its claims are kept. */
  n?: number;
}

/** What a figure says, in the form matching needs. */
export interface FigureFacts {
  topic: Topic;
  /** Lemma of the counted noun or unit ("troop", "person", "usd"); '' when the figure names none. */
  lemma: string;
  /** Bounds of the value: [lo, hi], hi = Infinity for "more than". */
  lo: number;
  hi: number;
  /** Named things around it (lower-case keys, sorted). */
  entities: string[];
  /** For casualties: killed, injured, missing... ('' when the sentence does not say). */
  aspect: string;
}

/** One claim as the ledger stores it; its article is `articleOfClaim(id)` (schema.ts). */
export interface ClaimRecord {
  id?: number;
  /** The claim's id within the article (the engine's). */
  c: string;
  form: Form;
  /** Shown: the figure as written ("some 9,500") or the quotation's or statement's words. */
  w: string;
  src: LedgerSource | null;
  /** Figures only. */
  f?: FigureFacts;
}

/** A stored claim with its article's id, as the ledger page and export read them. */
export interface ClaimRow extends ClaimRecord {
  a: number;
}

/**
 * A claim about to be recorded or looked up: its record without ids, and its match keys (hashes: figures by
 * topic|lemma|entity, quotations and statements by a prefix of their compared sets). Keys are not stored with
 * the claim: they are a function of it (`keysOf`), recomputed when a claim is deleted.
 */
export type LedgerEntry = Omit<ClaimRecord, 'id'> & {
  k: number[];
  /** A quotation's or statement's compared set (sorted hashes), computed with its keys; never stored. */
  s?: number[];
};

export type Relation =
  | 'agrees'            // a figure whose bounds overlap
  | 'conflicts'         // a figure for the same thing whose bounds do not
  | 'same-words'        // a quotation or statement in (nearly) the same words, same or unknown speaker
  | 'other-speaker';    // the same words credited to someone else

/** One match of a claim, in another article (or, for within-article conflicts, the same one). */
export interface LedgerMatch {
  relation: Relation;
  form: Form;
  /** The other claim's value as written, or its words. */
  wording: string;
  source: LedgerSource | null;
  url: string;
  title: string | null;
  site: string;
  published: string | null;
  readAt: number;
  /** The other claim's id when it is in the same article. */
  claimId?: string;
}

/** A figure of the same article, for the same thing, that disagrees. */
export interface InArticleConflict { claimId: string; wording: string; source: LedgerSource | null }

/** What the card shows for one claim: matches elsewhere (newest first) and disagreeing figures in this article. */
export interface ClaimMatches {
  matches: LedgerMatch[];
  inArticle: InArticleConflict[];
}

/** What the background answers for one page: matches per claim id, newest first. */
export interface PageMatches {
  elsewhere: Record<string, LedgerMatch[]>;
  /** Figures in this article for the same thing that disagree: claim id -> the other claims' ids and values. */
  inArticle: Record<string, InArticleConflict[]>;
}
