import type { Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';

/// Whether a transaction brings a change from the shared Yjs document into
/// the editor (a colleague's edit, or a Yjs undo) rather than making one
/// here. Plugins that append to edits skip these: the editor that made the
/// edit already appended its own steps, and they arrive with it; acting on
/// them again would, say, split the same chunk twice.
export function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return meta?.isChangeOrigin === true;
}
