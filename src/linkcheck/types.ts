// What a linked-source check produces. Shared by the background (which runs and keeps checks), the card and the popup.
import { localized } from '../ui/i18n';

/** Why a linked page could not be read; each has one fixed sentence in the card (see REASON_WORDS). */
export type ReadFailure = 'not-found' | 'timeout' | 'too-large' | 'not-text' | 'permission-refused' | 'unreachable' | 'empty';

/** A piece of the source's wording: unchanged, only in the source, or only in the article (the article's word in its place). */
export interface DiffPiece { text: string; kind: 'same' | 'source' | 'article' }

export type Verdict =
  | { kind: 'found'; passage: string }
  | { kind: 'differs'; passage: string; diff: DiffPiece[] }
  | { kind: 'not-found' }
  | { kind: 'unreadable'; reason: ReadFailure; detail?: string };

/** The opening words of the card's verdict line, exactly as the issue fixes them (in the reader's language). */
export const VERDICT_WORDS = localized<Verdict['kind']>({
  found: 'verdictFound',
  differs: 'verdictDiffers',
  'not-found': 'verdictNotFound',
  unreadable: 'verdictUnreadable',
});

export const REASON_WORDS = localized<ReadFailure>({
  'not-found': 'readFailNotFound',
  timeout: 'readFailTimeout',
  'too-large': 'readFailTooLarge',
  'not-text': 'readFailNotText',
  'permission-refused': 'readFailPermission',
  unreachable: 'readFailUnreachable',
  empty: 'readFailEmpty',
});

/** The claim as the matcher needs it: what it says, and the sentence around it for context words. */
export interface ClaimProbe {
  form: 'figure' | 'quote' | 'statement';
  text: string;
  sentence?: string;
  quantity?: { value?: number; min?: number; max?: number; unit?: string; approximate?: boolean } | null;
}
