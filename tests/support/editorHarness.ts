import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { undo, redo } from 'prosemirror-history';
import { forEachBlock } from '../../src/editor/queries/blocks.ts';

/// Runs a command the way a view would, returning the new state; fails the
/// test when the command does not apply.
export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  const applied = command(state, (tr) => {
    next = state.apply(tr);
  });
  if (!applied || !next) throw new Error('command did not apply');
  return next;
}

export const runUndo = (state: EditorState) => run(state, undo);
export const runRedo = (state: EditorState) => run(state, redo);

/// Position inside block `index` (0-based, across chunks) at `offset` characters.
export function posInBlock(state: EditorState, index: number, offset = 0): number {
  let found = -1;
  let i = 0;
  forEachBlock(state.doc, (_block, pos) => {
    if (i++ === index) {
      found = pos + 1 + offset;
      return false;
    }
    return true;
  });
  if (found < 0) throw new Error(`no block ${index}`);
  return found;
}

export function withCursor(state: EditorState, pos: number, to = pos): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos, to)));
}

export function blockTexts(state: EditorState): string[] {
  const texts: string[] = [];
  forEachBlock(state.doc, (block) => {
    texts.push(block.textContent);
  });
  return texts;
}

export function blockAttrs(state: EditorState, key: string): unknown[] {
  const values: unknown[] = [];
  forEachBlock(state.doc, (block) => {
    values.push(block.attrs[key]);
  });
  return values;
}
