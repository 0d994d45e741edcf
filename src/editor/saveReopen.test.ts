import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { posInBlock } from '../../tests/support/editorHarness.ts';
import { parseDocument, serializeDocument } from '../core/format/document.ts';
import { importWhisperX } from '../core/import/whisperx.ts';
import type { Transcript } from '../core/transcript.ts';
import { docToTranscript } from './convert.ts';
import { createEditorState } from './state.ts';

/// What Ctrl+S writes for the document of `state`.
export function save(state: EditorState): string {
  return serializeDocument(docToTranscript(state.doc));
}

/// The saved file opened again, as the app opens it.
export function reopen(file: string): EditorState {
  const parsed = parseDocument(file);
  if (!parsed.ok) throw new Error(parsed.message);
  return createEditorState(parsed.transcript);
}

/// WhisperX output with one aligned segment (every word timed) and one that
/// alignment could not time (its start stands on its first word).
const WHISPERX = {
  segments: [
    {
      start: 1,
      end: 3,
      text: ' they appeared to say',
      speaker: 'SPEAKER_00',
      words: [
        { word: 'they', start: 1, end: 1.5 },
        { word: 'appeared', start: 1.5, end: 2 },
        { word: 'to', start: 2, end: 2.5 },
        { word: 'say', start: 2.5, end: 3 },
      ],
    },
    { start: 4, end: 6, text: ' appeared to be cementing', speaker: 'SPEAKER_01' },
  ],
};

function whisperX(): Transcript {
  const result = importWhisperX(WHISPERX);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

describe('save, reopen, save', () => {
  it('gives the same file after typing ` x y` inside any timed word', () => {
    const t = whisperX();
    let tried = 0;
    t.blocks.forEach((block, b) => {
      let offset = 0;
      for (const span of block.spans) {
        for (let k = 1; span.time && k < span.text.length; k++) {
          let state = createEditorState(t);
          let at = posInBlock(state, b, offset + k);
          // One key at a time, as the user types.
          for (const key of ' x y') state = state.apply(state.tr.insertText(key, at++));
          const file = save(state);
          expect(save(reopen(file)), `${span.text} at ${k}`).toBe(file);
          tried++;
        }
        offset += span.text.length;
      }
    });
    // Every inner position of the five timed words: appeared (aligned), and
    // appeared (the unaligned segment's anchor) among them.
    expect(tried).toBe(3 + 7 + 1 + 2 + 7);
  });
});
