import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import type { Transcript } from '../transcript.ts';
import { DEFAULT_CUE_LIMITS, splitTurn, transcriptCues } from './cueSplit.ts';
import type { TimedWord } from './spanText.ts';

const words = (text: string): TimedWord[] => text.split(' ').map((w) => ({ text: w }));

const LONG =
  'the harbour authority voted seven to two on tuesday night after four hours of debate. ' +
  'opponents say the new terminal will double truck traffic through the west side, ' +
  'and supporters call it the biggest investment in a generation.';

describe('splitTurn', () => {
  it('keeps a short turn in one cue over the whole turn', () => {
    expect(splitTurn(words('welcome to the show.'), 1000, 3000, DEFAULT_CUE_LIMITS)).toEqual([
      { start: 1000, end: 3000, lines: ['welcome to the show.'] },
    ]);
  });

  it('cuts a long turn into cues of at most 2 x 42 characters and about 6 s, at sentence and clause ends', () => {
    // 15 characters a second: the pace the whole turn is read at.
    const pieces = splitTurn(words(LONG), 0, Math.round((LONG.length / 15) * 1000), DEFAULT_CUE_LIMITS);
    expect(pieces.map((p) => p.lines)).toEqual([
      ['the harbour authority voted seven to', 'two on tuesday night after four hours'],
      ['of debate. opponents say the new terminal', 'will double truck traffic through the'],
      ['west side, and supporters call it the', 'biggest investment in a generation.'],
    ]);
    for (const piece of pieces) {
      expect(piece.lines.length).toBeLessThanOrEqual(2);
      for (const line of piece.lines) expect(line.length).toBeLessThanOrEqual(42);
      expect(piece.end - piece.start).toBeLessThanOrEqual(6000 * 1.25);
      expect(piece.end).toBeGreaterThan(piece.start);
    }
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    expect(pieces.flatMap((p) => p.lines).join(' ')).toBe(LONG);
  });

  it('prefers a sentence end when it leaves the cue at least a third full', () => {
    const later = splitTurn(
      words(
        'the vote was close and the mood was tense. opponents say the new terminal will double the traffic',
      ),
      0,
      8000,
      DEFAULT_CUE_LIMITS,
    );
    expect(later[0]!.lines).toEqual(['the vote was close and the mood was tense.']);
    const early = splitTurn(
      words('it passed. opponents say the new terminal will double the truck traffic through the west side'),
      0,
      8000,
      DEFAULT_CUE_LIMITS,
    );
    expect(early[0]!.lines).toEqual(['it passed. opponents say the new', 'terminal will double the truck']);
  });

  it('balances two lines', () => {
    const [piece] = splitTurn(
      words('one two three four five six seven eight nine ten eleven'),
      0,
      4000,
      DEFAULT_CUE_LIMITS,
    );
    expect(piece!.lines).toEqual(['one two three four five six', 'seven eight nine ten eleven']);
  });

  it('times cues from word timings where the words have them', () => {
    const timed: TimedWord[] = [
      { text: 'first', start: 10, end: 10.4 },
      { text: 'sentence', start: 10.5, end: 11 },
      { text: 'here.', start: 11.1, end: 11.5 },
      { text: 'and', start: 14, end: 14.2 },
      { text: 'a', start: 14.3, end: 14.4 },
      { text: 'second', start: 14.5, end: 15 },
      { text: 'one', start: 15.1, end: 15.5 },
      { text: 'that', start: 15.6, end: 16 },
      { text: 'runs', start: 16.1, end: 16.5 },
      { text: 'longer.', start: 16.6, end: 17.2 },
    ];
    const pieces = splitTurn(timed, 9000, 30_000, { ...DEFAULT_CUE_LIMITS, durationMs: 3000 });
    expect(pieces).toEqual([
      { start: 10_000, end: 11_500, lines: ['first sentence here.'] },
      // 3.2 s: a quarter over the limit to finish the turn in one cue.
      { start: 14_000, end: 17_200, lines: ['and a second one that runs longer.'] },
    ]);
    const shorter = splitTurn(timed, 9000, 30_000, { ...DEFAULT_CUE_LIMITS, durationMs: 2000 });
    expect(shorter.slice(1)).toEqual([
      { start: 14_000, end: 16_000, lines: ['and a second one that'] },
      { start: 16_100, end: 17_200, lines: ['runs longer.'] },
    ]);
  });

  it('ignores word timings outside the turn or out of order', () => {
    const timed: TimedWord[] = [
      { text: 'a', start: 100 },
      { text: 'b', start: 3 },
      { text: 'c', start: 2 },
    ];
    // One word a cue: a's time is after the turn, c's before b's.
    expect(splitTurn(timed, 2000, 4000, { lineChars: 1, lines: 1, durationMs: 6000 })).toEqual([
      { start: 2000, end: 3000, lines: ['a'] },
      { start: 3000, end: 3500, lines: ['b'] },
      { start: 3500, end: 4000, lines: ['c'] },
    ]);
  });

  it('does not hold a short turn on screen through a long silence', () => {
    const [piece] = splitTurn(words('thank you.'), 0, 600_000, DEFAULT_CUE_LIMITS);
    expect(piece!.end).toBe(2000);
  });

  it('cuts a word longer than a line into line-long pieces, by code point', () => {
    const long = '😀'.repeat(50);
    const pieces = splitTurn([{ text: long }], 0, 4000, DEFAULT_CUE_LIMITS);
    const lines = pieces.flatMap((p) => p.lines);
    expect(lines.join('')).toBe(long);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(42);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps a bracketed tag with spaces in one piece', () => {
    const pieces = splitTurn(
      words('they said it was all over and then [ inaudible ] and that was the end of the matter entirely'),
      0,
      5000,
      DEFAULT_CUE_LIMITS,
    );
    expect(pieces.flatMap((p) => p.lines).some((l) => l.includes('[ inaudible ]'))).toBe(true);
  });

  it('puts the speaker prefix on the first line without giving it time', () => {
    const pieces = splitTurn(words('good evening.'), 0, 2000, DEFAULT_CUE_LIMITS, 'Maya Okafor:');
    expect(pieces).toEqual([{ start: 0, end: 2000, lines: ['Maya Okafor: good evening.'] }]);
  });

  it('never leaves the prefix alone in a cue', () => {
    const pieces = splitTurn(
      words('well, the americans were never going to sign that deal anyway.'),
      0,
      30_000,
      DEFAULT_CUE_LIMITS,
      'A Rather Long Name:',
    );
    expect(pieces[0]!.lines.join(' ')).not.toBe('A Rather Long Name:');
    expect(pieces[0]!.lines.join(' ').length).toBeGreaterThan('A Rather Long Name: well,'.length);
  });
});

describe('transcriptCues', () => {
  const t: Transcript = {
    meta: {},
    speakers: [{ id: 'h', name: 'Maya', role: 'host' }],
    blocks: [
      { id: 'a', speakerId: 'h', start: 0, estimated: false, spans: [{ text: 'hello there.' }] },
      { id: 'e', speakerId: 'h', start: null, estimated: false, spans: [] },
      { id: 'b', speakerId: null, start: null, estimated: false, spans: [{ text: 'who is this?' }] },
      { id: 'c', speakerId: 'h', start: 5, estimated: true, spans: [{ text: '[laughter]', sound: true }] },
    ],
  };

  it('makes cues for every turn with text, timing the untimed ones, with labels', () => {
    const cues = transcriptCues(t);
    expect(cues.map((c) => [c.blockId, c.speaker, c.firstOfTurn, c.lines.join('|')])).toEqual([
      ['a', 'Maya', true, 'hello there.'],
      ['b', '', true, 'who is this?'],
      ['c', 'Maya', true, '[laughter]'],
    ]);
    expect(transcriptCues(t, { gaps: 'clean' }).map((c) => c.blockId)).toEqual(['a', 'b']);
  });

  it('gives any transcript ordered cues with end > start and clean lines', () => {
    fc.assert(
      fc.property(arbTranscript, fc.constantFrom('keep', 'mark', 'clean'), (tr, gaps) => {
        const cues = transcriptCues(tr, { gaps, prefixSpeaker: true });
        let previousEnd = 0;
        for (const cue of cues) {
          expect(cue.start).toBeGreaterThanOrEqual(previousEnd);
          expect(cue.end).toBeGreaterThan(cue.start);
          previousEnd = cue.end;
          expect(cue.lines.length).toBeGreaterThan(0);
          for (const line of cue.lines) {
            expect(line.trim()).not.toBe('');
            expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
          }
        }
      }),
    );
  });
});
