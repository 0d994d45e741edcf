import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import {
  CueBlocks,
  cueTurns,
  isSpeakerLabel,
  marksSpeakerChanges,
  matchSpeakerPrefix,
  type CueTurn,
} from './cues.ts';
import { SpeakerRoster } from './speakerLabels.ts';
import { BlockList, MAX_BLOCK_SPANS } from './timedWords.ts';

describe('matchSpeakerPrefix', () => {
  it('finds names, labels and bracketed labels', () => {
    expect(matchSpeakerPrefix('JOHN SMITH: Good evening.')).toEqual({ label: 'JOHN SMITH', end: 12 });
    expect(matchSpeakerPrefix('Roger Bingham: Hi')).toEqual({ label: 'Roger Bingham', end: 15 });
    expect(matchSpeakerPrefix('Dr. Ames: Yes')).toEqual({ label: 'Dr. Ames', end: 10 });
    expect(matchSpeakerPrefix('Kate van Doore: Yes')).toEqual({ label: 'Kate van Doore', end: 16 });
    expect(matchSpeakerPrefix('THE SPEAKER PRO TEMPORE:')).toEqual({
      label: 'THE SPEAKER PRO TEMPORE',
      end: 24,
    });
    expect(matchSpeakerPrefix('Speaker 1: Hello')).toEqual({ label: 'Speaker 1', end: 11 });
    expect(matchSpeakerPrefix('[SPEAKER_00]: Hello')).toEqual({ label: 'SPEAKER_00', end: 14 });
    expect(matchSpeakerPrefix('[SPEAKER_00] Hello')).toEqual({ label: 'SPEAKER_00', end: 13 });
  });

  it('leaves text alone', () => {
    for (const line of [
      'Note: this is not a speaker.',
      'Remember: we leave at dawn.',
      'Q: and the answer?',
      'A: yes.',
      'the host: lowercase is text here',
      '10:30 in the morning',
      'This is it: the end',
      'Well: maybe',
      '[laughter] ha',
      '[laughter]: ha',
      'One two three four: too many capitalised words for a name? No, four mixed-case words',
      'Time: 10 minutes',
    ]) {
      expect(matchSpeakerPrefix(line), line).toBeNull();
    }
    expect(isSpeakerLabel('Four Capitalised Words Here')).toBe(false);
  });
});

describe('cueTurns', () => {
  it('splits at >>, >>>, dashes and name prefixes', () => {
    expect(cueTurns(['hello there >> REPORTER: it rained >>> next story'])).toEqual([
      { marker: 'none', text: 'hello there' },
      { marker: 'name', label: 'REPORTER', chevrons: true, text: 'it rained' },
      { marker: 'change', chevrons: true, story: true, text: 'next story' },
    ]);
    expect(cueTurns(['- Are you all right?', '- JOHN: Fine.'])).toEqual([
      { marker: 'none', text: '' },
      { marker: 'change', text: 'Are you all right?' },
      { marker: 'name', label: 'JOHN', text: 'Fine.' },
    ]);
    expect(cueTurns(['ANN: one', 'two', 'BO: three'])).toEqual([
      { marker: 'name', label: 'ANN', text: 'one two' },
      { marker: 'name', label: 'BO', text: 'three' },
    ]);
    // A single `>` and a dash inside a line are text.
    expect(cueTurns(['a > b - c'])).toEqual([{ marker: 'none', text: 'a > b - c' }]);
  });
});

function build(cues: [number, CueTurn[]][], unmarkedContinues = false): Transcript {
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const builder = new CueBlocks(list, roster, unmarkedContinues);
  for (const [start, turns] of cues) builder.addCue(start, turns);
  return { meta: {}, speakers: roster.speakers, blocks: list.finish() };
}

describe('CueBlocks', () => {
  it('merges cues of one named speaker, and unmarked cues after a name', () => {
    const t = build([
      [1, [{ marker: 'name', label: 'Ann', text: 'one two' }]],
      [2, [{ marker: 'name', label: 'Ann', text: 'three' }]],
      [3, [{ marker: 'none', text: 'four' }]],
      [4, [{ marker: 'name', label: 'Bo', text: 'five' }]],
    ]);
    expect(t.blocks).toEqual([
      {
        id: 'b1',
        speakerId: 's1',
        start: 1,
        estimated: false,
        spans: [
          { text: 'one', time: { start: 1 } },
          { text: ' two ' },
          { text: 'three', time: { start: 2 } },
          { text: ' ' },
          { text: 'four', time: { start: 3 } },
        ],
      },
      {
        id: 'b2',
        speakerId: 's2',
        start: 4,
        estimated: false,
        spans: [{ text: 'five', time: { start: 4 } }],
      },
    ]);
  });

  it('starts a new turn at `>>` even for the speaker before (as our SubRip marks every turn)', () => {
    const t = build(
      [
        [1, cueTurns(['>> US official: one'])],
        [2, cueTurns(['two'])],
        [3, cueTurns(['>> US official: three'])],
      ],
      true,
    );
    expect(t.speakers.map((s) => s.name)).toEqual(['US official']);
    expect(t.blocks.map((b) => [b.speakerId, b.spans.map((s) => s.text).join('')])).toEqual([
      ['s1', 'one two'],
      ['s1', 'three'],
    ]);
  });

  it('gives unknown speakers a block per cue, and turns inside a cue an estimated start', () => {
    const t = build([
      [1, [{ marker: 'none', text: 'one' }]],
      [2, [{ marker: 'none', text: 'two' }]],
      [
        3,
        [
          { marker: 'none', text: 'three' },
          { marker: 'change', text: 'four' },
        ],
      ],
    ]);
    expect(t.blocks.map((b) => [b.start, b.estimated, b.spans.map((s) => s.text).join('')])).toEqual([
      [1, false, 'one'],
      [2, false, 'two'],
      [3, false, 'three'],
      [3, true, 'four'],
    ]);
  });

  it('goes on in an unnamed turn where the file marks changes with >>, not before the first marker', () => {
    const cues: [number, CueTurn[]][] = [
      [0, [{ marker: 'none', text: 'zero' }]],
      [1, [{ marker: 'none', text: 'one' }]],
      [2, [{ marker: 'change', chevrons: true, text: 'two' }]],
      [3, [{ marker: 'none', text: 'three' }]],
      [
        4,
        [
          { marker: 'none', text: 'four' },
          { marker: 'change', chevrons: true, text: '' },
        ],
      ],
      [5, [{ marker: 'none', text: 'five' }]],
      [6, [{ marker: 'name', label: 'Ann', text: 'six' }]],
      [7, [{ marker: 'none', text: 'seven' }]],
    ];
    const turns = (t: Transcript) =>
      t.blocks.map((b) => [b.speakerId, b.start, b.spans.map((s) => s.text).join('')]);
    expect(marksSpeakerChanges(cues.map(([, t]) => t))).toBe(true);
    expect(turns(build(cues, true))).toEqual([
      [null, 0, 'zero one'],
      [null, 2, 'two three four'],
      [null, 5, 'five'],
      ['s1', 6, 'six seven'],
    ]);
    // Dashes alone do not make the convention; unmarked cues stay apart.
    expect(marksSpeakerChanges([[{ marker: 'change', text: 'Out.' }]])).toBe(false);
    expect(turns(build(cues)).map(([, start]) => start)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('carries a name given alone to the next cue, and a story mark', () => {
    const t = build([
      [0, [{ marker: 'name', label: 'THE CHAIR', text: '' }]],
      [1, [{ marker: 'none', text: 'order.' }]],
      [2, [{ marker: 'change', story: true, text: '' }]],
      [3, [{ marker: 'none', text: 'next.' }]],
    ]);
    expect(t.speakers).toEqual([{ id: 's1', name: 'The Chair', role: 'other' }]);
    expect(t.blocks.map((b) => [b.speakerId, b.start, b.story])).toEqual([
      ['s1', 1, undefined],
      [null, 3, true],
    ]);
  });

  it('goes on in a new block when one cue holds more spans than a block may', () => {
    const text = Array.from({ length: MAX_BLOCK_SPANS }, (_, i) => `w${i} [laughter]`).join(' ');
    const t = build([[5, [{ marker: 'name', label: 'Ann', text }]]]);
    expect(t.blocks.length).toBe(3);
    for (const b of t.blocks) {
      expect(b.speakerId).toBe('s1');
      expect(b.spans.length).toBeLessThanOrEqual(MAX_BLOCK_SPANS);
      const blockText = b.spans.map((s) => s.text).join('');
      expect(blockText).toBe(blockText.trim());
    }
    const words = t.blocks.flatMap((b) =>
      b.spans
        .map((s) => s.text)
        .join('')
        .split(' '),
    );
    expect(words).toEqual(text.split(' '));
  });
});
