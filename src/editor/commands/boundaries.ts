import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { detectBoundaries } from '../../core/boundaries/detect.ts';
import type { BoundaryMark, ProgrammeBounds } from '../../core/transcript.ts';
import { boundaryTurnsOf } from '../queries/boundaryTurns.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { getMeta, META_POS } from '../queries/metaAndRoster.ts';
import { trimToProgramme } from './trimToProgramme.ts';

export type BoundarySide = 'start' | 'end';

/// The block ids in order: boundaries name turns by id.
function blockIds(doc: Node): string[] {
  const ids: string[] = [];
  forEachBlock(doc, (block) => void ids.push(block.attrs['id'] as string));
  return ids;
}

/// Detects the programme's boundaries from the captions and the header, and
/// keeps them in the meta. `record` false (on open) leaves them out of the
/// undo history: the user did nothing yet.
export function detectProgrammeBounds(record = true): Command {
  return (state, dispatch) => {
    const found = detectBoundaries(boundaryTurnsOf(state.doc), getMeta(state.doc));
    const ids = blockIds(state.doc);
    const bounds: ProgrammeBounds = {};
    if (found.start && ids[found.start.index])
      bounds.start = { turn: ids[found.start.index]!, reason: found.start.reason };
    if (found.end && ids[found.end.index])
      bounds.end = { turn: ids[found.end.index]!, reason: found.end.reason };
    if (dispatch) {
      const tr = state.tr.setNodeAttribute(META_POS, 'meta', { ...getMeta(state.doc), bounds });
      if (!record) tr.setMeta('addToHistory', false);
      dispatch(record ? closeHistory(tr) : tr);
    }
    return true;
  };
}

/// Moves a line one turn up (-1) or down (1): one undo step.
export function moveBoundary(side: BoundarySide, dir: -1 | 1): Command {
  return (state, dispatch) => {
    const meta = getMeta(state.doc);
    const mark = meta.bounds?.[side];
    if (!mark) return false;
    const ids = blockIds(state.doc);
    const at = ids.indexOf(mark.turn);
    const next = at + dir;
    // A line stays between two turns, and the start line above the end line.
    if (at < 0 || next < 1 || next >= ids.length) return false;
    const other = side === 'start' ? meta.bounds?.end : meta.bounds?.start;
    const otherAt = other ? ids.indexOf(other.turn) : -1;
    if (otherAt >= 0 && (side === 'start' ? next >= otherAt : next <= otherAt)) return false;
    return setBound(side, { turn: ids[next]!, reason: 'user' })(state, dispatch);
  };
}

/// Removes a line: the programme runs to that end of the page.
export function removeBoundary(side: BoundarySide): Command {
  return setBound(side, undefined);
}

function setBound(side: BoundarySide, mark: BoundaryMark | undefined): Command {
  return (state, dispatch) => {
    const meta = getMeta(state.doc);
    if (dispatch) {
      const bounds: ProgrammeBounds = { ...meta.bounds };
      if (mark) bounds[side] = mark;
      else delete bounds[side];
      dispatch(closeHistory(state.tr.setNodeAttribute(META_POS, 'meta', { ...meta, bounds })));
    }
    return true;
  };
}

/// Trim to programme: removes the turns outside the lines, and the lines
/// with them, in one undo step. False when nothing is outside.
export const trimOutsideProgramme: Command = (state, dispatch) => {
  const meta = getMeta(state.doc);
  const ids = blockIds(state.doc);
  const startAt = meta.bounds?.start ? ids.indexOf(meta.bounds.start.turn) : -1;
  const endAt = meta.bounds?.end ? ids.indexOf(meta.bounds.end.turn) : -1;
  const first = Math.max(0, startAt);
  const end = endAt > first ? endAt : ids.length;
  return trimToProgramme(first, end)(
    state,
    dispatch &&
      ((tr) => {
        // Nothing is outside any more: the lines go too, in the same step.
        tr.setNodeAttribute(META_POS, 'meta', { ...meta, bounds: {} });
        dispatch(closeHistory(tr));
      }),
  );
};
