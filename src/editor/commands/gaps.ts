import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { ANNOUNCE } from '../announce.ts';
import { centerView } from '../centerView.ts';
import { findGaps, gapAtSelection } from '../queries/gapRanges.ts';
import { programmeSpan } from '../queries/programmeSpan.ts';
import { marks } from '../schema.ts';

/// Selects the next (dir 1) or previous (dir -1) open gap of the programme
/// (outside its boundaries is not its work), wrapping around, so typing
/// replaces it.
export function goToGap(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const span = programmeSpan(state.doc);
    const open = findGaps(state.doc, span.from, span.to).filter((g) => g.status === 'open');
    if (open.length === 0) return false;
    const { from, to } = state.selection;
    const target =
      dir === 1
        ? (open.find((g) => g.from >= to && !(g.from === from && g.to === to)) ?? open[0]!)
        : ([...open].reverse().find((g) => g.to <= from && !(g.from === from && g.to === to)) ??
          open[open.length - 1]!);
    if (dispatch) {
      const n = open.indexOf(target) + 1;
      dispatch(
        centerView(state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to))).setMeta(
          ANNOUNCE,
          `Gap ${n} of ${open.length} open: ${target.tag}`,
        ),
      );
    }
    return true;
  };
}

/// Marks the gap at the cursor unresolvable (confirmed inaudible: it stays a
/// tag in exports), or back to open. A corrected gap keeps its correction.
export const toggleGapUnresolvable: Command = (state, dispatch) => {
  const gap = gapAtSelection(state);
  if (!gap || gap.status === 'corrected') return false;
  if (dispatch) {
    const mark = state.doc.nodeAt(gap.from)?.marks.find((m) => m.type === marks.gap);
    if (!mark) return false;
    const status = gap.status === 'unresolvable' ? 'open' : 'unresolvable';
    dispatch(
      closeHistory(
        state.tr
          .removeMark(gap.from, gap.to, mark)
          .addMark(gap.from, gap.to, marks.gap.create({ ...mark.attrs, status })),
      ),
    );
  }
  return true;
};

/// Selects the gap with this index in document order.
export function selectGap(index: number): Command {
  return (state, dispatch) => {
    const gap = findGaps(state.doc)[index];
    if (!gap) return false;
    if (dispatch)
      dispatch(centerView(state.tr.setSelection(TextSelection.create(state.doc, gap.from, gap.to))));
    return true;
  };
}
