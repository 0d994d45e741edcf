import type { Node } from 'prosemirror-model';
import type { CasingMemory } from '../../core/casing/memory.ts';
import type { ProgrammeMeta, Speaker } from '../../core/transcript.ts';

/// Fixed positions of the two atom nodes that open every document.
export const META_POS = 0;
export const ROSTER_POS = 1;

export function getMeta(doc: Node): ProgrammeMeta {
  return doc.child(0).attrs['meta'] as ProgrammeMeta;
}

export function getRoster(doc: Node): readonly Speaker[] {
  return doc.child(1).attrs['speakers'] as Speaker[];
}

/// The transcript's case memory (words cased by hand, words never changed), if any.
export function getCasingMemory(doc: Node): CasingMemory | null {
  return doc.child(0).attrs['casing'] as CasingMemory | null;
}
