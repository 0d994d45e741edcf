import { useEffect } from 'react';
import type { SessionStore } from '../../store/session.ts';
import type { DocumentController } from '../document/DocumentController.ts';

/// Page-wide keys and gestures: Ctrl+S saves, Alt+J goes to a time, Ctrl+H
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
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void controller.saver.save(e.shiftKey);
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyJ') {
        e.preventDefault();
        actions.openDialog({ kind: 'go-to-time' });
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
      if (store.getState().save.dirty) e.preventDefault();
    };
    const onHide = () => controller.drafts.flush();
    // Page text pasted anywhere outside the editor and form fields opens as
    // a transcript; inside the editor a paste is ordinary text.
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('.ProseMirror, input, textarea, select, dialog')) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text?.trim()) return;
      e.preventDefault();
      controller.opener.openText(text, 'Pasted text');
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
    case 'KeyT':
      return e.shiftKey ? media.blockStartsNow() : media.setStartFromPlayhead();
    default:
      return false;
  }
}
