// The claims of one page turned into ledger entries: figures with their facts, quotations and statements with
// their words, each with its source and match keys. Pure: the background calls it with what the page reported.
import type { Claim } from '../analysis/types';
import type { PageMeta } from '../page/types';
import { sentenceAround } from '../ui/context';
import { entitiesIn } from './entities';
import { figureFacts, figureKeyStrings } from './figures';
import { hash52 } from './hash';
import { minHashKeys } from './minhash';
import { shingleHashes } from './shingles';
import { statementHashes } from './statements';
import type { ArticleRecord, FigureFacts, LedgerEntry, LedgerSource } from './types';
import { normaliseWords } from './words';

/** A page's entry, with what only this page needs: where each claim's sentence starts (for in-article checks). */
export interface PageEntry extends LedgerEntry {
  sentenceAt: number;
}

const MAX_WORDING = 600;

/** The URL an article is known by: no fragment, no tracking parameters. */
export function articleUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid$|gclid$|mc_)/i.test(name)) u.searchParams.delete(name);
    return u.href;
  } catch {
    return url;
  }
}

export function articleOf(page: PageMeta, readAt: number): ArticleRecord {
  let site = page.publisher?.trim() || '';
  if (!site) {
    try { site = new URL(page.url).hostname.replace(/^www\./, ''); } catch { site = page.url; }
  }
  return { url: articleUrl(page.url), title: page.title?.trim() || null, site, published: page.published ?? null, readAt };
}

function sourceOf(claim: Claim): LedgerSource | null {
  const s = claim.source;
  if (!s) return null;
  return s.via ? { name: s.name, kind: s.kind, via: s.via.name } : { name: s.name, kind: s.kind };
}

/** Where the sentence holding [start, end) begins, and the sentence itself. */
function sentenceOf(text: string, start: number, end: number): { at: number; sentence: string } {
  const sentence = sentenceAround(text, { start, end });
  const at = text.lastIndexOf(sentence, end);
  return { at: at === -1 ? start : at, sentence };
}

/**
 * Ledger entries for the claims of one page. `text` is the analyzed text the claims index (the figure's sentence
 * gives its entities); without it a figure falls back on the title's entities.
 */
export function entriesFor(page: PageMeta, claims: readonly Claim[], text: string | null | undefined): PageEntry[] {
  const titleEntities = entitiesIn(page.title ?? '');
  const out: PageEntry[] = [];
  for (const claim of claims) {
    const src = sourceOf(claim);
    const inText = text && claim.end <= text.length && text.slice(claim.start, claim.end) === claim.text;
    const { at, sentence } = inText ? sentenceOf(text, claim.start, claim.end) : { at: claim.start, sentence: claim.text };
    if (claim.form === 'figure') {
      const after = inText ? text.slice(claim.end, claim.end + 120) : '';
      const f = figureFacts(claim, sentence, after, titleEntities);
      if (!f) continue;
      out.push({ c: claim.id, form: 'figure', w: (claim.quantity?.text ?? claim.text).slice(0, 80), src, f, ...matchFields(f, ''), sentenceAt: at });
    } else {
      const w = normaliseWords(claim.text).slice(0, MAX_WORDING);
      if (!comparedSet(claim.form, w).length) continue;
      out.push({ c: claim.id, form: claim.form, w, src, ...matchFields(undefined, w, claim.form), sentenceAt: at });
    }
  }
  return out;
}

/** The set a quotation or statement is compared by: word 3-grams for a quotation, content-word pairs for a statement. */
export function comparedSet(form: LedgerEntry['form'], words: string): number[] {
  return form === 'statement' ? statementHashes(words) : shingleHashes(words);
}

/**
 * The match keys of a claim: from a figure's facts (one per entity: a lookup finds exactly the figures that
 * share topic, lemma and an entity), or the MinHash keys of a quotation's or a statement's compared set.
 */
export function keysOf(f: FigureFacts | undefined, words: string, form: LedgerEntry['form'] = 'quote'): number[] {
  return matchFields(f, words, form).k;
}

/** The match keys of a claim and, for words, the set they come from (kept with the entry for the lookup). */
export function matchFields(f: FigureFacts | undefined, words: string, form: LedgerEntry['form'] = 'quote'): Pick<LedgerEntry, 'k' | 's'> {
  if (f) return { k: figureKeyStrings(f).map(hash52) };
  const s = comparedSet(form, words);
  return { k: minHashKeys(s, form), s };
}

/** The entry as stored: without what only the page needed. */
export function storedEntry({ sentenceAt: _, ...entry }: PageEntry): LedgerEntry {
  return entry;
}
