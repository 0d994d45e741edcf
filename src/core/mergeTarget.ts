import type { Speaker } from './transcript.ts';

/// The speaker someone merging `speaker` most likely means: one with the
/// same first name ("Maya" and "Maya Collins"), or whose name contains the
/// other's as whole words ("Reyes" and "Dr. Tomas Reyes"). Undefined when
/// no name says so.
export function likelyMergeTarget(speaker: Speaker, others: readonly Speaker[]): Speaker | undefined {
  const words = nameWords(speaker.name);
  if (words.length === 0) return undefined;
  const contains = (outer: string[], inner: string[]) =>
    inner.length > 0 && outer.some((_, i) => inner.every((word, j) => outer[i + j] === word));
  return (
    others.find((o) => {
      const theirs = nameWords(o.name);
      return contains(theirs, words) || contains(words, theirs);
    }) ?? others.find((o) => nameWords(o.name)[0] === words[0])
  );
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}
