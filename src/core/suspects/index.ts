export { findSuspects } from './find.ts';
export type { Suspect, SuspectKind, SuspectOptions } from './find.ts';
export { knownNamesOf } from './known.ts';
export type { KnownNamesOptions } from './known.ts';
export { loadWordList } from './wordList.ts';
export { COMMON_WORDS, EXTRA_WORDS } from './extraWords.ts';
