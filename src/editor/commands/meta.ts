import { closeHistory } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import type { ProgrammeMeta } from '../../core/transcript.ts';
import { getMeta, META_POS } from '../queries/metaAndRoster.ts';

/// The programme details a user can edit: in the header, the source link;
/// on the page, the programme's boundaries.
export type EditableMetaKey =
  'title' | 'network' | 'date' | 'startClock' | 'endClock' | 'timeZone' | 'link' | 'bounds';

/// Sets one programme detail (undefined clears it), as its own undo step.
export function setMetaField<K extends EditableMetaKey>(
  key: K,
  value: ProgrammeMeta[K] | undefined,
): Command {
  return updateMeta({ [key]: value });
}

/// Changes programme details (a key given as undefined is cleared) as one
/// undo step, or does nothing when nothing changes. The meta is a node of
/// its own, so only the header, and the turn times that depend on the start
/// clock when it changes, are redrawn.
export function updateMeta(changes: { [K in keyof ProgrammeMeta]?: ProgrammeMeta[K] | undefined }): Command {
  return (state, dispatch) => {
    const meta = getMeta(state.doc);
    const next: ProgrammeMeta = { ...meta };
    for (const [key, value] of Object.entries(changes) as [keyof ProgrammeMeta, unknown][]) {
      if (value === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = value;
    }
    const changed = (Object.keys(changes) as (keyof ProgrammeMeta)[]).some((key) => next[key] !== meta[key]);
    if (changed && dispatch) dispatch(closeHistory(state.tr.setNodeAttribute(META_POS, 'meta', next)));
    return true;
  };
}
