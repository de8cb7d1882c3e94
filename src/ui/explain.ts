// What the source is and why we think so, in one sentence a reader understands: the card's answer to
// "who says this?". No grammar terms; the words the article itself uses are quoted.
import type { Claim, SourceKind } from '../analysis/types';

const WHO: Record<SourceKind, string> = {
  person: 'a person named in the article', organization: 'an organisation named in the article',
  government: 'a government or state body', outlet: 'a news outlet or agency', document: 'a document or set of data',
  anonymous: 'a source the article does not name', vague: 'a source the article only hints at', author: 'the writer of the article',
};

const WHAT: Record<Claim['form'], string> = { figure: 'This figure', quote: 'This quotation', statement: 'This statement' };

/** How the article ties the claim to its source, as the end of a sentence. */
function how(claim: Claim): string {
  const cue = claim.cue;
  const said = cue ? `“${cue.text}”` : '';
  switch (cue?.kind) {
    case 'speech-verb': return `the article says so with the words ${said}`;
    case 'according-to': return `the article says ${said}`;
    case 'reporting-noun': return `the article points to them with ${said}`;
    case 'colon': return 'the article names them just before a colon';
    case 'embed': return 'it is their post, shown in the article';
    case 'link': return 'the words link to them';
    case 'other': return `the article ties it to them with ${said}`;
    default: return 'it sits inside a passage the article credits to them';
  }
}

/** "This quotation comes from KCNA, a news outlet or agency: the article says so with the words “cites of”." */
export function sourceSentence(claim: Claim): string {
  const s = claim.source;
  if (!s) return `${WHAT[claim.form]} has no source: the article does not say who it comes from.`;
  const via = s.via ? `, who cite ${s.via.name}` : '';
  return `${WHAT[claim.form]} comes from ${s.name}, ${WHO[s.kind]}${via}: ${how(claim)}.`;
}
