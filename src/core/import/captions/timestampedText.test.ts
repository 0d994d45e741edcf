import { describe, expect, it } from 'vitest';
import { openTranscriptText } from '../detect.ts';
import { blockText } from '../../transcript.ts';
import { looksLikeTimestampedText, parseOffset } from './timestampedText.ts';

describe('parseOffset', () => {
  it('reads h:mm:ss and m:ss, with a fraction', () => {
    expect(parseOffset('00:00:06')).toBe(6);
    expect(parseOffset('1:02:03')).toBe(3723);
    expect(parseOffset('0:06')).toBe(6);
    expect(parseOffset('75:12')).toBe(4512);
    expect(parseOffset('01:23.5')).toBe(83.5);
    for (const bad of ['1:60', '1:61:00', '6', 'x:00']) expect(parseOffset(bad), bad).toBeNull();
  });
});

describe('timestamped text', () => {
  it('is recognised by its times, and plain text without them stays as it was', () => {
    expect(looksLikeTimestampedText('00:00:06 Hello.\n00:00:09 Hi.\n')).toBe(true);
    expect(looksLikeTimestampedText('Maya Chen  0:03\nHello.\n\nTom  0:09\nHi.\n')).toBe(true);
    // One time in prose is not a layout.
    expect(
      looksLikeTimestampedText('We met at the harbour.\n10:30 was when the ferry left.\nThen rain.\n'),
    ).toBe(false);
    // An Archive page's minute lines are clock times.
    expect(looksLikeTimestampedText('5:31 am\n>> good evening.\n5:32 am\nthe news.\n')).toBe(false);
    // Our own plain text export is read as ours.
    const ours = '[00:00:06] Ann: Hello.\n\n[00:00:09] Bo: Hi.\n';
    expect(looksLikeTimestampedText(ours)).toBe(false);
    expect(openTranscriptText(ours).ok && openTranscriptText(ours)).toMatchObject({
      format: 'document-text',
    });
  });

  it('opens each layout with exact times, names in the roster and no time left in the text', () => {
    const result = openTranscriptText(
      'Episode 42\n\n[Maya Chen] 0:03\nWelcome back.\n\nSpeaker 1 (00:01:12): So glad to be here.\n(01:20) - And then\nthe ferry.\n0:01:30\nIt rained.\n',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('timestamped-text');
    const { blocks, speakers } = result.transcript;
    expect(speakers.map((s) => s.name)).toEqual(['Maya Chen', 'Speaker 1']);
    expect(blocks.map((b) => [b.start, b.speakerId, blockText(b)])).toEqual([
      [null, null, 'Episode 42'],
      [3, 's1', 'Welcome back.'],
      [72, 's2', 'So glad to be here.'],
      [80, 's2', 'And then the ferry.'],
      [90, 's2', 'It rained.'],
    ]);
    expect(blocks[1]!.estimated).toBe(false);
  });
});
