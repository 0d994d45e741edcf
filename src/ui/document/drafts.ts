import { openTranscriptText, type OpenResult } from '../../core/import/detect.ts';
import type { Original } from '../../core/format/original.ts';
import { readDraft, writeDraft } from '../../platform/draftStore.ts';
import type { SessionStore } from '../../store/session.ts';
import { IdleDebounce } from '../scheduler.ts';
import type { DocumentHost } from './editorHost.ts';

/// The browser's own copy of the document (IndexedDB): written a moment
/// after the user pauses, at least every two seconds while they type, and
/// read back on start, so a reload or a crash loses almost nothing.
export class Drafts {
  private readonly autosave = new IdleDebounce(() => void this.writeNow(), 700, 2000);

  constructor(
    private readonly host: DocumentHost,
    private readonly store: SessionStore,
  ) {}

  /// After an edit: write the copy when the user pauses.
  request(): void {
    if (!this.host.isReadOnly) this.autosave.request();
  }

  /// Writes the copy now, e.g. before the page goes away.
  flush(): void {
    this.autosave.flush();
  }

  cancel(): void {
    this.autosave.cancel();
  }

  async writeNow(json?: string): Promise<void> {
    if (this.host.isReadOnly) return;
    const { save, actions } = this.store.getState();
    try {
      const savedAt = Date.now();
      await writeDraft({
        json: json ?? this.host.snapshot(),
        savedAt,
        fileName: save.fileName,
        dirty: save.dirty,
      });
      actions.patchSave({ draftSavedAt: savedAt });
    } catch (error) {
      actions.patchSave({
        error: `Autosave failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /// On start: the browser copy if there is one, else the bundled sample.
  async restore(sample: { text: string; name: string }): Promise<void> {
    const generation = this.store.getState().docGeneration;
    let draft = null;
    try {
      draft = await readDraft();
    } catch {
      this.store
        .getState()
        .actions.notify(
          'error',
          'This browser will not store drafts (IndexedDB is unavailable): save to a file often.',
        );
    }
    // The user opened something while the draft was being read: theirs wins.
    if (this.store.getState().docGeneration !== generation) return;
    if (draft) {
      const result = openTranscriptText(draft.json, draft.fileName ?? 'draft.json');
      if (result.ok) {
        this.host.load(result.transcript, {
          fileName: draft.fileName,
          dirty: draft.dirty,
          original: originalOf(result),
        });
        this.store.getState().actions.patchSave({ draftSavedAt: draft.savedAt });
        return;
      }
    }
    const result = openTranscriptText(sample.text, sample.name);
    if (result.ok) this.host.load(result.transcript, { fileName: null, dirty: false });
  }
}

/// The import-time original a saved file carried, if any.
export function originalOf(result: OpenResult): Original | undefined {
  return result.ok && 'original' in result ? (result.original as Original | undefined) : undefined;
}
