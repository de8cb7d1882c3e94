// How the reading ledger's matches read, in the card and on the ledger page: "9,500, according to the defence
// ministry, Northern Courier, 3 Mar".
import type { LedgerMatch, LedgerSource } from '../ledger/types';
import { shorten } from './format';
import { localDate, localized, t } from './i18n';

/** "3 Mar" (this year), "3 Mar 2025" (another year); from the published date, else the day it was read. */
export function shortDate(iso: string | null, readAt: number, now = Date.now()): string {
  const parsed = iso ? Date.parse(iso) : NaN;
  const time = Number.isNaN(parsed) ? readAt : parsed;
  const dateOnly = iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const zone = dateOnly ? { timeZone: 'UTC' } : {};
  const sameYear = new Date(time).getUTCFullYear() === new Date(now).getUTCFullYear();
  const text = localDate(time, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), ...zone });
  return Number.isNaN(parsed) ? t('ledgerReadOn', text) : text;
}

export function sourceWords(source: LedgerSource | null): string {
  if (!source) return t('ledgerNoSourceNamed');
  return source.via ? t('sourceCiting', source.name, source.via) : source.name;
}

/** The value or wording of a match as shown: a figure as written, words in quotation marks. */
export function matchWording(m: Pick<LedgerMatch, 'form' | 'wording'>, max = 120): string {
  return m.form === 'figure' ? m.wording : `${t('quoteOpen')}${shorten(m.wording, max)}${t('quoteClose')}`;
}

/** "9,500, according to the defence ministry, Northern Courier, 3 Mar" (the site and date are added by the caller). */
export function matchLine(m: LedgerMatch): string {
  if (m.relation === 'other-speaker') return t('ledgerAttributedTo', matchWording(m), sourceWords(m.source));
  return m.source ? t('ledgerAccordingTo', matchWording(m), sourceWords(m.source)) : t('ledgerNoSourceNamedAfter', matchWording(m));
}

export const RELATION_WORDS = localized<LedgerMatch['relation']>({
  agrees: 'relationAgrees',
  conflicts: 'relationConflicts',
  'same-words': 'relationSameWords',
  'other-speaker': 'relationOtherSpeaker',
});
