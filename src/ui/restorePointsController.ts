import type { Node } from 'prosemirror-model';
import { parseDocument } from '../core/format/document.ts';
import { getMeta } from '../editor/blocks.ts';
import { replaceDocument } from '../editor/commands/replaceDocument.ts';
import { addRestorePoint, listRestorePoints, readRestorePoint } from '../platform/restorePoints.ts';
import type { SessionStore } from '../store/session.ts';
import type { DocumentController } from './controller.ts';
import { afterNextPaint } from './scheduler.ts';

const EVERY_MS = 5 * 60_000;

/// Copies of the document kept in the browser: every few minutes while it
/// changes, and before anything that changes a lot at once. Restoring one
/// replaces the open document as an undoable step.
export class RestorePointsController {
  private lastDoc: Node | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly controller: DocumentController,
    private readonly store: SessionStore,
  ) {}

  start(everyMs = EVERY_MS): void {
    this.timer ??= setInterval(() => void this.take('Every 5 minutes'), everyMs);
  }

  /// Keeps a copy of the document as it is now, unless it is unchanged
  /// since the last copy. The document is immutable, so it is written out
  /// after the next paint: a replace-all shows without waiting for the copy.
  async take(reason: string): Promise<void> {
    const doc = this.controller.editorState.doc;
    if (this.controller.isReadOnly || doc === this.lastDoc || this.store.getState().docGeneration === 0)
      return;
    this.lastDoc = doc;
    const createdAt = Date.now();
    try {
      await afterNextPaint();
      const meta = getMeta(doc);
      await addRestorePoint({
        createdAt,
        reason,
        title: meta.title ?? meta.source ?? 'Untitled transcript',
        json: this.controller.snapshot(doc),
      });
    } catch {
      // A restore point is a safety net; failing to take one must not stop the edit.
    }
  }

  async show(): Promise<void> {
    this.store.setState({ restorePoints: await listRestorePoints() });
  }

  close(): void {
    this.store.setState({ restorePoints: null });
    this.controller.focusAfterDialog();
  }

  /// Puts a restore point's document in place of the open one; Ctrl+Z undoes it.
  async restore(id: number): Promise<void> {
    const point = await readRestorePoint(id);
    // Our own copy: read as our file, never sniffed as any other format.
    const result = point ? parseDocument(point.json) : null;
    if (!result?.ok) {
      this.store.setState({ notice: { kind: 'error', text: 'That restore point could not be read.' } });
      return;
    }
    await this.take('Before restoring an earlier point');
    this.controller.run(replaceDocument(result.transcript), false);
    this.close();
    this.store.setState({ notice: { kind: 'info', text: 'Restored. Ctrl+Z undoes the restore.' } });
  }
}
