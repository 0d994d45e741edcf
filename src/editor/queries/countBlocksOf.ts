import type { EditorState } from 'prosemirror-state';
import { forEachBlock } from './blocks.ts';

/// Blocks that `speakerId` speaks, for dialogs that say what will change.
export function countBlocksOf(state: EditorState, speakerId: string): number {
  let n = 0;
  forEachBlock(state.doc, (block) => {
    if (block.attrs['speakerId'] === speakerId) n++;
  });
  return n;
}
