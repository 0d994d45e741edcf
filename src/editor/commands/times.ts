import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { blockAtResolved, siblingBlock } from '../queries/blocks.ts';

export interface StartCheck {
  /// True when the new start is earlier than the block before it, or later
  /// than the block after it.
  backwards: boolean;
}

/// Sets the start of the block at the cursor to `seconds` (from the media
/// playhead), replacing an estimated time. Reports whether times now go
/// backwards, so the UI can warn.
export function setBlockStart(seconds: number, report?: (check: StartCheck) => void): Command {
  return (state, dispatch) => {
    const here = blockAtResolved(state.selection.$from);
    if (!here) return false;
    if (dispatch) {
      const start = Math.round(seconds * 10) / 10;
      const prev = siblingBlock(state.doc, here.pos, -1)?.node.attrs['start'] as number | null | undefined;
      const next = siblingBlock(state.doc, here.pos, 1)?.node.attrs['start'] as number | null | undefined;
      const backwards = (prev != null && start < prev) || (next != null && start > next);
      const tr = state.tr
        .setNodeAttribute(here.pos, 'start', start)
        .setNodeAttribute(here.pos, 'estimated', false);
      dispatch(closeHistory(tr));
      report?.({ backwards });
    }
    return true;
  };
}
