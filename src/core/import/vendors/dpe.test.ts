import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { importDpe, looksLikeDpe } from './dpe.ts';

describe('importDpe', () => {
  it('recognises the shape', () => {
    expect(looksLikeDpe({ words: [], paragraphs: [] })).toBe(true);
    expect(looksLikeDpe({ words: [{ id: 0, start: 1, end: 2, text: 'a' }] })).toBe(true);
    expect(looksLikeDpe({ words: [{ word: 'a' }] })).toBe(false);
  });

  it('assigns words to the paragraph that contains them; names keep their name', () => {
    const result = importDpe({
      words: [
        { id: 0, start: 1, end: 1.5, text: 'Hello.' },
        { id: 5, start: 2, text: 'Untimed' },
        { id: 7, start: 9, end: 9.5, text: 'Bye.' },
      ],
      paragraphs: [
        { id: 0, start: 1, end: 3, speaker: 'Ann Lee' },
        { id: 4, start: 8.9, end: 10, speaker: 'TBC 1' },
      ],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers.map((s) => s.name)).toEqual(['Ann Lee', 'TBC 1']);
    expect(result.transcript.blocks.map((b) => [b.speakerId, b.start, blockText(b)])).toEqual([
      ['s1', 1, 'Hello. Untimed'],
      ['s2', 8.9, 'Bye.'],
    ]);
  });

  it('names a word it cannot read', () => {
    expect(importDpe({ words: [{ start: 1, end: 2 }], paragraphs: [] })).toEqual({
      ok: false,
      message:
        'This digital-paper-edit file has a word it cannot read at words[0] (expected "text" to be text).',
    });
  });
});
