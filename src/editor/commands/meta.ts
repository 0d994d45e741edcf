import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import type { ProgrammeMeta } from '../../core/transcript.ts';
import { getMeta, META_POS } from '../queries/metaAndRoster.ts';

/// The programme details a user can edit: in the header, the source link;
/// on the page, the programme's boundaries.
export type EditableMetaKey =
  'title' | 'network' | 'date' | 'startClock' | 'endClock' | 'timeZone' | 'link' | 'bounds';

/// Sets one programme detail (undefined clears it), as its own undo step.
/// The meta is a node of its own, so only the header and the turn times
/// that depend on the start clock are redrawn.
export function setMetaField<K extends EditableMetaKey>(
  key: K,
  value: ProgrammeMeta[K] | undefined,
): Command {
  return (state, dispatch) => {
    const meta = getMeta(state.doc);
    if (meta[key] === value) return true;
    if (dispatch) {
      const next: ProgrammeMeta = { ...meta };
      if (value === undefined) delete next[key];
      else next[key] = value;
      dispatch(closeHistory(state.tr.setNodeAttribute(META_POS, 'meta', next)));
    }
    return true;
  };
}
