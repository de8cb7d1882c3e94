// From a labelled document and its text to located gold labels (content, mention and sentence spans).
import type { LabelDoc } from './dataset';
import { findAll, locateMention, locateOnce, sentenceRegion } from './locate';
import type { GoldLabel, Range } from './match';
import { isUnresolvedName } from './names';

export interface Unlocated { key: string; form: GoldLabel['form']; optional: boolean; what: string }

export interface ResolvedDoc {
  labels: GoldLabel[];
  ignore: Range[];
  /** Labels whose content snippet is absent from (or ambiguous in) this text. */
  unlocated: Unlocated[];
  /** Mentions that could not be found (the label is still scored, by name). */
  missingMentions: string[];
}

/** The whole line (block) around an offset. */
function blockAround(text: string, at: number): Range {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * The canonical name, and where the text names the source by a name (not "he"), that wording too: a card showing
 * "the Health Ministry" for a label canonically "Ukrainian Health Ministry" whose mention reads so is right.
 */
function acceptedFor(name: string | null, mentionText: string | null): Pick<GoldLabel, 'accepted' | 'pronoun'> {
  const pronoun = mentionText !== null && isUnresolvedName(mentionText);
  const names = name === null ? [] : [name];
  if (mentionText && !pronoun) names.push(mentionText);
  return { accepted: { names, strict: false }, pronoun };
}

export function resolveDoc(doc: LabelDoc, text: string): ResolvedDoc {
  const out: ResolvedDoc = { labels: [], ignore: [], unlocated: [], missingMentions: [] };
  doc.claims.forEach((c, i) => {
    const key = `${doc.id}#${i}`;
    const content = locateOnce(text, c.content, c.nth);
    if (!content) {
      const n = findAll(text, c.content).length;
      out.unlocated.push({ key, form: c.form, optional: !!c.optional, what: `${n ? 'ambiguous' : 'not found'}: ${c.content}` });
      return;
    }
    let mention: Range | null = null;
    if (c.source?.mention) {
      mention = locateMention(text, c.source.mention, content);
      if (!mention) out.missingMentions.push(`${key}: ${c.source.mention}`);
    }
    out.labels.push({
      key, form: c.form, content, region: sentenceRegion(text, content), mention,
      sourceName: c.source ? c.source.name : null, strength: c.strength, optional: !!c.optional,
      ...acceptedFor(c.source?.name ?? null, mention ? text.slice(mention.start, mention.end) : null),
    });
  });
  for (const snippet of doc.ignore ?? []) {
    for (const hit of findAll(text, snippet)) out.ignore.push(blockAround(text, hit.start));
  }
  return out;
}
