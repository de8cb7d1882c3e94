// The mentions stage (source candidates): reads noun phrases of a sentence's tokens as source mentions.
// See README.md for what it reads and produces. `register-names.ts` (the entities in play) is imported on
// its own by the engine: it needs the cue stage, which itself reads name runs from here.
export type { Mention, MentionForm } from './mention';
export { classifyPhrase } from './classify';
export { nameRuns, sentenceInitial, type NameRun } from './name-runs';
export { isMedium, isPlace, kindOfName } from './name-kind';
export { NP_DETERMINERS, phraseEndRight, phraseStartLeft } from './phrase-bounds';
