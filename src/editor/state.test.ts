import { closeHistory, undo, undoDepth } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import { generateArchiveTranscript } from '../../tests/support/archive-generator.ts';
import { run } from '../../tests/support/editorHarness.ts';
import { importArchive } from '../core/import/captions/archive.ts';
import { forEachBlock } from './queries/blocks.ts';
import { createEditorState } from './state.ts';

describe('undo on a day of captions', () => {
  it('keeps a thousand separate edits, all undoable, on a 24-hour transcript', () => {
    const transcript = importArchive(generateArchiveTranscript({ hours: 24, seed: 3 }), {
      source: 'day.txt',
    });
    const start = createEditorState(transcript);
    const positions: number[] = [];
    forEachBlock(start.doc, (_block, pos) => {
      positions.push(pos);
    });
    expect(positions.length).toBeGreaterThan(2000);

    // Edits spread over the whole day, each its own undo step.
    const EDITS = 1000;
    let state = start;
    let inserted = 0; // Edits go front to back: earlier ones shift later blocks.
    for (let i = 0; i < EDITS; i++) {
      const text = `e${i} `;
      const at = positions[Math.floor((i * positions.length) / EDITS)]! + 1 + inserted;
      state = state.apply(closeHistory(state.tr.insertText(text, at)));
      inserted += text.length;
    }
    expect(undoDepth(state)).toBe(EDITS);

    for (let i = 0; i < EDITS; i++) state = run(state, undo);
    expect(undoDepth(state)).toBe(0);
    expect(state.doc.eq(start.doc)).toBe(true);
  });
});
