import { EXTRA_WORDS } from './extraWords.ts';
import { registerShapes } from './shapes.ts';

/// A lookup function over `words` (lowercase) for `findSuspects`, which
/// also knows the words' letter shapes (for the unknown-word rule).
export function wordListFrom(words: Iterable<string>): (w: string) => boolean {
  const set = new Set<string>(words);
  const isWord = (w: string) => set.has(w);
  registerShapes(isWord, set);
  return isWord;
}

let loading: Promise<(w: string) => boolean> | undefined;

/// The English word list (`an-array-of-english-words`, about 275,000
/// lowercase words with their inflections) plus `EXTRA_WORDS`, as a lookup.
/// The list is imported dynamically, so a browser build puts its 3 MB in a
/// separate chunk that loads the first time this is called. Loaded once per
/// page; later calls get the same function (which keys `findSuspects`'s
/// cache).
export function loadWordList(): Promise<(w: string) => boolean> {
  // No `with { type: 'json' }`: Vite's dev server serves JSON as a JavaScript
  // module but leaves the attribute in the import, and the browser refuses a
  // JSON module with a JavaScript MIME type. Vite, Vitest and tsx all read
  // JSON imports without it.
  loading ??= import('an-array-of-english-words/index.json').then(
    (module: { default: readonly string[] }) => wordListFrom([...module.default, ...EXTRA_WORDS]),
    (error: unknown) => {
      // Let a later call try again (a chunk that failed to load over a
      // flaky connection, say).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
