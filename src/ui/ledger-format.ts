// How the reading ledger's matches read, in the card and on the ledger page: "9,500, according to the defence
// ministry, Northern Courier, 3 Mar".
import type { LedgerMatch, LedgerSource } from '../ledger/types';
import { shorten } from './format';

/** "3 Mar" (this year), "3 Mar 2025" (another year); from the published date, else the day it was read. */
export function shortDate(iso: string | null, readAt: number, now = Date.now()): string {
  const parsed = iso ? Date.parse(iso) : NaN;
  const time = Number.isNaN(parsed) ? readAt : parsed;
  const dateOnly = iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const zone = dateOnly ? { timeZone: 'UTC' } : {};
  const sameYear = new Date(time).getUTCFullYear() === new Date(now).getUTCFullYear();
  const text = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), ...zone }).format(time);
  return Number.isNaN(parsed) ? `read ${text}` : text;
}

export function sourceWords(source: LedgerSource | null): string {
  if (!source) return 'no source named';
  return source.via ? `${source.name}, citing ${source.via}` : source.name;
}

/** The value or wording of a match as shown: a figure as written, words in quotation marks. */
export function matchWording(m: Pick<LedgerMatch, 'form' | 'wording'>, max = 120): string {
  return m.form === 'figure' ? m.wording : `“${shorten(m.wording, max)}”`;
}

/** "9,500, according to the defence ministry, Northern Courier, 3 Mar" (the site and date are added by the caller). */
export function matchLine(m: LedgerMatch): string {
  if (m.relation === 'other-speaker') return `${matchWording(m)}, attributed to ${sourceWords(m.source)}`;
  return m.source ? `${matchWording(m)}, according to ${sourceWords(m.source)}` : `${matchWording(m)}, ${sourceWords(m.source)}`;
}

export const RELATION_WORDS: Record<LedgerMatch['relation'], string> = {
  agrees: 'Agrees',
  conflicts: 'Conflicts',
  'same-words': 'Same words',
  'other-speaker': 'Attributed to someone else',
};
