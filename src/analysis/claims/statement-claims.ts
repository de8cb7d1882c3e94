// Statements: cue complements that are not (mostly) a quotation.
import { topicForText } from '../topics';
import { contentHedges, credit, cueOf, featuresFor, type Draft } from './draft';
import { overlapsAny, unquotedWords, wordCount, type SentenceInfo } from './spans';

/**
 * Statement drafts of the block's attributions; `quoteDrafts` are the block's quotations in text order. A
 * statement has at least `minWords` words (languages without articles say in two what English says in three).
 */
export function statementDrafts(text: string, sentences: SentenceInfo[], quoteDrafts: Draft[], minWords = 3): Draft[] {
  const out: Draft[] = [];
  for (const s of sentences) for (const a of s.atts) {
    if (!a.source) continue;
    const start = a.content[0][0];
    const end = a.content[a.content.length - 1][1];
    // A complement that is mostly a quotation is the quotation; one with a clause of its own besides
    // ('said that the offensive would continue "until ..."') is a statement too, holding the quote.
    if (overlapsAny(quoteDrafts, start, end) && unquotedWords(text, start, end, quoteDrafts) < 4) continue;
    if (wordCount(text, start, end, 3) < minWords) continue;
    const c = credit(a);
    const features = featuresFor('statement', c, text, end - start, false);
    out.push({
      start, end, form: 'statement', topic: topicForText(text.slice(start, end)), quantity: null,
      hedges: contentHedges(text, start, end), source: c.source, cue: cueOf(text, c), features,
      container: null, att: a, ambiguousAt: a.ambiguousAt,
    });
  }
  return out;
}
