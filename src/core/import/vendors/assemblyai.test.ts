import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { importAssemblyAi, looksLikeAssemblyAi } from './assemblyai.ts';

describe('importAssemblyAi', () => {
  it('recognises the shape, apart from digital-paper-edit', () => {
    expect(looksLikeAssemblyAi({ utterances: null, words: [] })).toBe(true);
    expect(looksLikeAssemblyAi({ audio_url: 'x' })).toBe(true);
    expect(looksLikeAssemblyAi({ text: 'a', words: [] })).toBe(true);
    expect(looksLikeAssemblyAi({ text: 'a', words: [], paragraphs: [] })).toBe(false);
  });

  it('reads milliseconds, letters as numbered speakers, and null speakers as unassigned', () => {
    const result = importAssemblyAi({
      utterances: [],
      words: [
        { text: 'Hi', start: 1100, end: 2100, speaker: 'B' },
        { text: 'there.', start: 2100, end: 2780, speaker: 'B' },
        { text: 'Hey.', start: 3000, end: 3400, speaker: 'A' },
        { text: 'Um', start: 3500, end: 3600, speaker: null },
      ],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    expect(result.transcript.blocks.map((b) => [b.speakerId, b.start, blockText(b)])).toEqual([
      ['s1', 1.1, 'Hi there.'],
      ['s2', 3, 'Hey.'],
      [null, 3.5, 'Um'],
    ]);
    expect(result.transcript.blocks[0]!.spans[2]).toEqual({
      text: 'there.',
      time: { start: 2.1, end: 2.78 },
    });
  });

  it('refuses failed and unfinished jobs, and names an unreadable word', () => {
    expect(importAssemblyAi({ status: 'error', error: 'Download error' })).toEqual({
      ok: false,
      message: 'This AssemblyAI file is a job that failed ("Download error"); it has no transcript.',
    });
    expect(
      importAssemblyAi({ utterances: [{ speaker: 'A', words: [{ text: 'a' }, { start: 1 }] }] }),
    ).toEqual({
      ok: false,
      message:
        'This AssemblyAI file has a word it cannot read at utterances[0].words[1] (expected "text" to be text).',
    });
  });

  it('falls back to the plain text', () => {
    const result = importAssemblyAi({ audio_url: 'x', text: 'One. Two.', words: [] });
    expect(result.ok && result.transcript.blocks.map(blockText)).toEqual(['One.', 'Two.']);
  });
});
