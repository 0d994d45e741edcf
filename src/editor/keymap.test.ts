import { undoDepth } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../tests/support/transcripts.ts';
import { posInBlock, runUndo } from '../../tests/support/editorHarness.ts';
import { createEditorState } from './state.ts';

/// A key pressed in the editor, as the view hands it to the plugins: each
/// plugin's `handleKeyDown` in order until one handles it.
function press(state: EditorState, key: Partial<KeyboardEvent>): { state: EditorState; handled: boolean } {
  let current = state;
  const view = {
    get state() {
      return current;
    },
    dispatch: (tr: Transaction) => {
      current = current.apply(tr);
    },
  } as unknown as EditorView;
  const event = {
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...key,
  } as KeyboardEvent;
  const handled = state.plugins.some((p) => p.props.handleKeyDown?.call(p, view, event) === true);
  return { state: current, handled };
}

// Ctrl+Shift+Z: Chromium reports `Z` for it, and `z` with Caps Lock on
// (Shift undoes the lock); Ctrl+Y.
const REDO_KEYS: Partial<KeyboardEvent>[] = [
  { key: 'Z', code: 'KeyZ', keyCode: 90, ctrlKey: true, shiftKey: true },
  { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: true, shiftKey: true },
  { key: 'y', code: 'KeyY', keyCode: 89, ctrlKey: true },
  { key: 'Y', code: 'KeyY', keyCode: 89, ctrlKey: true },
];

function edited(): EditorState {
  const state = createEditorState(makeTranscript(2));
  return state.apply(state.tr.insertText('new ', posInBlock(state, 0)));
}

describe('redo keys', () => {
  it('do nothing when there is nothing to redo, Caps Lock on or off', () => {
    const state = edited();
    for (const key of REDO_KEYS) {
      const after = press(state, key);
      expect(after.handled, key.key).toBe(true);
      expect(after.state.doc.eq(state.doc), key.key).toBe(true);
      expect(undoDepth(after.state), key.key).toBe(1);
    }
  });

  it('redo what was undone, Caps Lock on or off', () => {
    const state = edited();
    const undone = runUndo(state);
    for (const key of REDO_KEYS) {
      const after = press(undone, key);
      expect(after.state.doc.eq(state.doc), key.key).toBe(true);
    }
  });

  it('leave Ctrl+Z to undo, Caps Lock on or off', () => {
    const state = edited();
    for (const key of ['z', 'Z']) {
      const after = press(state, { key, code: 'KeyZ', keyCode: 90, ctrlKey: true });
      expect(after.state.doc.eq(runUndo(state).doc), key).toBe(true);
    }
  });
});
