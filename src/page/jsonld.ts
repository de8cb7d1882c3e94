// Reads schema.org JSON-LD blocks: the page's own statement of what it is (NewsArticle, headline, author...).

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|SocialMediaPosting)$/;
const MAX_JSON_CHARS = 2_000_000;

/** Every object of every JSON-LD script (arrays and @graph flattened one level). Malformed scripts are ignored. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    // Some CMSs wrap the JSON in CDATA or comment markers.
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
    if (raw.length > MAX_JSON_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    for (const item of queue) {
      if (!isObject(item)) continue;
      out.push(item);
      const graph = item['@graph'];
      if (Array.isArray(graph)) for (const g of graph) if (isObject(g)) out.push(g);
    }
  }
  return out;
}

export function isArticleNode(node: JsonLdNode): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

export function articleNode(doc: Document): JsonLdNode | null {
  return jsonLdNodes(doc).find(isArticleNode) ?? null;
}

function isObject(x: unknown): x is JsonLdNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A name from a string, an object with `name`, or an array of either (joined with ", "). */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(value)) return nameOf(value.name);
  return null;
}
