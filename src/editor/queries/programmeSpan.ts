import type { Node } from 'prosemirror-model';
import type { ProgrammeBounds } from '../../core/transcript.ts';
import { getMeta } from './metaAndRoster.ts';

/// Where the programme's boundary lines stand: the position of the start
/// line's turn and of the end line's turn, or -1 for no line. A line whose
/// turn is gone counts as no line, and an end line not after the start line
/// cannot be meant (as core/boundaries/programmeRange.ts reads them).
export function boundaryPositions(doc: Node): { start: number; end: number } {
  // A stats pass asks for the same document's lines three times (counts,
  // gap list, timeline): found once per document.
  let found = positions.get(doc);
  if (!found) positions.set(doc, (found = findBoundaryPositions(doc)));
  return found;
}

const positions = new WeakMap<Node, { start: number; end: number }>();

function findBoundaryPositions(doc: Node): { start: number; end: number } {
  const bounds: ProgrammeBounds | undefined = getMeta(doc).bounds;
  let start = -1;
  let end = -1;
  if (!bounds || (!bounds.start && !bounds.end)) return { start, end };
  doc.forEach((chunk, chunkPos) => {
    if (chunk.type.name !== 'chunk') return;
    chunk.forEach((block, offset) => {
      const id = block.attrs['id'];
      if (bounds.start && id === bounds.start.turn) start = chunkPos + 1 + offset;
      if (bounds.end && id === bounds.end.turn) end = chunkPos + 1 + offset;
    });
  });
  if (end !== -1 && end <= start) end = -1;
  return { start, end };
}

/// The document positions of the programme's turns, `[from, to)`: the whole
/// document when no line is drawn. Next gap, next turn to review, the gap
/// list and the timeline's gap marks keep to it, as the counts do: work
/// outside the programme is not the programme's.
export function programmeSpan(doc: Node): { from: number; to: number } {
  const { start, end } = boundaryPositions(doc);
  return { from: start === -1 ? 0 : start, to: end === -1 ? doc.content.size : end };
}
