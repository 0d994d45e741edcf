import { TextSelection } from 'prosemirror-state';
import { formatProgrammeSpan } from '../../core/clock.ts';
import { parseTimeQuery } from '../../core/timeQuery.ts';
import { centerView } from '../../editor/centerView.ts';
import { getMeta } from '../../editor/queries/metaAndRoster.ts';
import { blockPosAtTime } from '../../editor/queries/timeline.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';

/// Go to time, on a transcript without any.
export const NO_TIMES = 'This transcript has no times to go to.';

/// Puts the cursor at the start of the turn speaking at `time` (seconds
/// from the programme start) and scrolls it into view.
export function jumpToTime(host: EditorHost, time: number): void {
  const pos = blockPosAtTime(host.editorState.doc, time);
  if (pos === null) return;
  host.run((state, dispatch) => {
    dispatch?.(centerView(state.tr.setSelection(TextSelection.create(state.doc, pos + 1))));
    return true;
  });
}

/// Goes to the turn speaking at a clock time or offset the user typed; the
/// reason when there is none.
export function goToTime(
  host: EditorHost,
  store: SessionStore,
  text: string,
): { ok: true } | { ok: false; message: string } {
  const { duration, segments } = store.getState().timeline;
  if (segments.length === 0) return { ok: false, message: NO_TIMES };
  const { startClock } = getMeta(host.editorState.doc);
  const query = parseTimeQuery(text, startClock);
  if (!query.ok) return query;
  if (query.seconds > duration) {
    return {
      ok: false,
      message: `"${text.trim()}" is after the end of this programme (${formatProgrammeSpan(startClock, duration)}).`,
    };
  }
  jumpToTime(host, query.seconds);
  return { ok: true };
}
