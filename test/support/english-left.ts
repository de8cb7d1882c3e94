// Is any English left in an interface shown in another language? The words shown (text outside page strings, and
// the labels a screen reader reads) are compared with the English messages: a fragment of an English message that
// the other language says differently must not appear. Page text (titles, claims, names) is English on an English
// article, so it is left out: the interface isolates every page string in <bdi> or dir="auto" (see ClaimCard).
import { formatMessage, type LocaleMessages } from '../../src/ui/i18n-catalogue';

const BRAND = /\b(?:Sourcemark|Markdown|CSV|JSON-LD|JSON Lines|JSON|Web Annotation|PDF|HTML|Chrome|Firefox|URL|chrome:\/\/\S+|about:addons)\b/g;
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * What the interface shows under `root`: its text, not inside a page string, and its labels. Self-contained (no
 * imports, no closures) so an end-to-end test can run it inside the page with page.evaluate.
 */
export function shownText(root: Node): string[] {
  const out: string[] = [];
  const skip = (el: Element | null) => el !== null && el.closest('bdi, [dir="auto"], script, style, kbd') !== null;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement)) out.push(text);
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const value = el.getAttribute(name);
        if (value && !skip(el)) out.push(value);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** The fixed words of an English message (its text between placeholders), when the other language says them otherwise. */
function fragments(en: LocaleMessages, other: LocaleMessages): string[] {
  const otherTexts = Object.values(other).map((m) => formatMessage(m));
  const found = new Set<string>();
  for (const [key, m] of Object.entries(en)) {
    const theirs = other[key] ?? other[key.replace(/_one$/, '_other')];
    if (theirs && formatMessage(theirs) === formatMessage(m)) continue;
    for (const piece of m.message.split(/\$[\w@]+\$/)) {
      const words = piece.replace(BRAND, ' ').replace(EDGE, '').trim();
      if (!/\p{L}{3,}/u.test(words)) continue;
      if (otherTexts.some((t) => t.includes(words))) continue; // the same words in the other language ("Details:")
      found.add(words);
    }
  }
  return [...found];
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A label with the page's own strings taken out ("Details: <the claim, shortened>" keeps "Details:"). */
function withoutPageText(chunk: string, pageStrings: string[]): string {
  let out = chunk;
  for (const p of pageStrings) {
    if (p.length < 3) continue;
    out = out.split(p).join(' ');
    const head = p.slice(0, 30);
    const at = p.length > 30 ? out.indexOf(head) : -1;
    if (at !== -1) out = out.slice(0, at); // a shortened page string runs to the end of the label
  }
  return flat(out);
}

/**
 * English fragments found in what is shown: empty when the interface speaks the other language throughout.
 * `pageStrings` (claims, names, titles) are the article's words, which labels may quote.
 */
export function englishLeft(shown: string[], en: LocaleMessages, other: LocaleMessages, pageStrings: string[] = []): string[] {
  const page = pageStrings.map(flat).filter(Boolean).sort((a, b) => b.length - a.length);
  const chunks = shown.map((s) => withoutPageText(flat(s), page));
  const left: string[] = [];
  for (const words of fragments(en, other)) {
    const oneWord = !/\s/.test(words);
    // A single word must be the whole label ("Source"), a longer fragment may sit inside one ("Show all 14 claims").
    const hit = chunks.find((c) => (oneWord ? c.replace(EDGE, '') === words : c.includes(words)));
    if (hit !== undefined) left.push(`${words} (in “${hit}”)`);
  }
  // English that is in no message at all (a word table or a reason not yet translated): English sentences read by
  // their little words, which none of the other five languages uses.
  for (const c of chunks) {
    const little = new Set(c.toLowerCase().split(/[^\p{L}’']+/u).filter((w) => ENGLISH_LITTLE_WORDS.has(w)));
    if (little.size >= 2) left.push(`English sentence: “${c}”`);
  }
  return left;
}

const ENGLISH_LITTLE_WORDS = new Set(['the', 'and', 'is', 'are', 'of', 'with', 'this', 'that', 'not', 'from', 'says', 'which', 'who', 'was', 'were', 'has', 'have', 'been', 'its', 'it’s', 'does', 'only', 'there']);
