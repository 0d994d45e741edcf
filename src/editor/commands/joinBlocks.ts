import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { blockAtResolved, siblingBlock, type BlockAt } from '../queries/blocks.ts';
import { shiftRuns, timedRuns, wordTimes, type TimedRun, type WordTimes } from '../wordTimes/runs.ts';

/// Backspace at the start of a block merges it into the previous block,
/// across chunk boundaries as if chunks were not there.
export const joinBackward: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.parentOffset > 0) return false;
  const here = blockAtResolved($cursor);
  if (!here) return false;
  const prev = siblingBlock(state.doc, here.pos, -1);
  if (!prev) return true; // At the very start: nothing to join, and nothing else should happen.
  if (dispatch) dispatch(joinTr(state, prev, here).scrollIntoView());
  return true;
};

/// Delete at the end of a block pulls the next block into it.
export const joinForward: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size) return false;
  const here = blockAtResolved($cursor);
  if (!here) return false;
  const next = siblingBlock(state.doc, here.pos, 1);
  if (!next) return true;
  if (dispatch) dispatch(joinTr(state, here, next).scrollIntoView());
  return true;
};

/// Merges `second` into `first`. The merged block keeps the first block's
/// speaker and time; an exact start time of the second block survives as a
/// time anchor on its first word, so timing stays attached to its text.
function joinTr(state: EditorState, first: BlockAt, second: BlockAt) {
  const tr = state.tr;
  const joinAt = first.pos + first.node.nodeSize - 1;
  tr.delete(joinAt, second.pos + 1);
  // Set after the text edit, so the word-times plugin takes it as it is.
  tr.setNodeAttribute(tr.mapping.map(first.pos), 'times', wordTimes(joinedRuns(first.node, second.node)));
  tr.setSelection(TextSelection.create(tr.doc, joinAt));
  // A join is its own undo step, not part of the typing around it.
  return closeHistory(tr);
}

function joinedRuns(first: Node, second: Node): TimedRun[] {
  const runs = timedRuns(second.attrs['times'] as WordTimes | null);
  const start = second.attrs['start'] as number | null;
  const text = second.textContent;
  if (start !== null && !second.attrs['estimated'] && text && runs[0]?.from !== 0) {
    const word = /^\S+/.exec(text)?.[0] ?? text;
    runs.unshift({ from: 0, to: word.length, start, end: null });
  }
  return [...timedRuns(first.attrs['times'] as WordTimes | null), ...shiftRuns(runs, first.content.size)];
}
