/// The words of a transcript with times, for writers of long test files in
/// other formats: each block from its start to the next block's start (the
/// last one 30 s long), its words (the text split at spaces) spread evenly.
import type { Transcript } from '../../src/core/transcript.ts';

export interface TimedBlock {
  /// The speaker's index in `t.speakers`, or -1.
  speaker: number;
  start: number;
  end: number;
  words: { text: string; start: number; end: number }[];
}

const LAST_BLOCK_SECONDS = 30;

export function timedBlocks(t: Transcript): TimedBlock[] {
  const index = new Map(t.speakers.map((s, i) => [s.id, i]));
  const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;
  const out: TimedBlock[] = [];
  let previous = 0;
  for (let b = 0; b < t.blocks.length; b++) {
    const block = t.blocks[b]!;
    const start = Math.max(previous, block.start ?? previous);
    const end = Math.max(start, t.blocks[b + 1]?.start ?? start + LAST_BLOCK_SECONDS);
    previous = start;
    const tokens = block.spans
      .map((s) => s.text)
      .join('')
      .split(/\s+/)
      .filter((w) => w !== '');
    if (tokens.length === 0) continue;
    const step = (end - start) / tokens.length;
    out.push({
      speaker: block.speakerId === null ? -1 : (index.get(block.speakerId) ?? -1),
      start: ms(start),
      end: ms(end),
      words: tokens.map((text, i) => ({
        text,
        start: ms(start + i * step),
        end: ms(start + (i + 1) * step),
      })),
    });
  }
  return out;
}
