import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../format/document.ts';
import { originalFromTranscript } from '../format/original.ts';
import { importArchive } from '../import/captions/archive.ts';
import { blockText } from '../transcript.ts';
import type { Block, Transcript } from '../transcript.ts';
import { correctionLogCsv, correctionLogMarkdown } from './export.ts';
import { correctionLog } from './log.ts';

/// End to end on the bundled sample: import, keep the original, edit the
/// way an editor would, save and reopen (format version 2), then export the
/// log. The expected files are in tests/fixtures/corrections/; after a
/// deliberate change, write them again with
/// `UPDATE_FIXTURES=1 npx vitest run src/core/corrections/sample.test.ts`
/// and read the difference before committing it.

function fixture(name: string, actual: string): string {
  const url = new URL(`../../../tests/fixtures/corrections/${name}`, import.meta.url);
  if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(url, actual);
  return readFileSync(url, 'utf8');
}

function withText(block: Block, from: string, to: string): Block {
  const text = blockText(block);
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${block.id}`);
  return { ...block, spans: [{ text: text.replace(from, to) }] };
}

function edited(t: Transcript): Transcript {
  const blocks = [...t.blocks];
  const at = (id: string) => blocks.findIndex((b) => b.id === id);
  // A word corrected.
  blocks[at('b4')] = withText(blocks[at('b4')]!, 'ribbon of cracked mud', 'ribbon of baked mud');
  // A gap resolved: typed over, as the editor does.
  const b8 = blocks[at('b8')]!;
  blocks[at('b8')] = {
    ...b8,
    spans: b8.spans.map((s) =>
      s.gap ? { ...s, text: 'projections', gap: { ...s.gap, status: 'corrected' as const } } : s,
    ),
  };
  // A speaker reassigned (b6 was the reporter's).
  blocks[at('b6')] = { ...blocks[at('b6')]!, speakerId: 's1' };
  // A turn split in two; the new half given to the host.
  const b12 = blocks[at('b12')]!;
  const text = blockText(b12);
  const cut = text.indexOf('what we are seeing');
  blocks.splice(
    at('b12'),
    1,
    { ...b12, spans: [{ text: text.slice(0, cut) }] },
    {
      ...b12,
      id: 'b_split',
      speakerId: 's1',
      start: 230,
      estimated: true,
      spans: [{ text: text.slice(cut) }],
    },
  );
  // Two turns joined, with a word dropped at the join.
  const b15 = blocks[at('b15')]!;
  const b16 = blocks[at('b16')]!;
  blocks.splice(at('b15'), 2, {
    ...b15,
    spans: [{ text: `${blockText(b15).replace(' --', '')} ${blockText(b16)}` }],
  });
  // A whole turn deleted.
  blocks.splice(at('b1'), 1);
  return { ...t, blocks };
}

describe('the correction log of the bundled sample', () => {
  const sample = readFileSync(new URL('../../samples/sample-programme.txt', import.meta.url), 'utf8');
  const imported = importArchive(sample, { source: 'sample-programme.txt' });
  const saved = serializeDocument(edited(imported), { original: originalFromTranscript(imported) });
  const reopened = parseDocument(saved);
  if (!reopened.ok || !reopened.original)
    throw new Error('the saved sample did not reopen with its original');
  const log = correctionLog(reopened.original.blocks, reopened.transcript, reopened.original.speakers);

  it('is empty before any edit', () => {
    const original = originalFromTranscript(imported);
    expect(correctionLog(original.blocks, imported, original.speakers)).toEqual([]);
  });

  it('lists each edited turn once, in order', () => {
    // b1, deleted, is reported against b2; b_split was split off b12 and
    // given a speaker; b16 was joined into b15.
    expect(log.map((e) => e.blockId)).toEqual(['b2', 'b4', 'b6', 'b8', 'b_split', 'b15']);
  });

  it('lists only the text changes when asked', () => {
    const textOnly = correctionLog(
      reopened.original!.blocks,
      reopened.transcript,
      reopened.original!.speakers,
      {
        textOnly: true,
      },
    );
    expect(textOnly.map((e) => e.blockId)).toEqual(['b2', 'b4', 'b8', 'b15']);
    expect(textOnly.every((e) => e.speakerChanges.length === 0 && e.speakerBefore === undefined)).toBe(true);
  });

  it('exports the documented CSV', () => {
    const csv = correctionLogCsv(log, reopened.transcript.meta, { bom: false });
    expect(csv).toBe(fixture('sample-programme.csv', csv));
  });

  it('exports the documented Markdown', () => {
    const markdown = correctionLogMarkdown(log, reopened.transcript.meta);
    expect(markdown).toBe(fixture('sample-programme.md.txt', markdown));
  });
});
