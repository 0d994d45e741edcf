import type { Original } from '../../core/format/original.ts';
import {
  openTranscriptText,
  overlaySpeakerTurns,
  type OpenResult,
  type RttmTurn,
} from '../../core/import/detect.ts';
import { encodingNote } from '../../core/text/decode.ts';
import { replaceDocument } from '../../editor/commands/replaceDocument.ts';
import type { FileOpenResult } from '../../platform/importProtocol.ts';
import { parseFile } from '../../platform/parseFile.ts';
import type { SessionStore } from '../../store/session.ts';
import type { DocumentHost } from './editorHost.ts';

/// Opening what the user picked, dropped or pasted. On any problem the open
/// document stays as it was and the user gets the reason; a document with
/// changes not saved to a file is only replaced once the user says so.
const READ_ONLY_OPEN = 'This tab is read-only because Caption Desk is open in another tab: open it there.';

export class FileOpener {
  private pendingOpen: (() => void) | null = null;

  constructor(
    private readonly host: DocumentHost,
    private readonly store: SessionStore,
    private readonly hooks: {
      /// Writes the browser copy of the newly opened document.
      afterOpen(): void;
      save(): Promise<void>;
    },
  ) {}

  /// Reading and parsing happen in a worker, so a day of captions never
  /// freezes the page; the toolbar shows how far it got.
  async openFile(file: File): Promise<boolean> {
    performance.mark('transcript-open-start');
    this.store.setState({ loading: { name: file.name, stage: 'reading' }, notice: null });
    try {
      const result = await parseFile(file, (stage) =>
        this.store.setState({ loading: { name: file.name, stage } }),
      );
      // For the benchmark: reading and parsing (the worker) against laying out.
      performance.mark('transcript-parsed');
      // Speaker turns without words go onto the open transcript.
      if (!result.ok && result.kind === 'speaker-turns') return this.addSpeakerTurns(file.name, result.turns);
      this.store.setState({ loading: { name: file.name, stage: 'laying out' } });
      // Let the progress line paint before the document is built on this thread.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return this.openResult(result, file.name);
    } finally {
      this.store.setState({ loading: null });
    }
  }

  /// Opens text as a transcript (the paste dialog, a paste outside the text).
  openText(text: string, name: string): boolean {
    return this.openResult(openTranscriptText(text, name), name);
  }

  /// The user's answer about replacing a document with unsaved changes.
  async resolvePendingOpen(answer: 'replace' | 'save-first' | 'cancel'): Promise<void> {
    const open = this.pendingOpen;
    this.pendingOpen = null;
    this.store.getState().actions.closeDialog('confirm-replace');
    if (!open || answer === 'cancel') {
      this.host.focusAfterDialog();
      return;
    }
    if (answer === 'save-first') {
      await this.hooks.save();
      if (this.store.getState().save.dirty) return; // The save did not happen; keep the document.
    }
    open();
  }

  /// Assigns the open transcript's turns from the speaker turns of an RTTM
  /// file (diarization without words), by time overlap; one undo step.
  private addSpeakerTurns(name: string, turns: readonly RttmTurn[]): boolean {
    const result = overlaySpeakerTurns(this.host.transcript(), turns);
    if (!result.ok) return this.refuse(name, result.message);
    this.host.beforeBigChange(`adding speakers from ${name}`);
    if (!this.host.run(replaceDocument(result.transcript), false)) return false;
    this.store.getState().actions.notify('info', `${name}: ${result.message} Ctrl+Z undoes it.`);
    return true;
  }

  private openResult(result: FileOpenResult, name: string): boolean {
    if (!result.ok) return this.refuse(name, result.message);
    if (this.host.isReadOnly) return this.refuse(name, READ_ONLY_OPEN);
    const isOurs = result.format === 'caption-desk-json';
    const open = () => {
      this.host.beforeBigChange(`opening ${name}`);
      this.host.load(result.transcript, {
        fileName: isOurs ? name : null,
        dirty: false,
        original: originalOf(result),
      });
      this.hooks.afterOpen();
      // How the bytes were read, and what the reader wants the user to know.
      const note = [encodingNote(result.encoding), result.notice].filter(Boolean).join('; ');
      this.store.getState().actions.notify('info', `Opened ${name}${note ? ` (${note})` : ''}.`);
    };
    if (this.store.getState().save.dirty) {
      this.pendingOpen = open;
      this.store.getState().actions.openDialog({ kind: 'confirm-replace', name });
    } else {
      open();
    }
    return true;
  }

  private refuse(name: string, message: string): false {
    this.store.getState().actions.notify('error', `${name}: ${message} The open transcript is unchanged.`);
    return false;
  }
}

/// The import-time original a saved file carried, if any.
export function originalOf(result: OpenResult): Original | undefined {
  return result.ok && 'original' in result ? (result.original as Original | undefined) : undefined;
}
