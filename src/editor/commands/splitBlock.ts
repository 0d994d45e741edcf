import { closeHistory } from 'prosemirror-history';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { blockAtResolved } from '../queries/blocks.ts';
import { newId } from '../../core/ids.ts';
import { nodes } from '../schema.ts';
import { estimateTimeAt } from '../queries/timeEstimate.ts';
import { startAt, type WordTimes } from '../wordTimes/runs.ts';

/// Splits the block at the cursor (Enter). The new block keeps the speaker
/// (it is still the same turn until someone says otherwise) and gets a time
/// estimated from its position, or the exact time of a minute anchor that
/// starts it.
export const splitBlock: Command = (state, dispatch) => {
  const tr = splitBlockTr(state);
  if (!tr) return false;
  if (dispatch) dispatch(tr.scrollIntoView());
  return true;
};

/// The transaction behind `splitBlock`, for commands that split and then
/// do more in the same undo step.
export function splitBlockTr(state: EditorState): Transaction | null {
  const { $from, $to } = state.selection;
  const fromBlock = blockAtResolved($from);
  if (!fromBlock || !blockAtResolved($to)) return null;
  const tr = state.tr;
  if (!state.selection.empty) tr.deleteSelection();
  const $pos = tr.doc.resolve(tr.mapping.map($from.pos, -1));
  const here = blockAtResolved($pos);
  if (!here) return null;
  const offset = $pos.pos - here.pos - 1;
  // The words after the cut move to the new block with their times (the
  // word-times plugin maps them); one that starts right there gives its time.
  const exact = startAt(here.node.attrs['times'] as WordTimes | null, offset);
  const estimate = exact ?? estimateTimeAt(tr.doc, here.pos, offset);
  tr.split($pos.pos, 1, [
    {
      type: nodes.block,
      attrs: {
        id: newId('b'),
        speakerId: here.node.attrs['speakerId'],
        start: estimate === null ? null : Math.round(estimate * 10) / 10,
        estimated: exact === null,
        story: false,
        reviewed: false,
      },
    },
  ]);
  tr.setSelection(TextSelection.create(tr.doc, $pos.pos + 2));
  // A split is its own undo step, not part of the typing around it.
  return closeHistory(tr);
}
