import {
  correctionLog,
  correctionLogCsv,
  correctionLogMarkdown,
  type CorrectionLogOptions,
} from '../../core/corrections/index.ts';
import {
  exportFormat,
  exportTranscript,
  type ExportFormatId,
  type ExportOptions,
} from '../../core/export/index.ts';
import { getMeta } from '../../editor/queries/metaAndRoster.ts';
import { downloadText, saveTextFile } from '../../platform/saveFile.ts';
import type { SessionStore } from '../../store/session.ts';
import type { DocumentHost } from './editorHost.ts';

const JSON_MIME = 'application/json';

/// Writing the document out: Save to the user's file, every export and the
/// correction log.
export class FileSaver {
  private handle: FileSystemFileHandle | null = null;

  constructor(
    private readonly host: DocumentHost,
    private readonly store: SessionStore,
    /// Writes the browser copy; a save writes it too.
    private readonly writeDraft: () => Promise<void>,
  ) {}

  /// A newly loaded document: its file, if the browser gave us one.
  reset(handle: FileSystemFileHandle | null): void {
    this.handle = handle;
  }

  async save(pickNew = false): Promise<void> {
    const { patchSave, notify } = this.store.getState().actions;
    let json: string;
    try {
      json = this.host.serialize();
    } catch (error) {
      // The editor produced something the format refuses: a bug, but the
      // user must hear of it rather than get a file that will not reopen.
      patchSave({ error: `Could not save: ${messageOf(error)}` });
      return;
    }
    const outcome = await saveTextFile(json, this.suggestedName('json'), JSON_MIME, this.handle, pickNew);
    if (!outcome.ok) {
      if (!outcome.cancelled) patchSave({ error: outcome.message });
      return;
    }
    this.handle = outcome.target.handle;
    patchSave({ dirty: false, fileName: outcome.target.name, error: null });
    // The save status line, a live region, announces a save to a file; a
    // download also says where the file went.
    if (outcome.method === 'download') notify('info', `Downloaded ${outcome.target.name}.`);
    await this.writeDraft();
  }

  /// Every change since import, block by block, as CSV or Markdown;
  /// `textOnly` leaves speaker work out.
  exportCorrectionLog(kind: 'csv' | 'md', options: CorrectionLogOptions = {}): void {
    const transcript = this.host.transcript();
    const original = this.host.original;
    const entries = correctionLog(original.blocks, transcript, original.speakers, options);
    if (kind === 'csv') {
      downloadText(
        correctionLogCsv(entries, transcript.meta),
        this.suggestedName('corrections.csv'),
        'text/csv',
      );
    } else {
      downloadText(
        correctionLogMarkdown(entries, transcript.meta),
        this.suggestedName('corrections.md'),
        'text/markdown',
      );
    }
  }

  /// Writes the transcript in any export format and offers it as a download.
  async exportAs(id: ExportFormatId, options: ExportOptions): Promise<void> {
    const format = exportFormat(id)!;
    try {
      // Our own JSON carries the import-time original, like a save does.
      const data =
        id === 'json' ? this.host.serialize() : await exportTranscript(this.host.transcript(), id, options);
      downloadText(data, this.suggestedName(format.extension), format.mime);
    } catch (error) {
      this.store.getState().actions.notify('error', `Could not export: ${messageOf(error)}`);
    }
  }

  private suggestedName(ext: string): string {
    const { fileName } = this.store.getState().save;
    const meta = getMeta(this.host.editorState.doc);
    const base =
      fileName?.replace(/\.[^.]+$/, '') ?? meta.source?.replace(/\.[^.]+$/, '') ?? meta.title ?? 'transcript';
    return `${base.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'transcript'}.${ext}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
