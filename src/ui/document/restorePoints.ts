import type { Node } from 'prosemirror-model';
import { parseDocument } from '../../core/format/document.ts';
import { getMeta } from '../../editor/queries/metaAndRoster.ts';
import { replaceDocument } from '../../editor/commands/replaceDocument.ts';
import { addRestorePoint, listRestorePoints, readRestorePoint } from '../../platform/restorePoints.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';
import { afterNextPaint } from '../scheduler.ts';

const EVERY_MS = 5 * 60_000;

/// Copies of the document kept in the browser: every few minutes while it
/// changes, and before anything that changes a lot at once. Restoring one
/// replaces the open document as an undoable step.
export class RestorePoints {
  private lastDoc: Node | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {}

  start(everyMs = EVERY_MS): void {
    this.timer ??= setInterval(() => void this.take('Every 5 minutes'), everyMs);
  }

  /// Keeps a copy of the document as it is now, unless it is unchanged
  /// since the last copy. The document is immutable, so it is written out
  /// after the next paint: a replace-all shows without waiting for the copy.
  async take(reason: string): Promise<void> {
    const doc = this.host.editorState.doc;
    if (this.host.isReadOnly || doc === this.lastDoc || this.store.getState().docGeneration === 0) return;
    this.lastDoc = doc;
    const createdAt = Date.now();
    try {
      await afterNextPaint();
      const meta = getMeta(doc);
      await addRestorePoint({
        createdAt,
        reason,
        title: meta.title ?? meta.source ?? 'Untitled transcript',
        json: this.host.snapshot(doc),
      });
    } catch {
      // A restore point is a safety net; failing to take one must not stop the edit.
    }
  }

  async show(): Promise<void> {
    this.store.getState().actions.openDialog({ kind: 'restore-points', points: await listRestorePoints() });
  }

  close(): void {
    this.store.getState().actions.closeDialog('restore-points');
    this.host.focusAfterDialog();
  }

  /// Puts a restore point's document in place of the open one; Ctrl+Z undoes it.
  async restore(id: number): Promise<void> {
    const point = await readRestorePoint(id);
    // Our own copy: read as our file, never sniffed as any other format.
    const result = point ? parseDocument(point.json) : null;
    if (!result?.ok) {
      this.store.getState().actions.notify('error', 'That restore point could not be read.');
      return;
    }
    await this.take('Before restoring an earlier point');
    const done = this.host.run(replaceDocument(result.transcript), false);
    this.close();
    if (!done) return;
    this.store.getState().actions.notify('info', 'Restored. Ctrl+Z undoes the restore.');
  }
}
