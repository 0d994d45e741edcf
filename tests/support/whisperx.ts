/// WhisperX output written from a transcript, for the benchmark and browser
/// tests that need a long file with word timings.
import type { Transcript } from '../../src/core/transcript.ts';

/// The last block has no next block to end at: it lasts this long.
const LAST_BLOCK_SECONDS = 30;

/// WhisperX output for `t`: a segment per block, from the block's start to
/// the next block's start (the last one LAST_BLOCK_SECONDS long), its words
/// (the text split at spaces) spread evenly over that time; speakers as
/// `SPEAKER_00`, `SPEAKER_01`, ... by their order in `t.speakers`.
export function whisperXJson(t: Transcript): string {
  const labels = new Map(t.speakers.map((s, i) => [s.id, `SPEAKER_${String(i).padStart(2, '0')}`]));
  const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;
  const segments = [];
  let previous = 0;
  for (let b = 0; b < t.blocks.length; b++) {
    const block = t.blocks[b]!;
    const start = Math.max(previous, block.start ?? previous);
    const next = t.blocks[b + 1]?.start;
    const end = Math.max(start, next ?? start + LAST_BLOCK_SECONDS);
    previous = start;
    const tokens = block.spans
      .map((s) => s.text)
      .join('')
      .split(/\s+/)
      .filter((w) => w !== '');
    if (tokens.length === 0) continue;
    const speaker = block.speakerId === null ? undefined : labels.get(block.speakerId);
    const step = (end - start) / tokens.length;
    const words = tokens.map((word, i) => ({
      word,
      start: ms(start + i * step),
      end: ms(start + (i + 1) * step),
      score: 0.9,
      ...(speaker === undefined ? {} : { speaker }),
    }));
    segments.push({
      start: ms(start),
      end: ms(end),
      text: ` ${tokens.join(' ')}`,
      ...(speaker === undefined ? {} : { speaker }),
      words,
    });
  }
  return JSON.stringify({ segments, language: 'en' });
}
