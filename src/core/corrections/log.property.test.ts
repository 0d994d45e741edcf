import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OriginalBlock } from '../format/original.ts';
import { blockText } from '../transcript.ts';
import type { Block, Transcript } from '../transcript.ts';
import { correctionLog } from './log.ts';

// A small vocabulary, so that words repeat and the diff has to choose.
const arbWord = fc.constantFrom(
  'the',
  'a',
  'north',
  'korea',
  'space',
  'space,',
  '--',
  '[indiscernible]',
  'x',
  'ünï',
  '"q"',
);
const arbSpeaker = fc.constantFrom(null, 's1', 's2');

interface ModelBlock {
  id: string;
  speakerId: string | null;
  words: string[];
}

const arbOriginal: fc.Arbitrary<ModelBlock[]> = fc
  .array(fc.tuple(arbSpeaker, fc.array(arbWord, { maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([speakerId, words], k) => ({ id: `b${k + 1}`, speakerId, words })));

type Edit =
  | { kind: 'insert' | 'replace'; at: number; word: string }
  | { kind: 'delete' | 'split' | 'merge' | 'drop'; at: number }
  | { kind: 'speaker'; at: number; speakerId: string | null };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('insert' as const, 'replace' as const), at: fc.nat(), word: arbWord }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'split' as const, 'merge' as const, 'drop' as const),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('speaker' as const), at: fc.nat(), speakerId: arbSpeaker }),
);

/// Applies `edits` to a copy of `blocks`; `at` picks a word over the whole
/// document (or a block, for block edits).
function applyEdits(blocks: readonly ModelBlock[], edits: readonly Edit[]): ModelBlock[] {
  const out = blocks.map((b) => ({ ...b, words: [...b.words] }));
  let fresh = 0;
  for (const edit of edits) {
    if (out.length === 0) break;
    const k = edit.at % out.length;
    const b = out[k]!;
    const p = b.words.length === 0 ? 0 : edit.at % (b.words.length + 1);
    switch (edit.kind) {
      case 'insert':
        b.words.splice(p, 0, edit.word);
        break;
      case 'replace':
        if (p < b.words.length) b.words[p] = edit.word;
        break;
      case 'delete':
        b.words.splice(p, 1);
        break;
      case 'split':
        out.splice(k + 1, 0, { id: `n${fresh++}`, speakerId: b.speakerId, words: b.words.splice(p) });
        break;
      case 'merge':
        if (k + 1 < out.length) b.words.push(...out.splice(k + 1, 1)[0]!.words);
        break;
      case 'drop':
        out.splice(k, 1);
        break;
      case 'speaker':
        b.speakerId = edit.speakerId;
        break;
    }
  }
  return out;
}

/// A block as the editor would hold it: text in one or two spans, with
/// irregular spacing that must not count as a change.
function toBlock(b: ModelBlock, spacing: number): Block {
  const text = b.words.join(spacing % 3 === 0 ? '  ' : ' ');
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  const spans =
    text === ''
      ? []
      : cut > 0 && spacing % 2 === 0
        ? [{ text: text.slice(0, cut) }, { text: text.slice(cut) }]
        : [{ text }];
  return { id: b.id, speakerId: b.speakerId, start: null, estimated: false, spans };
}

function transcript(blocks: readonly ModelBlock[], spacing: number): Transcript {
  return {
    meta: {},
    speakers: [
      { id: 's1', name: 'One', role: 'host' },
      { id: 's2', name: 'Two', role: 'guest' },
    ],
    blocks: blocks.map((b, k) => toBlock(b, spacing + k)),
  };
}

function originalOf(blocks: readonly ModelBlock[]): OriginalBlock[] {
  return blocks.map((b) => ({ id: b.id, speakerId: b.speakerId, start: null, text: b.words.join(' ') }));
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

describe('correctionLog properties', () => {
  it('an unedited transcript gives an empty log, whatever its spacing', () => {
    fc.assert(
      fc.property(arbOriginal, fc.nat(), (blocks, spacing) => {
        expect(correctionLog(originalOf(blocks), transcript(blocks, spacing))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the unchanged text with the after-texts is the current text; with the before-texts, the original', () => {
    fc.assert(
      fc.property(arbOriginal, fc.array(arbEdit, { maxLength: 10 }), fc.nat(), (blocks, edits, spacing) => {
        const original = originalOf(blocks);
        const current = transcript(applyEdits(blocks, edits), spacing);
        const log = correctionLog(original, current);
        const entryOf = new Map(log.map((e) => [e.blockId, e]));
        expect(entryOf.size).toBe(log.length);

        const rebuiltCurrent: string[] = [];
        const rebuiltOriginal: string[] = [];
        for (const block of current.blocks) {
          const text = blockText(block);
          const changes = entryOf.get(block.id)?.changes ?? [];
          let at = 0;
          for (const change of changes) {
            expect(change.from).toBeGreaterThanOrEqual(at);
            expect(text.slice(change.from, change.to).split(/\s+/).join(' ')).toBe(change.after);
            const unchanged = words(text.slice(at, change.from));
            rebuiltCurrent.push(...unchanged, ...words(change.after));
            rebuiltOriginal.push(...unchanged, ...words(change.before));
            at = change.to;
          }
          rebuiltCurrent.push(...words(text.slice(at)));
          rebuiltOriginal.push(...words(text.slice(at)));
        }
        // With no blocks left, the entries stand for the imported turns.
        if (current.blocks.length === 0)
          for (const e of log) rebuiltOriginal.push(...words(e.changes[0]!.before));

        expect(rebuiltCurrent).toEqual(current.blocks.flatMap((b) => words(blockText(b))));
        expect(rebuiltOriginal).toEqual(original.flatMap((b) => words(b.text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('a block whose words changed, or whose speaker differs from its imported turn of the same id, has an entry', () => {
    fc.assert(
      fc.property(arbOriginal, fc.array(arbEdit, { maxLength: 10 }), (blocks, edits) => {
        const original = originalOf(blocks);
        const current = transcript(applyEdits(blocks, edits), 1);
        const log = correctionLog(original, current);
        const entryOf = new Map(log.map((e) => [e.blockId, e]));
        for (const block of current.blocks) {
          const imported = original.find((o) => o.id === block.id);
          if (imported && imported.speakerId !== block.speakerId) {
            expect(entryOf.get(block.id)?.speakerBefore).toBe(
              imported.speakerId === null ? null : imported.speakerId === 's1' ? 'One' : 'Two',
            );
          }
        }
        // Entries come in document order.
        const order = current.blocks.map((b) => b.id).filter((id) => entryOf.has(id));
        if (current.blocks.length > 0) expect(log.map((e) => e.blockId)).toEqual(order);
      }),
      { numRuns: 500 },
    );
  });
});
