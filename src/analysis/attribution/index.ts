// The attribution stage: for each cue of a sentence, who is credited (the source mention, resolved against
// the discourse) and with what (the content ranges). See README.md for what it reads and produces.
export type { Attribution, Position, Resolution } from './types';
export { attributeSentence } from './sentence';
