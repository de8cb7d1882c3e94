// How the reader's correction of a claim is said in the exports and the lists (the card speaks to the reader: "You ...").
import type { Claim } from '../analysis/types';
import { KIND_WORDS, sourceLabel } from './format';
import { t } from './i18n';

/** "KCNA (News outlet)", or "no source": what the engine had said before the reader corrected it. */
export function engineSourceWords(c: Claim): string {
  const e = c.correction?.engineSource;
  return e ? `${sourceLabel(e)} (${KIND_WORDS[e.kind]})` : t('correctionNoSource');
}

/** "Source corrected by the reader; Sourcemark had said KCNA (News outlet)." or null when not corrected. */
export function correctionNote(c: Claim): string | null {
  if (!c.correction) return null;
  return c.correction.verdict === 'not-a-claim'
    ? t('correctionNoteNotClaim', engineSourceWords(c))
    : t('correctionNoteSource', engineSourceWords(c));
}

/** The short mark beside a corrected claim in the popup's and side panel's lists. */
export function correctionMark(c: Claim): string | null {
  if (!c.correction) return null;
  return c.correction.verdict === 'not-a-claim' ? t('correctionMarkNotClaim') : t('correctionMarkSource');
}
