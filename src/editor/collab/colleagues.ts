import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { clockAt, formatClock, formatOffset } from '../../core/clock.ts';
import type { Colleague } from '../../core/team/colleagues.ts';
import { blockAtPos } from '../queries/blocks.ts';
import { getMeta } from '../queries/metaAndRoster.ts';
import { estimateTimeAt } from '../queries/timeEstimate.ts';

/// Turns a caret as a colleague's awareness state holds it (a Yjs relative
/// position, as JSON) into a position in this editor's document, or null
/// when it points at something this editor does not have (yet).
export type CaretResolver = (relative: unknown) => number | null;

/// The resolver for an editor bound to a shared document by y-prosemirror:
/// through the binding's own mapping, as the caret decorations are drawn.
export function caretResolver(state: EditorState): CaretResolver | null {
  const sync = ySyncPluginKey.getState(state) as
    | { doc: Y.Doc; type: Y.XmlFragment; binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } }
    | undefined;
  if (!sync) return null;
  return (relative) =>
    relativePositionToAbsolutePosition(
      sync.doc,
      sync.type,
      Y.createRelativePositionFromJSON(relative),
      sync.binding.mapping as never,
    );
}

const COLOUR = /^#[0-9a-f]{6}$/i;
const NO_COLOUR = '#6b6b6b';

/// Everyone else in the shared document whose caret is in it, with the
/// time of the turn holding the caret, in the order of the programme.
/// Names and colours come from the network: they are checked, and only
/// ever shown as text.
export function colleaguesAt(
  doc: Node,
  states: ReadonlyMap<number, Record<string, unknown>>,
  me: number,
  resolve: CaretResolver,
): Colleague[] {
  const startClock = getMeta(doc).startClock;
  const colleagues: Colleague[] = [];
  for (const [id, state] of states) {
    if (id === me) continue;
    const cursor = state['cursor'] as { head?: unknown } | null | undefined;
    if (!cursor?.head) continue;
    let pos: number | null;
    try {
      pos = resolve(cursor.head);
    } catch {
      pos = null; // a malformed position from the network: not shown
    }
    if (pos === null) continue;
    const block = blockAtPos(doc, Math.min(pos, doc.content.size));
    if (!block) continue;
    const user = (state['user'] ?? {}) as { name?: unknown; color?: unknown };
    const time =
      (block.node.attrs['start'] as number | null) ?? estimateTimeAt(doc, block.pos, pos - block.pos - 1);
    colleagues.push({
      id,
      name: typeof user.name === 'string' && user.name.trim() ? user.name.trim().slice(0, 80) : 'Someone',
      color: typeof user.color === 'string' && COLOUR.test(user.color) ? user.color : NO_COLOUR,
      time,
      at:
        time === null
          ? 'a turn without a time'
          : startClock !== undefined
            ? formatClock(clockAt(startClock, time))
            : formatOffset(time),
    });
  }
  return colleagues.sort(
    (a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.name.localeCompare(b.name),
  );
}
