// What a linked-source check produces. Shared by the background (which runs and keeps checks), the card and the popup.

/** Why a linked page could not be read; each has one fixed sentence in the card (see REASON_WORDS). */
export type ReadFailure = 'not-found' | 'timeout' | 'too-large' | 'not-text' | 'permission-refused' | 'unreachable' | 'empty';

/** A piece of the source's wording: unchanged, only in the source, or only in the article (the article's word in its place). */
export interface DiffPiece { text: string; kind: 'same' | 'source' | 'article' }

export type Verdict =
  | { kind: 'found'; passage: string }
  | { kind: 'differs'; passage: string; diff: DiffPiece[] }
  | { kind: 'not-found' }
  | { kind: 'unreadable'; reason: ReadFailure; detail?: string };

/** The opening words of the card's verdict line, exactly as the issue fixes them. */
export const VERDICT_WORDS: Record<Verdict['kind'], string> = {
  found: 'Found in the linked source',
  differs: 'Differs from the linked source',
  'not-found': 'Not found in the linked source',
  unreadable: 'Could not read the linked source',
};

export const REASON_WORDS: Record<ReadFailure, string> = {
  'not-found': 'the page was not found',
  timeout: 'it took longer than 10 seconds (timeout)',
  'too-large': 'it is larger than 5 MB (too large)',
  'not-text': 'it is not text, HTML or PDF (not text)',
  'permission-refused': 'access to that site was not granted (permission refused)',
  unreachable: 'the site could not be reached or redirected too often',
  empty: 'it holds no readable text',
};

/** The claim as the matcher needs it: what it says, and the sentence around it for context words. */
export interface ClaimProbe {
  form: 'figure' | 'quote' | 'statement';
  text: string;
  sentence?: string;
  quantity?: { value?: number; min?: number; max?: number; unit?: string; approximate?: boolean } | null;
}
