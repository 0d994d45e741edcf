/// What a transcript remembers about case, saved in the file: words the user
/// cased by hand (used the next time, in every turn) and words they told the
/// fixer to leave alone.
export interface CasingMemory {
  /// Each word as the user wrote it (`Town`, `iPhone`, `bill`); one per lowercase key.
  words: string[];
  /// Lowercase words the fixer never changes ("always skip this word").
  skip: string[];
}

export function emptyCasingMemory(): CasingMemory {
  return { words: [], skip: [] };
}

/// The memory with `form` remembered (replacing any earlier case of that word).
export function rememberWord(memory: CasingMemory, form: string): CasingMemory {
  const key = form.toLowerCase();
  const words = memory.words.filter((w) => w.toLowerCase() !== key);
  words.push(form);
  words.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return { ...memory, words };
}

/// The memory with `word` never changed again.
export function skipWord(memory: CasingMemory, word: string): CasingMemory {
  const key = word.toLowerCase();
  if (memory.skip.includes(key)) return memory;
  return { ...memory, skip: [...memory.skip, key].sort() };
}

export function isEmptyMemory(memory: CasingMemory | undefined): boolean {
  return memory === undefined || (memory.words.length === 0 && memory.skip.length === 0);
}
