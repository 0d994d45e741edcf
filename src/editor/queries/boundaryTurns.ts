import type { Node } from 'prosemirror-model';
import type { BoundaryTurn } from '../../core/boundaries/detect.ts';

/// The turns as programme boundary detection reads them (core/boundaries).
export function boundaryTurnsOf(doc: Node): BoundaryTurn[] {
  const turns: BoundaryTurn[] = [];
  doc.forEach((chunk) => {
    if (chunk.type.name !== 'chunk') return;
    chunk.forEach((block) => {
      turns.push({ text: block.textContent, start: block.attrs['start'] as number | null });
    });
  });
  return turns;
}
