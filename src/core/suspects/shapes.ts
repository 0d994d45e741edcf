/// Letter shapes of a word list: which three-letter sequences its words
/// contain, counting the start and end of a word as letters (`^rv`, `dn$`).
/// A token with a sequence no word in the list has ("rvil": no English word
/// starts "rv") looks garbled rather than like a word or a name; together
/// with a word one edit away it makes an unknown word worth marking.

const SIZE = 27 * 27 * 27;

function code(ch: number): number {
  // a..z -> 1..26; anything else (the boundary) -> 0
  return ch >= 97 && ch <= 122 ? ch - 96 : 0;
}

/// Marks every trigram of `w` (lowercase) in `seen`.
function addShape(seen: Uint8Array, w: string): void {
  let a = 0;
  let b = code(w.charCodeAt(0));
  for (let i = 1; i <= w.length; i++) {
    const c = i < w.length ? code(w.charCodeAt(i)) : 0;
    seen[(a * 27 + b) * 27 + c] = 1;
    a = b;
    b = c;
  }
}

const registry = new WeakMap<object, Uint8Array>();

/// Records the shapes of `words` for the lookup function `isWord`.
export function registerShapes(isWord: (w: string) => boolean, words: Iterable<string>): void {
  const seen = new Uint8Array(SIZE);
  for (const w of words) if (w.length > 0) addShape(seen, w);
  registry.set(isWord, seen);
}

/// Whether a lowercase a-z token has a trigram that no word of `isWord`'s
/// list has. Null when the list's shapes are unknown (a lookup function not
/// made by `wordListFrom` or `loadWordList`).
export function hasUnseenShape(isWord: (w: string) => boolean, w: string): boolean | null {
  const seen = registry.get(isWord);
  if (!seen || w.length === 0) return seen ? false : null;
  let a = 0;
  let b = code(w.charCodeAt(0));
  for (let i = 1; i <= w.length; i++) {
    const c = i < w.length ? code(w.charCodeAt(i)) : 0;
    if (seen[(a * 27 + b) * 27 + c] === 0) return true;
    a = b;
    b = c;
  }
  return false;
}
