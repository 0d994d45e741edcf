import { TextSelection, type Command } from 'prosemirror-state';
import { centerView } from '../centerView.ts';
import { marks } from '../schema.ts';
import { searchHits, searchState } from './plugin.ts';
import { replacementText } from './query.ts';

/// Selects the next (dir 1) or previous (dir -1) match, wrapping around.
export function findNext(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const hits = searchHits(state);
    if (hits.length === 0) return false;
    const { from, to } = state.selection;
    const target =
      dir === 1
        ? (hits.find((h) => h.from >= to && !(h.from === from && h.to === to)) ?? hits[0]!)
        : ([...hits].reverse().find((h) => h.to <= from && !(h.from === from && h.to === to)) ??
          hits[hits.length - 1]!);
    if (dispatch)
      dispatch(centerView(state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to))));
    return true;
  };
}

// Gap records are not the search's business: a match touching a gap is
// left for the user to correct as a gap.
function touchesGap(state: Parameters<Command>[0], from: number, to: number): boolean {
  return state.doc.rangeHasMark(from, to, marks.gap);
}

/// Replaces the selected match and selects the next one.
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const search = searchState(state);
    if (!search?.pattern || !search.query) return false;
    const { from, to } = state.selection;
    const hit = searchHits(state).find((h) => h.from === from && h.to === to);
    if (!hit) return findNext(1)(state, dispatch);
    if (touchesGap(state, from, to)) return findNext(1)(state, dispatch);
    if (dispatch) {
      const text = replacementText(
        state.doc.textBetween(from, to),
        search.pattern,
        replacement,
        search.query.regex,
      );
      const tr = text ? state.tr.insertText(text, from, to) : state.tr.delete(from, to);
      tr.setSelection(TextSelection.create(tr.doc, from + text.length));
      dispatch(tr);
    }
    return true;
  };
}
