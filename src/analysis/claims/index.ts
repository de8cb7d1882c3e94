// The claims stage: quotations, attributions and quantities of one block as Claim objects (quotes,
// statements, figures). See README.md for what it reads and produces.
export { contentHedges, credit, cueOf, featuresFor, type CreditInfo, type Draft } from './draft';
export { claimFeatures, finish, keepClaimFeatures } from './finish';
export { isScareQuote, titleLike } from './scare-quotes';
export { makeInQuote, type SentenceInfo } from './spans';
export { quoteDrafts } from './quote-claims';
export { statementDrafts } from './statement-claims';
export { allFigures, figureDrafts } from './figure-claims';
