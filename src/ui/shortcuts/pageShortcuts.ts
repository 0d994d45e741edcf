import { redo, undo } from '../../editor/commands/undo.ts';
import type { SessionActions } from '../../store/session.ts';
import type { DocumentController } from '../document/DocumentController.ts';

export interface ShortcutContext {
  controller: DocumentController;
  actions: SessionActions;
  event: KeyboardEvent;
}

/// A page-wide key: what it does, run from anywhere on the page. `run`
/// returns false when the key does not apply where it was pressed; the
/// press then goes on as if unbound.
export interface PageShortcut {
  /// As `chordsOf` names it.
  chord: string;
  run(context: ShortcutContext): boolean | void;
  /// Media transport: the press stops here, so the editor and fields never
  /// see it (typing goes on around playback).
  transport?: boolean;
}

/// Undo and redo are the document's wherever the focus is (a button just
/// pressed, the timeline), except in the editor, which has its own keymap,
/// and in text fields, which keep the browser's undo.
function history(direction: 'undo' | 'redo') {
  return ({ controller, event }: ShortcutContext) => {
    if (hasOwnUndo(event.target)) return false;
    controller.run(direction === 'undo' ? undo : redo, false);
  };
}

/// A media key: false (the key goes on) when no media is loaded.
const transportKey = (
  chord: string,
  run: (player: DocumentController['media']) => boolean,
): PageShortcut => ({
  chord,
  run: ({ controller }) => run(controller.media),
  transport: true,
});

const transport: PageShortcut[] = [
  transportKey('Mod+Space', (m) => m.togglePlay()),
  transportKey('Alt+Comma', (m) => m.back()),
  transportKey('Alt+Period', (m) => m.forward()),
  transportKey('Alt+Minus', (m) => m.changeRate(-1)),
  transportKey('Alt+Equal', (m) => m.changeRate(1)),
  transportKey('Alt+KeyG', (m) => m.replayGap()),
  transportKey('Alt+KeyW', (m) => m.announcePlaying()),
  transportKey('Alt+KeyT', (m) => m.setStartFromPlayhead()),
  transportKey('Alt+Shift+KeyT', (m) => m.blockStartsNow()),
];

const page: PageShortcut[] = [
  { chord: 'Mod+KeyZ', run: history('undo') },
  { chord: 'Mod+Shift+KeyZ', run: history('redo') },
  { chord: 'Mod+KeyY', run: history('redo') },
  { chord: 'Mod+key:s', run: ({ controller }) => void controller.saver.save(false) },
  { chord: 'Mod+Shift+key:s', run: ({ controller }) => void controller.saver.save(true) },
  { chord: 'Alt+KeyJ', run: ({ actions }) => actions.openDialog({ kind: 'go-to-time' }) },
  {
    chord: 'Alt+KeyC',
    run: ({ controller, actions }) => {
      if (!controller.isReadOnly) actions.openDialog({ kind: 'casing' });
    },
  },
  // K for the people the desk knows.
  { chord: 'Alt+KeyK', run: ({ actions }) => actions.openDialog({ kind: 'people' }) },
  // Copy as sourced quote: the selection or the turn at the cursor.
  { chord: 'Alt+KeyQ', run: ({ controller }) => void controller.quotes.copy() },
  {
    // Ctrl+F stays the browser's own find; ours is Ctrl+H.
    chord: 'Mod+key:h',
    run: ({ actions }) => {
      actions.setSidebarTab('find');
      requestAnimationFrame(() => document.getElementById('find-input')?.focus());
    },
  },
];

/// Every page-wide shortcut by its chord. The README's key tables list them.
export const PAGE_SHORTCUTS: ReadonlyMap<string, PageShortcut> = new Map(
  [...transport, ...page].map((shortcut) => [shortcut.chord, shortcut]),
);

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
