// What the source is and why we think so, in one sentence a reader understands: the card's answer to
// "who says this?". No grammar terms; the words the article itself uses are quoted.
import type { Claim, SourceKind } from '../analysis/types';
import { t, type MessageKey } from './i18n';

const WHO: Record<SourceKind, MessageKey> = {
  person: 'whoPerson', organization: 'whoOrganization', government: 'whoGovernment', outlet: 'whoOutlet',
  document: 'whoDocument', anonymous: 'whoAnonymous', vague: 'whoVague', author: 'whoAuthor',
};

/** How the article ties the claim to its source, as the end of a sentence. */
function how(claim: Claim): string {
  const cue = claim.cue;
  const said = cue?.text ?? '';
  switch (cue?.kind) {
    case 'speech-verb': return t('howSpeechVerb', said);
    case 'according-to': return t('howAccordingTo', said);
    case 'reporting-noun': return t('howReportingNoun', said);
    case 'colon': return t('howColon');
    case 'embed': return t('howEmbed');
    case 'link': return t('howLink');
    case 'other': return t('howOther', said);
    default: return t('howPassage');
  }
}

const NO_SOURCE: Record<Claim['form'], MessageKey> = { figure: 'explainNoSourceFigure', quote: 'explainNoSourceQuote', statement: 'explainNoSourceStatement' };
const FROM: Record<Claim['form'], MessageKey> = { figure: 'explainFromFigure', quote: 'explainFromQuote', statement: 'explainFromStatement' };
const FROM_VIA: Record<Claim['form'], MessageKey> = { figure: 'explainFromViaFigure', quote: 'explainFromViaQuote', statement: 'explainFromViaStatement' };

/** "This quotation comes from KCNA, a news outlet or agency: the article says so with the words “cites of”." */
export function sourceSentence(claim: Claim): string {
  const s = claim.source;
  if (!s) return t(NO_SOURCE[claim.form]);
  return s.via
    ? t(FROM_VIA[claim.form], s.name, t(WHO[s.kind]), s.via.name, how(claim))
    : t(FROM[claim.form], s.name, t(WHO[s.kind]), how(claim));
}
