// The engine's public entry points. Everything else in src/analysis is internal.
import type { Block, Claim } from './types';
import { Discourse, analyzeBlock } from './engine';
import { blockLanguage, languageInfo, pageLanguage, PageWords, type LanguageInfo } from './language';

export type { Block, Claim } from './types';
export * from './types';
export type { LanguageInfo } from './language';

export interface AnalyzeOptions {
  /** The page's declared language (`<html lang>`); the text is checked too (language.ts). */
  lang?: string | null;
}

/** Splits plain text into blocks: one block per non-empty line. */
export function blocksFromPlainText(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  return blocks;
}

/** Analyzes the whole text at once. */
export function analyze(text: string, blocks: Block[] = blocksFromPlainText(text), options: AnalyzeOptions = {}): Claim[] {
  const claims: Claim[] = [];
  for (const batch of analyzeIncrementally(text, blocks, options)) for (const c of batch) claims.push(c);
  return claims;
}

/** The page's language as the engine reads it, and whether it gets claims and sources or figures only. */
export function analysisLanguage(text: string, options: AnalyzeOptions = {}): LanguageInfo {
  return languageInfo(pageLanguage(options.lang, typeof text === 'string' ? text : ''));
}

/** Yields the claims block by block (in text order, ids "c1", "c2", ...) so callers can work in time slices. */
export function* analyzeIncrementally(text: string, blocks: Block[], options: AnalyzeOptions = {}): Generator<Claim[], void, void> {
  const disc = new Discourse();
  const next = { n: 0 };
  const len = typeof text === 'string' ? text.length : 0;
  // The page's check keeps the words it read: each block's check reads the same words again.
  const words = len ? new PageWords(text) : undefined;
  const page = len ? pageLanguage(options.lang, text, words) : 'und';
  for (const block of blocks) {
    const start = Math.max(0, Math.min(len, Math.floor(block.start)));
    const end = Math.max(start, Math.min(len, Math.floor(block.end)));
    if (!(end > start)) { yield []; continue; }
    const b = start === block.start && end === block.end ? block : { ...block, start, end };
    yield analyzeBlock(text, b, disc, next, blockLanguage(text, start, end, page, words));
  }
}
