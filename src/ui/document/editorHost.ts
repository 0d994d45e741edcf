import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Original } from '../../core/format/original.ts';
import type { Transcript } from '../../core/transcript.ts';

/// What the helpers around the document (find and replace, restore points,
/// suggestions, media, files) need from the editor. They take this, not the
/// controller, so none of them imports the controller back.
export interface EditorHost {
  readonly editorState: EditorState;
  readonly editorView: EditorView | null;
  /// True in a second tab: it shows the document but may not change it.
  readonly isReadOnly: boolean;
  /// Runs a command through the one dispatch funnel, then returns focus to
  /// the text unless told not to.
  run(command: Command, refocus?: boolean): boolean;
  transcript(doc?: PMNode): Transcript;
  /// The document (by default the open one) as our JSON, unchecked: for the
  /// browser's own copies, which are read back through the check.
  snapshot(doc?: PMNode): string;
  focus(): void;
  /// Focus back to the text once a closing dialog has finished.
  focusAfterDialog(): void;
  /// Keeps a restore point before a change of many turns at once.
  beforeBigChange(reason: string): void;
}

/// Where a loaded document came from.
export interface DocumentOrigin {
  fileName: string | null;
  handle?: FileSystemFileHandle | null;
  /// Changes not saved to a file.
  dirty: boolean;
  /// The transcript as first imported; absent: this one is the original.
  original?: Original | undefined;
  /// The browser copy this document was read from, with its journalled
  /// edits: the editor takes that exact document (not one rebuilt from the
  /// transcript), so later edits are journalled on top of it.
  resume?: { base: string; doc: PMNode } | undefined;
}

/// The document's own life, for the parts that replace or write it whole.
export interface DocumentHost extends EditorHost {
  /// Replaces the open document. The old one's undo history goes with it.
  load(transcript: Transcript, origin: DocumentOrigin): void;
  /// The document as our JSON with its import-time original; `trusted`
  /// skips the format check (the browser copy, written every few seconds).
  serialize(trusted?: boolean): string;
  /// The transcript as first imported, for the correction log.
  readonly original: Original;
}
