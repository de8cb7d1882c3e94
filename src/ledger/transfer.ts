// Export and import of the ledger as JSON. Import trusts nothing: every field is checked, match keys are
// recomputed from the facts (never read from the file), and malformed items are skipped and counted.
import type { SourceKind, Topic } from '../analysis/types';
import { articleUrl, comparedSet, matchFields } from './entries';
import type { ArticleRecord, ClaimRow, FigureFacts, LedgerEntry, LedgerSource } from './types';

export const EXPORT_FORMAT = 'sourcemark-ledger';
export const EXPORT_VERSION = 1;
const MAX_IMPORT_ARTICLES = 50_000;
const MAX_CLAIMS_PER_ARTICLE = 2000;

export interface ExportedClaim { id: string; form: LedgerEntry['form']; wording: string; source: LedgerSource | null; figure?: FigureFacts }
export interface ExportedArticle { url: string; title: string | null; site: string; published: string | null; readAt: string; claims: ExportedClaim[] }
export interface LedgerExport { format: typeof EXPORT_FORMAT; version: number; exported: string; articles: ExportedArticle[] }

export function exportLedger(articles: readonly ArticleRecord[], claims: readonly ClaimRow[], now = Date.now()): LedgerExport {
  const byArticle = new Map<number, ExportedClaim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.a) ?? [];
    // Infinity (an open upper bound) is not JSON: written as null.
    list.push({ id: c.c, form: c.form, wording: c.w, source: c.src, ...(c.f ? { figure: { ...c.f, hi: Number.isFinite(c.f.hi) ? c.f.hi : null as unknown as number } } : {}) });
    byArticle.set(c.a, list);
  }
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: new Date(now).toISOString(),
    articles: articles.map((a) => ({
      url: a.url, title: a.title, site: a.site, published: a.published, readAt: new Date(a.readAt).toISOString(),
      claims: byArticle.get(a.id!) ?? [],
    })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : null);
const optStr = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length <= max ? v || null : null);

const KINDS: readonly SourceKind[] = ['person', 'organization', 'government', 'outlet', 'document', 'anonymous', 'vague', 'author'];
const TOPICS: readonly Topic[] = ['casualties', 'troops', 'weapons', 'displacement', 'money', 'other'];

function sourceFrom(v: unknown): LedgerSource | null | undefined {
  if (v === null) return null;
  if (!isObject(v)) return undefined;
  const name = str(v.name, 300);
  if (!name || !KINDS.includes(v.kind as SourceKind)) return undefined;
  const via = str(v.via, 300);
  return via ? { name, kind: v.kind as SourceKind, via } : { name, kind: v.kind as SourceKind };
}

function figureFrom(v: unknown): FigureFacts | undefined {
  if (!isObject(v) || !TOPICS.includes(v.topic as Topic) || typeof v.lemma !== 'string' || v.lemma.length > 60) return undefined;
  const lo = v.lo;
  const hi = v.hi === null ? Infinity : v.hi;
  if (typeof lo !== 'number' || typeof hi !== 'number' || !Number.isFinite(lo) || Number.isNaN(hi) || lo > hi) return undefined;
  if (!Array.isArray(v.entities) || v.entities.length > 50 || !v.entities.every((e) => typeof e === 'string' && e.length < 120)) return undefined;
  return { topic: v.topic as Topic, lemma: v.lemma, lo, hi, entities: [...v.entities as string[]].sort(), aspect: typeof v.aspect === 'string' ? v.aspect.slice(0, 20) : '' };
}

function claimFrom(v: unknown): LedgerEntry | null {
  if (!isObject(v)) return null;
  const id = str(v.id, 64);
  const wording = str(v.wording, 2000);
  const source = sourceFrom(v.source);
  if (!id || !wording || source === undefined || !['figure', 'quote', 'statement'].includes(v.form as string)) return null;
  const f = v.form === 'figure' ? figureFrom(v.figure) : undefined;
  if (v.form === 'figure' && !f) return null;
  // Words too few to compare are not kept (the extension does not record them either).
  if (!f && !comparedSet(v.form as LedgerEntry['form'], wording).length) return null;
  const form = v.form as LedgerEntry['form'];
  return { c: id, form, w: wording, src: source, ...(f ? { f } : {}), ...matchFields(f, wording, form) };
}

export interface ImportedArticle { article: ArticleRecord; entries: LedgerEntry[] }

/** Parses an export; throws a readable Error when the file is not one, skips (and counts) malformed items. */
export function parseLedgerExport(text: string): { articles: ImportedArticle[]; skipped: number } {
  let data: unknown;
  try { data = JSON.parse(text); } catch { throw new Error('This file is not JSON.'); }
  if (!isObject(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.articles)) throw new Error('This file is not a Sourcemark ledger export.');
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) throw new Error('This ledger export comes from a newer version of Sourcemark.');
  let skipped = 0;
  const articles: ImportedArticle[] = [];
  for (const raw of data.articles.slice(0, MAX_IMPORT_ARTICLES)) {
    const url = isObject(raw) ? str(raw.url, 4000) : null;
    const readAt = isObject(raw) && typeof raw.readAt === 'string' ? Date.parse(raw.readAt) : NaN;
    if (!isObject(raw) || !url || !/^https?:/i.test(url) || Number.isNaN(readAt) || !Array.isArray(raw.claims)) { skipped++; continue; }
    const entries: LedgerEntry[] = [];
    for (const c of raw.claims.slice(0, MAX_CLAIMS_PER_ARTICLE)) {
      const entry = claimFrom(c);
      if (entry) entries.push(entry); else skipped++;
    }
    articles.push({
      article: { url: articleUrl(url), title: optStr(raw.title, 1000), site: str(raw.site, 300) ?? hostOf(url), published: optStr(raw.published, 64), readAt },
      entries,
    });
  }
  return { articles, skipped };
}

function hostOf(url: string): string {
  try { return new URL(url).hostname; } catch { return url.slice(0, 300); }
}
