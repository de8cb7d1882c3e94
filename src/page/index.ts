// DOM in, text out: article detection, extraction with an offset map, page metadata. Standard DOM only.
export type { Extraction, ExtractedBlock, PageMeta, TextPiece } from './types';
export { isLikelyArticle, findArticleRoot } from './detect';
export { extractArticle, extractArticleSteps, hiddenByComputedStyle, type ExtractOptions } from './extract';
export { domPointAt, textOffsetAt, type DomPoint } from './offsets';
export { declaredLanguage, extractMeta } from './meta';
