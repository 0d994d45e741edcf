import { useEffect } from 'react';
import type { SessionStore } from '../../store/session.ts';
import type { DocumentController } from '../document/DocumentController.ts';
import { PAGE_SHORTCUTS } from '../shortcuts/pageShortcuts.ts';
import { chordsOf } from '../shortcuts/chord.ts';

/// Page-wide keys and gestures: the shortcuts of `PAGE_SHORTCUTS` (Ctrl+S
/// saves, Alt+J goes to a time, media transport...), files dropped anywhere
/// open, pasted page text is offered for opening, and the browser warns
/// before leaving with changes not saved.
export function useGlobalShortcuts(controller: DocumentController, store: SessionStore) {
  useEffect(() => {
    const { actions } = store.getState();
    const onKey = (event: KeyboardEvent) => {
      const { byCode, byKey } = chordsOf(event);
      const shortcut = PAGE_SHORTCUTS.get(byCode) ?? PAGE_SHORTCUTS.get(byKey);
      if (shortcut && shortcut.run({ controller, actions, event }) !== false) {
        event.preventDefault();
        if (shortcut.transport) event.stopPropagation();
        return;
      }
      // Typing ends a gap loop.
      if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey)
        controller.media.stopLoop();
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

function isMediaFile(file: File): boolean {
  return (
    /^(audio|video)\//.test(file.type) ||
    /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac|mp4|m4v|webm|mov|mkv)$/i.test(file.name)
  );
}
