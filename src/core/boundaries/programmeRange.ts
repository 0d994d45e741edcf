import type { Block, ProgrammeBounds, Transcript } from '../transcript.ts';

/// The programme's turns as indexes `[first, end)`: from the start line's
/// turn to the end line's turn. A line whose turn is gone (deleted, or the
/// file edited elsewhere) counts as no line, so nothing is ever hidden by a
/// line the user cannot see.
export function programmeRange(
  blocks: readonly Pick<Block, 'id'>[],
  bounds: ProgrammeBounds | undefined,
): { first: number; end: number } {
  let first = 0;
  let end = blocks.length;
  if (!bounds || (!bounds.start && !bounds.end)) return { first, end };
  for (let i = 0; i < blocks.length; i++) {
    const id = blocks[i]!.id;
    if (bounds.start && id === bounds.start.turn) first = i;
    if (bounds.end && id === bounds.end.turn) end = i;
  }
  // An end line above the start line cannot be meant; the start wins.
  if (end < first) end = blocks.length;
  return { first, end };
}

/// The transcript with only the programme's turns, for exports that leave
/// out what is outside it; the same object when nothing is outside.
export function programmeOnly(t: Transcript): Transcript {
  const { first, end } = programmeRange(t.blocks, t.meta.bounds);
  if (first === 0 && end === t.blocks.length) return t;
  return { ...t, blocks: t.blocks.slice(first, end) };
}
