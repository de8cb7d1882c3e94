// How one claim relates to another: figures for the same thing agree or conflict; quotations and statements in
// (nearly) the same words match, and say so when someone else is credited with them.
import { boundsOverlap, sameThing } from './figures';
import { jaccard, MATCH_JACCARD } from './shingles';
import { STATEMENT_JACCARD } from './statements';
import type { ClaimRecord, LedgerMatch, LedgerSource, PageMatches, Relation } from './types';
import { comparedSet, type PageEntry } from './entries';

/** What comparing two claims needs of them. */
export type Comparable = Pick<ClaimRecord, 'form' | 'w' | 'src' | 'f'>;

// Words that name what kind of body speaks, not which one: "the defence ministry" and "the foreign ministry" differ.
const GENERIC = new Set(`the of and for a an ministry department office agency council committee government
  spokesman spokeswoman spokesperson service services news state national federal official officials
  president minister secretary general mr mrs ms dr`.split(/\s+/));

function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !GENERIC.has(w));
}

/**
 * Whether two sources are the same speaker: "Zelensky" and "Volodymyr Zelensky" are, so are "the defence ministry"
 * and "Ministry of Defence"; "Zelensky" and "Kuleba" are not, nor are the defence and foreign ministries. A person
 * is compared by the last word of either name (the surname); a body by the words that tell it from others.
 */
export function sameSpeaker(a: LedgerSource, b: LedgerSource): boolean {
  const x = nameWords(a.name);
  const y = nameWords(b.name);
  if (!x.length || !y.length) return a.name.toLowerCase() === b.name.toLowerCase();
  if (a.kind === 'person' || b.kind === 'person') return y.includes(x[x.length - 1]) || x.includes(y[y.length - 1]);
  return x.some((w) => y.includes(w));
}

/** Speakers that can be compared: named ones. "Officials" and "reports" credit no one in particular. */
function named(src: LedgerSource | null): src is LedgerSource {
  return src !== null && src.kind !== 'anonymous' && src.kind !== 'vague' && src.kind !== 'author';
}

/** Same words, or the same words credited to someone else (named speakers only). */
export function speakerRelation(claim: Comparable, other: Comparable): 'same-words' | 'other-speaker' {
  return named(claim.src) && named(other.src) && !sameSpeaker(claim.src, other.src) ? 'other-speaker' : 'same-words';
}

/**
 * The relation of `other` to `claim`, or null when they are not about the same thing. Quotations are compared
 * with quotations (word 3-grams, Jaccard >= 0.8), statements with statements (content-word pairs, >= 0.6).
 * `sets` may supply the compared sets when the caller already has them (a lookup compares one claim with many).
 */
export function relationOf(claim: Comparable, other: Comparable, sets: (e: Comparable) => number[] = (e) => comparedSet(e.form, e.w)): Relation | null {
  if (claim.f || other.f) {
    if (!claim.f || !other.f || !sameThing(claim.f, other.f)) return null;
    return boundsOverlap(claim.f, other.f) ? 'agrees' : 'conflicts';
  }
  if (claim.form === 'figure' || other.form === 'figure' || claim.form !== other.form) return null;
  if (jaccard(sets(claim), sets(other)) < (claim.form === 'statement' ? STATEMENT_JACCARD : MATCH_JACCARD)) return null;
  return speakerRelation(claim, other);
}

/** Newest first: by the article's published date when both have one, else by when they were read. */
export function newestFirst(a: LedgerMatch, b: LedgerMatch): number {
  const pa = a.published ? Date.parse(a.published) : NaN;
  const pb = b.published ? Date.parse(b.published) : NaN;
  const ta = Number.isNaN(pa) ? a.readAt : pa;
  const tb = Number.isNaN(pb) ? b.readAt : pb;
  return tb - ta;
}

/**
 * Figures of one article about the same thing that disagree, flagged on both. Two figures in one sentence are
 * left alone: a sentence that gives two numbers for one noun ("5 people were killed and 12 people hurt") usually
 * counts two things.
 */
export function inArticleConflicts(entries: readonly PageEntry[]): PageMatches['inArticle'] {
  const out: PageMatches['inArticle'] = {};
  // Only figures with the same topic and lemma can count the same thing: compare within those groups.
  const groups = new Map<string, PageEntry[]>();
  for (const e of entries) if (e.f) groups.set(`${e.f.topic}|${e.f.lemma}`, [...(groups.get(`${e.f.topic}|${e.f.lemma}`) ?? []), e]);
  for (const figures of groups.values()) {
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i];
        const b = figures[j];
        if (a.sentenceAt === b.sentenceAt || relationOf(a, b) !== 'conflicts') continue;
        (out[a.c] ??= []).push({ claimId: b.c, wording: b.w, source: b.src });
        (out[b.c] ??= []).push({ claimId: a.c, wording: a.w, source: a.src });
      }
    }
  }
  return out;
}
