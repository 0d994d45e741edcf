import fc from 'fast-check';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { posInBlock } from '../../../tests/support/editorHarness.ts';
import { sharedState, SimEditor } from '../../../tests/support/collabHarness.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { splitBlock } from '../commands/splitBlock.ts';
import { transcriptToDoc } from '../convert.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { timedRuns, type WordTimes } from '../wordTimes/runs.ts';
import { deltaMap, mapRuns, timesFingerprint, withTimesFingerprints } from './timesRepair.ts';

/// Word i of the timed turn, starting at i seconds. Text typed in the test
/// is only `x` and spaces, so the original letters of any timed run tell
/// which word it is, wherever it has moved.
const WORDS = 12;
const word = (i: number) => `w${String(i).padStart(2, '0')}`;

function sharedTimedTurn(): Uint8Array {
  const t = makeTranscript(3);
  // Only the words are timed, not the spaces between them: a split between a
  // word and its space would cut a run in two, and the word lose its time.
  t.blocks[1]!.spans = Array.from({ length: WORDS }, (_, i) => [
    { text: word(i), time: { start: i, end: i + 0.5 } },
    { text: ' ' },
  ]).flat();
  return sharedState(withTimesFingerprints(transcriptToDoc(t)));
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete-word'; which: number }
  | { kind: 'split'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.nat(),
    text: fc.constantFrom('x', 'xx ', ' x', 'xxx'),
  }),
  fc.record({ kind: fc.constant('delete-word' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
);

/// An edit of the timed turn (block 1) and whatever it was split into
/// (blocks 1 up to the last but one), at positions taken modulo its size.
function edit(editor: SimEditor, e: Edit): void {
  const blocks: Array<{ text: string; index: number }> = [];
  let index = 0;
  forEachBlock(editor.state.doc, (block) => {
    if (index > 0) blocks.push({ text: block.textContent, index });
    index++;
  });
  blocks.pop();
  const total = blocks.reduce((n, b) => n + b.text.length + 1, 0);
  const locate = (at: number) => {
    let rest = at % total;
    for (const b of blocks) {
      if (rest <= b.text.length) return { block: b, offset: rest };
      rest -= b.text.length + 1;
    }
    return { block: blocks[0]!, offset: 0 };
  };
  if (e.kind === 'type') {
    const { block, offset } = locate(e.at);
    editor.apply(editor.state.tr.insertText(e.text, posInBlock(editor.state, block.index, offset)));
  } else if (e.kind === 'delete-word') {
    const found = blocks.flatMap((b) => [...b.text.matchAll(/w\d\d ?/g)].map((m) => ({ b, m })));
    if (found.length === 0) return;
    const { b, m } = found[e.which % found.length]!;
    const from = posInBlock(editor.state, b.index, m.index);
    editor.apply(editor.state.tr.delete(from, from + m[0].length));
  } else {
    const { block, offset } = locate(e.at);
    const pos = posInBlock(editor.state, block.index, offset);
    editor.state = editor.state.apply(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)),
    );
    splitBlock(editor.state, (tr) => editor.apply(tr));
  }
}

/// Every timed run of every turn: its text and its start time.
function timedWords(editor: SimEditor): Array<{ text: string; start: number; block: string }> {
  const out: Array<{ text: string; start: number; block: string }> = [];
  forEachBlock(editor.state.doc, (block) => {
    for (const run of timedRuns(block.attrs['times'] as WordTimes | null)) {
      out.push({
        text: block.textContent.slice(run.from, run.to),
        start: run.start,
        block: block.textContent,
      });
    }
  });
  return out;
}

/// A step of the simulation: someone edits, or an update made by one editor
/// reaches another (each editor's updates reach each other one in any order).
type Step =
  { kind: 'edit'; who: number; edit: Edit } | { kind: 'deliver'; from: number; to: number; pick: number };

function stepArb(editors: number): fc.Arbitrary<Step> {
  const who = fc.nat({ max: editors - 1 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), who, edit: editArb }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: who, to: who, pick: fc.nat() }),
    },
  );
}

function simulate(count: number, steps: readonly Step[]): SimEditor[] {
  const initial = sharedTimedTurn();
  const editors = Array.from({ length: count }, () => new SimEditor(initial));
  // In flight: updates[from][to], delivered in any order.
  const inFlight = editors.map(() => editors.map(() => [] as Uint8Array[]));
  const post = () =>
    editors.forEach((e, from) => {
      for (const update of e.takeOutbox())
        editors.forEach((_, to) => to !== from && inFlight[from]![to]!.push(update));
    });
  for (const step of steps) {
    if (step.kind === 'edit') edit(editors[step.who]!, step.edit);
    else if (step.from !== step.to) {
      const queue = inFlight[step.from]![step.to]!;
      if (queue.length > 0) editors[step.to]!.receive(queue.splice(step.pick % queue.length, 1)[0]!);
    }
    post();
  }
  // Everything still in flight arrives; mends made on arrival go out too.
  for (let round = 0; inFlight.some((row) => row.some((q) => q.length > 0)); round++) {
    if (round > 50) throw new Error('did not settle');
    editors.forEach((e, to) => inFlight.forEach((row) => row[to]!.splice(0).forEach((u) => e.receive(u))));
    post();
  }
  return editors;
}

describe('word times when several people edit one turn at once', () => {
  it('every timed word keeps its own time, and every editor ends with the same document', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(stepArb(n), { maxLength: 40 }))),
        ([count, steps]) => {
          const editors = simulate(count, steps);
          const first = editors[0]!;
          for (const other of editors.slice(1)) expect(other.state.doc.eq(first.state.doc)).toBe(true);
          for (const e of editors) expect(e.state.doc.eq(e.fromYjs())).toBe(true);
          for (const timed of timedWords(first)) {
            // The run's own letters are those of the word with its time:
            // no timed word has another word's time.
            const letters = timed.text.replace(/[x ]/g, '');
            expect(
              word(timed.start).includes(letters),
              `${timed.text}@${timed.start} in "${timed.block}"`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('maps runs through a Yjs text delta: typed text moves them, a lost letter drops one', () => {
    const ydoc = new Y.Doc();
    const text = ydoc.getText('t');
    text.insert(0, 'the cat sat');
    const deltas: unknown[] = [];
    text.observe((event) => void deltas.push(event.delta));
    ydoc.transact(() => {
      text.insert(4, 'big ');
      text.delete(12, 4);
    });
    expect(text.toString()).toBe('the big cat ');
    const runs = mapRuns([0, 4, 0, 1, 4, 8, 1, 2, 8, 11, 2, 3], deltaMap(deltas[0] as []), text.length);
    expect(runs.map((r) => text.toString().slice(r.from, r.to))).toEqual(['the ', 'cat ']);
    // "the cat sat" less its second letter: "the" lost one, the others stay.
    const lost = mapRuns([0, 3, 0, 1, 4, 7, 1, 2, 8, 11, 2, 3], deltaMap([{ retain: 1 }, { delete: 1 }]), 10);
    expect(lost.map((r) => [r.from, r.to, r.start])).toEqual([
      [3, 6, 1],
      [7, 10, 2],
    ]);
    expect(timesFingerprint('the big cat ', [0, 3, 0, 1])).not.toBe(
      timesFingerprint('the big cat', [0, 3, 0, 1]),
    );
    expect(timesFingerprint('the cat', [0, 3, 0, 1])).not.toBe(timesFingerprint('the cat', [4, 7, 0, 1]));
  });
});
