import { useEffect } from 'react';
import type { DocumentController } from './controller.ts';

/// Page-wide keys and gestures: Ctrl+S saves, files dropped anywhere open,
/// and the browser warns before leaving with changes not saved to a file.
export function useGlobalShortcuts(controller: DocumentController) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void controller.save(e.shiftKey);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'h') {
        // Ctrl+F stays the browser's own find; ours is Ctrl+H.
        e.preventDefault();
        controller.showSidebar('find');
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
      void controller.openFile(file);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      controller.flushDraft();
      if (controller.hasUnsavedChanges()) e.preventDefault();
    };
    const onHide = () => controller.flushDraft();
    // Page text pasted anywhere outside the editor and form fields opens as
    // a transcript; inside the editor a paste is ordinary text.
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('.ProseMirror, input, textarea, select, dialog')) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text?.trim()) return;
      e.preventDefault();
      controller.openText(text, 'Pasted text');
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
  }, [controller]);
}
