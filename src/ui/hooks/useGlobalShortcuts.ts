import { useEffect } from 'react';
import type { SessionStore } from '../../store/session.ts';
import type { DocumentController } from '../document/DocumentController.ts';
import { redo, undo } from '../../editor/commands/undo.ts';

/// Page-wide keys and gestures: Ctrl+S saves, Alt+J goes to a time, Alt+K
/// opens the People directory, Ctrl+H
/// finds, files dropped anywhere open, and the browser warns before leaving
/// with changes not saved to a file.
export function useGlobalShortcuts(controller: DocumentController, store: SessionStore) {
  useEffect(() => {
    const { actions } = store.getState();
    const onKey = (e: KeyboardEvent) => {
      if (transportKey(controller, e)) {
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      // Typing ends a gap loop.
      if (e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey) controller.media.stopLoop();
      const history = historyKey(e);
      if (history && !hasOwnUndo(e.target)) {
        // Undo and redo are the document's wherever the focus is (a button
        // just pressed, the timeline), except in fields with their own undo.
        e.preventDefault();
        controller.run(history === 'undo' ? undo : redo, false);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void controller.saver.save(e.shiftKey);
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyJ') {
        e.preventDefault();
        actions.openDialog({ kind: 'go-to-time' });
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyC') {
        e.preventDefault();
        if (!controller.isReadOnly) actions.openDialog({ kind: 'casing' });
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyK') {
        // K for the people the desk knows.
        e.preventDefault();
        actions.openDialog({ kind: 'people' });
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyQ') {
        // Copy as sourced quote: the selection or the turn at the cursor.
        e.preventDefault();
        void controller.quotes.copy();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'h') {
        // Ctrl+F stays the browser's own find; ours is Ctrl+H.
        e.preventDefault();
        actions.setSidebarTab('find');
        requestAnimationFrame(() => document.getElementById('find-input')?.focus());
      }
    };
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      if (isMediaFile(file)) controller.media.open(file);
      else void controller.opener.openFile(file);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      controller.drafts.flush();
      controller.directory.flush();
      if (store.getState().save.dirty || controller.hasUnkeptTeamChanges) e.preventDefault();
    };
    const onHide = () => {
      controller.drafts.flush();
      controller.directory.flush();
    };
    // Page text pasted anywhere outside the editor and form fields is
    // offered for opening as a transcript (never opened unasked: it would
    // replace the document). A paste the editor or a field handled is
    // ordinary text; the path is read as it was dispatched, because the
    // editor may already have removed the node the paste was aimed at.
    const onPaste = (e: ClipboardEvent) => {
      if (e.defaultPrevented || e.composedPath().some(isTextTarget)) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text?.trim()) return;
      e.preventDefault();
      actions.openDialog({ kind: 'paste', text });
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('paste', onPaste);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('paste', onPaste);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [controller, store]);
}

function isTextTarget(node: EventTarget): boolean {
  return node instanceof Element && node.matches('.ProseMirror, input, textarea, select, dialog');
}

/// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, by physical key so Caps Lock and
/// layouts do not change their meaning.
function historyKey(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.code === 'KeyZ') return e.shiftKey ? 'redo' : 'undo';
  if (e.code === 'KeyY' && !e.shiftKey) return 'redo';
  return null;
}

/// The editor handles its own keys; text fields keep the browser's undo.
function hasOwnUndo(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    (target.closest('.ProseMirror') !== null ||
      target.matches('textarea, [contenteditable="true"]') ||
      (target instanceof HTMLInputElement &&
        !['button', 'checkbox', 'radio', 'range', 'color', 'file'].includes(target.type)))
  );
}

function isMediaFile(file: File): boolean {
  return (
    /^(audio|video)\//.test(file.type) ||
    /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac|mp4|m4v|webm|mov|mkv)$/i.test(file.name)
  );
}

/// Media transport from anywhere, typing included. By physical key (`code`),
/// so Alt combinations work on every layout.
function transportKey(controller: DocumentController, e: KeyboardEvent): boolean {
  const media = controller.media;
  if (e.ctrlKey && !e.altKey && !e.metaKey && e.code === 'Space') return media.togglePlay();
  if (!e.altKey || e.ctrlKey || e.metaKey) return false;
  switch (e.code) {
    case 'Comma':
      return media.back();
    case 'Period':
      return media.forward();
    case 'Minus':
      return media.changeRate(-1);
    case 'Equal':
      return media.changeRate(1);
    case 'KeyG':
      return media.replayGap();
    case 'KeyW':
      return media.announcePlaying();
    case 'KeyT':
      return e.shiftKey ? media.blockStartsNow() : media.setStartFromPlayhead();
    default:
      return false;
  }
}
