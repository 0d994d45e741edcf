import fc from 'fast-check';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { generateArchiveTranscript } from '../../tests/support/archive-generator.ts';
import { posInBlock, withCursor } from '../../tests/support/editorHarness.ts';
import { importArchive } from '../core/import/captions/archive.ts';
import { forEachBlock } from './queries/blocks.ts';
import { joinBackward } from './commands/joinBlocks.ts';
import { assignSpeakerNumber } from './commands/speakers.ts';
import { splitBlock } from './commands/splitBlock.ts';
import { docFromJson, docToJson } from './docJson.ts';
import { replaySteps } from './replaySteps.ts';
import { createEditorState } from './state.ts';
import type { Node } from 'prosemirror-model';

/// The copy as the browser stores it and reads it back.
function copyOf(doc: Node): Node {
  return docFromJson(docToJson(doc))!;
}

/// What the journal does: a copy of the document as JSON, and the steps of
/// every transaction after it, plugins' appended ones included, as JSON.
/// Read back, the copy plus the steps must be the document the user had.

type Op =
  | { kind: 'type'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'split'; block: number; at: number }
  | { kind: 'join'; block: number }
  | { kind: 'assign'; block: number; n: number }
  | { kind: 'copy' };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    block: fc.nat(),
    at: fc.nat(),
    text: fc.constantFrom('x', ' and ', 'é', 'new words '),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    block: fc.nat(),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ kind: fc.constant('split' as const), block: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('assign' as const), block: fc.nat(), n: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ kind: 'copy' as const }),
);

function blockCount(state: EditorState): number {
  let n = 0;
  forEachBlock(state.doc, () => void n++);
  return n;
}

function blockLength(state: EditorState, index: number): number {
  let length = 0;
  let i = 0;
  forEachBlock(state.doc, (block) => {
    if (i++ === index) {
      length = block.content.size;
      return false;
    }
    return true;
  });
  return length;
}

/// Runs a command as the app's dispatch does, logging every step applied.
function exec(state: EditorState, command: Command, log: unknown[]): EditorState {
  let next = state;
  command(state, (tr) => {
    const result = state.applyTransaction(tr);
    next = result.state;
    for (const applied of result.transactions) {
      for (const step of applied.steps) log.push(JSON.parse(JSON.stringify(step.toJSON())));
    }
  });
  return next;
}

function applyOp(state: EditorState, op: Op, log: unknown[]): EditorState {
  if (op.kind === 'copy') return state;
  const block = op.block % blockCount(state);
  const length = blockLength(state, block);
  const at = 'at' in op ? op.at % (length + 1) : 0;
  const pos = posInBlock(state, block, at);
  switch (op.kind) {
    case 'type':
      return exec(state, (s, d) => (d?.(s.tr.insertText(op.text, pos)), true), log);
    case 'delete': {
      const to = Math.min(pos + op.length, posInBlock(state, block, length));
      return to > pos ? exec(state, (s, d) => (d?.(s.tr.delete(pos, to)), true), log) : state;
    }
    case 'split':
      return exec(withCursor(state, pos), splitBlock, log);
    case 'join':
      return exec(withCursor(state, posInBlock(state, block, 0)), joinBackward, log);
    case 'assign':
      return exec(withCursor(state, pos), assignSpeakerNumber(op.n), log);
  }
}

describe('replaying journalled steps on the browser copy', () => {
  const transcript = importArchive(generateArchiveTranscript({ hours: 0.5, seed: 11 }), { source: 'x.txt' });

  it('rebuilds the document exactly, from any copy along the way', () => {
    fc.assert(
      fc.property(fc.array(arbOp, { minLength: 1, maxLength: 60 }), (ops) => {
        let state = createEditorState(transcript);
        const log: unknown[] = [];
        let copy = { doc: copyOf(state.doc), from: 0 };
        for (const op of ops) {
          if (op.kind === 'copy') copy = { doc: copyOf(state.doc), from: log.length };
          state = applyOp(state, op, log);
        }
        const { doc, applied } = replaySteps(copy.doc, log.slice(copy.from));
        expect(applied).toBe(log.length - copy.from);
        expect(doc.eq(state.doc)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a chunk split the plugin made (a chunk grown past its limit)', () => {
    let state = createEditorState(transcript);
    const log: unknown[] = [];
    const copy = copyOf(state.doc);
    // Sixty splits in the first chunk take it past 100 blocks.
    for (let i = 0; i < 60; i++) state = exec(withCursor(state, posInBlock(state, 0, 3)), splitBlock, log);
    expect(state.doc.childCount).toBeGreaterThan(copy.childCount);
    const { doc } = replaySteps(copy, log);
    expect(doc.eq(state.doc)).toBe(true);
  });

  it('stops at a step that does not apply, keeping what came before', () => {
    let state = createEditorState(transcript);
    const log: unknown[] = [];
    const base = state.doc;
    state = applyOp(state, { kind: 'type', block: 0, at: 0, text: 'first ' }, log);
    const afterFirst = state.doc;
    log.push({ stepType: 'replace', from: 10 ** 9, to: 10 ** 9 + 1 }, { stepType: 'nonsense' });
    const { doc, applied } = replaySteps(base, log);
    expect(applied).toBe(1);
    expect(doc.eq(afterFirst)).toBe(true);
  });

  it('reads no copy that is not a document of this schema', () => {
    expect(docFromJson('{"type":"doc","content":[{"type":"nonsense"}]}')).toBeNull();
    expect(docFromJson('{"type":"block","attrs":{}}')).toBeNull();
    expect(docFromJson('{"type":"doc","content":[]}')).toBeNull();
    expect(docFromJson('not json')).toBeNull();
    expect(docFromJson({ type: 'doc', content: [] })).toBeNull();
  });
});
