import { readFileSync } from 'node:fs';
import SrtParser from 'srt-parser-2';
import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importSrt, looksLikeSrt } from './srt.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../../tests/fixtures/formats/srt/${name}`, import.meta.url), 'utf8');
}

function open(text: string): Transcript {
  const result = importSrt(text);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

function anchors(t: Transcript): number[] {
  return t.blocks.flatMap((b) => b.spans.filter((s) => s.time).map((s) => s.time!.start));
}

describe('importSrt', () => {
  it('recognises SRT by its first cue', () => {
    expect(looksLikeSrt('\n\n1\n00:00:01,000 --> 00:00:02,000\nhi')).toBe(true);
    expect(looksLikeSrt('00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:5 Y2:9\nhi')).toBe(true);
    expect(looksLikeSrt('1\nhello')).toBe(false);
    expect(looksLikeSrt('5:30 am\nhello')).toBe(false);
  });

  it('tolerates missing numbers, missing blank lines, a box and extra blank lines', () => {
    const t = open(
      '00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:5 Y2:9\nANN: one\n2\n00:00:02,000 --> 00:00:03,000\ntwo\n\n\n\nthree\n\n\n3\n\n00:00:04,000 --> 00:00:05,000\n42\n',
    );
    expect(t.blocks.map((b) => [b.speakerId, blockText(b)])).toEqual([['s1', 'one two three 42']]);
    expect(anchors(t)).toEqual([1, 2, 4]);
  });

  it('reads a cue whose only text is a number as text', () => {
    expect(open('1\n00:00:01,000 --> 00:00:02,000\n1990\n').blocks.map(blockText)).toEqual(['1990']);
  });

  it('strips formatting but not other angle brackets', () => {
    const t = open(
      '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hi</i> <FONT color="red">you</FONT> <3 <b>x</b>\n',
    );
    expect(t.blocks.map(blockText)).toEqual(['Hi you <3 x']);
  });

  it('says where a timing cannot be read', () => {
    const result = importSrt('1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:02,000 --> soon\nthere\n');
    expect(result).toEqual({
      ok: false,
      message:
        'This SRT file has a cue timing it cannot read at line 6: "00:00:02,000 --> soon" (expected hh:mm:ss,mmm --> hh:mm:ss,mmm).',
    });
  });

  it('reads an arrow in text as text', () => {
    expect(open('1\n00:00:01,000 --> 00:00:02,000\nthen --> now\n').blocks.map(blockText)).toEqual([
      'then --> now',
    ]);
  });

  it('follows the broadcast convention where >> marks changes: unmarked cues are the speaker before', () => {
    const cue = (n: number, text: string) => `${n}\n00:00:0${n},000 --> 00:00:0${n + 1},000\n${text}\n`;
    const broadcast = [
      cue(1, '>> good evening, tonight we'),
      cue(2, 'look at the budget.'),
      cue(3, '>> thank you.'),
      cue(4, 'it is good to be here.'),
    ].join('\n');
    expect(open(broadcast).blocks.map((b) => [b.start, blockText(b)])).toEqual([
      [1, 'good evening, tonight we look at the budget.'],
      [3, 'thank you. it is good to be here.'],
    ]);
    // Without `>>` anywhere (speech recognition, film dialogue), a cue
    // with no name is a turn of its own.
    const plain = broadcast.replace(/>> /g, '');
    expect(open(plain).blocks.map((b) => b.start)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the words of a cue that holds only the tail of a bracketed credit', () => {
    const t = open(
      '1\n00:00:01,000 --> 00:00:03,000\n...OF REPRESENTATIVES.]\n\n' +
        '2\n00:00:03,000 --> 00:00:05,000\n>> GOOD EVENING.\n\n' +
        '3\n00:00:05,000 --> 00:00:07,000\n[CAPTIONING PROVIDED BY\n\n' +
        '4\n00:00:07,000 --> 00:00:09,000\nTHE U.S. HOUSE]\n',
    );
    expect(t.blocks.map(blockText)).toEqual([
      '...OF REPRESENTATIVES.]',
      'GOOD EVENING. [CAPTIONING PROVIDED BY THE U.S. HOUSE]',
    ]);
  });

  it('skips the Archive starttime cue only when it is zero-length metadata', () => {
    expect(open(fixture('archive-caps.srt')).blocks[0]!.start).toBe(2.001);
    const spoken = open('1\n00:00:01,000 --> 00:00:02,000\nstarttime 5\n');
    expect(spoken.blocks.map(blockText)).toEqual(['starttime 5']);
  });
});

describe('importSrt agrees with srt-parser-2 (an independent parser) on the cues', () => {
  for (const name of ['whisperx-speakers.srt', 'dialogue.srt']) {
    it(name, () => {
      const text = fixture(name);
      const theirs = new SrtParser().fromSrt(text);
      const t = open(text);
      // Cue anchors: the first word of each cue (a `- ` turn inside a cue has none).
      expect(anchors(t)).toEqual(theirs.map((cue) => cue.startSeconds));
    });
  }
});
