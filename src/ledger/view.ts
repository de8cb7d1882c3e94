// What the ledger page shows, computed from a snapshot: figures tracked by subject over time, and search.
import type { ArticleRecord, ClaimRow } from './types';

export interface SeriesPoint {
  claimId: number;
  time: number;
  lo: number;
  hi: number;
  wording: string;
  source: string | null;
  site: string;
  url: string;
}

/** One subject: what is counted ("troop") and where ("north korea"), with its figures in time order. */
export interface Subject {
  key: string;
  topic: string;
  lemma: string;
  entity: string;
  points: SeriesPoint[];
}

function timeOf(article: ArticleRecord): number {
  const published = article.published ? Date.parse(article.published) : NaN;
  return Number.isNaN(published) ? article.readAt : published;
}

/** Figures grouped by subject (topic, lemma, entity); only subjects seen at least `min` times are tracked. */
export function subjects(articles: readonly ArticleRecord[], claims: readonly ClaimRow[], min = 2): Subject[] {
  const byId = new Map(articles.map((a) => [a.id!, a]));
  const groups = new Map<string, Subject>();
  for (const c of claims) {
    const article = byId.get(c.a);
    if (!c.f || !article) continue;
    for (const entity of c.f.entities.length ? c.f.entities : ['']) {
      const key = `${c.f.topic}|${c.f.lemma}|${entity}`;
      const subject = groups.get(key) ?? { key, topic: c.f.topic, lemma: c.f.lemma, entity, points: [] };
      subject.points.push({ claimId: c.id!, time: timeOf(article), lo: c.f.lo, hi: c.f.hi, wording: c.w, source: c.src?.name ?? null, site: article.site, url: article.url });
      groups.set(key, subject);
    }
  }
  // One subject for figures that share several entities ("north korea, russia"), not one chart per entity.
  const merged = new Map<string, Subject>();
  for (const s of groups.values()) {
    const ids = `${s.topic}|${s.lemma}|${s.points.map((p) => p.claimId).sort((x, y) => x - y).join(',')}`;
    const same = merged.get(ids);
    if (same) same.entity = [same.entity, s.entity].filter(Boolean).join(', ');
    else merged.set(ids, { ...s });
  }
  return [...merged.values()]
    .filter((s) => s.points.length >= min)
    .map((s) => ({ ...s, points: s.points.sort((a, b) => a.time - b.time) }))
    .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}

/** Articles with the claims that match `query` (in wording, source, entities) or all their claims when the article does. */
export function search(articles: readonly ArticleRecord[], claims: readonly ClaimRow[], query: string): Array<{ article: ArticleRecord; claims: ClaimRow[] }> {
  const q = query.trim().toLowerCase();
  const byArticle = new Map<number, ClaimRow[]>();
  for (const c of claims) byArticle.set(c.a, [...(byArticle.get(c.a) ?? []), c]);
  const out: Array<{ article: ArticleRecord; claims: ClaimRow[] }> = [];
  for (const article of articles) {
    const own = byArticle.get(article.id!) ?? [];
    if (!q) { out.push({ article, claims: own }); continue; }
    const articleHit = [article.title ?? '', article.site, article.url].some((t) => t.toLowerCase().includes(q));
    const hits = articleHit ? own : own.filter((c) => [c.w, c.src?.name ?? '', c.src?.via ?? '', ...(c.f?.entities ?? []), c.f?.lemma ?? '']
      .some((t) => t.toLowerCase().includes(q)));
    if (articleHit || hits.length) out.push({ article, claims: hits });
  }
  return out;
}
