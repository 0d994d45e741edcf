import fc from 'fast-check';
import { closeHistory, redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { blockTexts, posInBlock, withCursor } from '../../tests/support/editorHarness.ts';
import { parseDocument, serializeDocument } from '../core/format/document.ts';
import { importWhisperX } from '../core/import/vendors/whisperx.ts';
import type { Transcript } from '../core/transcript.ts';
import { joinBackward } from './commands/joinBlocks.ts';
import { splitBlock } from './commands/splitBlock.ts';
import { docToTranscript } from './convert.ts';
import { createEditorState } from './state.ts';

/// What Ctrl+S writes for the document of `state`.
function save(state: EditorState): string {
  return serializeDocument(docToTranscript(state.doc));
}

/// The saved file opened again, as the app opens it.
function reopen(file: string): EditorState {
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

/// Turns with every kind of timing a join moves: word timings, an exact
/// start and no word times, a minute anchor inside the text, an estimated
/// start, none at all.
const TURNS: Transcript = {
  meta: {},
  speakers: [{ id: 's1', name: 'Ann', role: 'host' }],
  blocks: [
    {
      id: 'b1',
      speakerId: 's1',
      start: 1,
      estimated: false,
      spans: [
        { text: 'they', time: { start: 1, end: 1.5 } },
        { text: ' ' },
        { text: 'appeared', time: { start: 1.5, end: 2 } },
      ],
    },
    { id: 'b2', speakerId: null, start: 4, estimated: false, spans: [{ text: 'good evening.' }] },
    {
      id: 'b3',
      speakerId: 's1',
      start: 30,
      estimated: true,
      spans: [{ text: 'so then ' }, { text: 'we left', time: { start: 60 } }],
    },
    { id: 'b4', speakerId: null, start: null, estimated: false, spans: [{ text: 'the end' }] },
  ],
};

type Step =
  | { kind: 'join'; block: number }
  | { kind: 'split'; block: number; at: number }
  | { kind: 'type'; block: number; at: number; text: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('join' as const), block: fc.nat(5) }),
  fc.record({ kind: fc.constant('split' as const), block: fc.nat(5), at: fc.nat(20) }),
  fc.record({
    kind: fc.constant('type' as const),
    block: fc.nat(5),
    at: fc.nat(20),
    text: fc.constantFrom('x', ' ', 'new ', ' x y'),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

/// Runs `command` as its own undo step; null when it does not apply.
function step(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  command(state, (tr) => {
    next = state.apply(closeHistory(tr));
  });
  return next;
}

/// Typing `text` at the cursor.
function typeText(text: string): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.insertText(text));
    return true;
  };
}

describe('save after undo', () => {
  it('gives the file saved before the step undone, through any joins, splits and typing', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 14 }), (steps) => {
        let state = createEditorState(TURNS);
        // The file before each step that undo can take back, and after
        // each one redo can bring back.
        const undoable: string[] = [];
        const redoable: string[] = [];
        for (const s of steps) {
          const blocks = blockTexts(state).length;
          const before = save(state);
          let next: EditorState | null;
          if (s.kind === 'undo' || s.kind === 'redo') {
            next = step(state, s.kind === 'undo' ? undo : redo);
            if (next === null) continue;
            const [from, to] = s.kind === 'undo' ? [undoable, redoable] : [redoable, undoable];
            expect(save(next), `after ${s.kind} in ${JSON.stringify(steps)}`).toBe(from.pop());
            to.push(before);
          } else {
            const block = s.block % blocks;
            const length = blockTexts(state)[block]!.length;
            const at = posInBlock(state, block, s.kind === 'join' ? 0 : Math.min(s.at, length));
            const placed = withCursor(state, at);
            next = step(
              placed,
              s.kind === 'type' ? typeText(s.text) : s.kind === 'join' ? joinBackward : splitBlock,
            );
            if (next === null || next.doc.eq(placed.doc)) continue;
            undoable.push(before);
            redoable.length = 0;
          }
          state = next;
        }
        const file = save(state);
        expect(save(reopen(file))).toBe(file);
      }),
      { numRuns: 200 },
    );
  });
});
