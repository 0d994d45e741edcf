import { describe, expect, it } from 'vitest';
import { checkTranscript } from '../../format/document.ts';
import { blockText, type Transcript } from '../../transcript.ts';
import { looksLikeRttm, overlayRttm, parseRttm } from './rttm.ts';

const RTTM = [
  'SPEAKER ep1 1 0.000 4.000 <NA> <NA> SPEAKER_00 <NA> <NA>',
  'SPEAKER ep1 1 4.000 4.000 <NA> <NA> SPEAKER_01 <NA> <NA>',
  'SPEAKER ep1 1 8.000 2.000 <NA> <NA> SPEAKER_00 <NA> <NA>',
].join('\n');

function words(...pairs: [string, number][]): Transcript['blocks'][number]['spans'] {
  const spans: Transcript['blocks'][number]['spans'] = [];
  pairs.forEach(([text, start], i) => {
    if (i > 0) spans.push({ text: ' ' });
    spans.push({ text, time: { start, end: start + 0.5 } });
  });
  return spans;
}

describe('looksLikeRttm / parseRttm', () => {
  it('recognises pyannote and reference files', () => {
    expect(looksLikeRttm(RTTM)).toBe(true);
    expect(looksLikeRttm(';; comment\nSPKR-INFO ep1 1 <NA> <NA> <NA> unknown A <NA> <NA>\n' + RTTM)).toBe(
      true,
    );
    expect(looksLikeRttm('SPEAKER mixture 1 0.00 5.29 <NA> <NA> FEE016 <NA> <NA>')).toBe(true);
    expect(looksLikeRttm('SPEAKER: hello there, this is text')).toBe(false);
    expect(looksLikeRttm('1\n00:00:01,000 --> 00:00:02,000\nhi')).toBe(false);
  });

  it('reads onset and duration (not end)', () => {
    expect(parseRttm('SPEAKER f 1 2.59 0.36 <NA> <NA> FEE013 <NA> <NA>\n\n')).toEqual({
      ok: true,
      turns: [{ file: 'f', start: 2.59, end: 2.59 + 0.36, label: 'FEE013' }],
    });
  });

  it('names the line it cannot read', () => {
    expect(parseRttm(`${RTTM}\nSPEAKER ep1 1 9.0 -1 <NA> <NA> A <NA> <NA>`)).toEqual({
      ok: false,
      message:
        'This RTTM file has a line it cannot read at line 4: "SPEAKER ep1 1 9.0 -1 <NA> <NA> A <NA> <NA>" ' +
        '(expected "SPEAKER <file> <channel> <onset seconds> <duration seconds> <NA> <NA> <speaker> <NA> <NA>").',
    });
  });
});

describe('overlayRttm', () => {
  const cueLevel: Transcript = {
    meta: { source: 'ep1.srt' },
    speakers: [],
    blocks: [
      {
        id: 'b1',
        speakerId: null,
        start: 0.5,
        estimated: false,
        spans: [{ text: 'hello', time: { start: 0.5 } }],
      },
      {
        id: 'b2',
        speakerId: null,
        start: 4.5,
        estimated: false,
        spans: [{ text: 'hi', time: { start: 4.5 } }],
      },
      {
        id: 'b3',
        speakerId: null,
        start: 8.2,
        estimated: false,
        spans: [{ text: 'bye', time: { start: 8.2 } }],
      },
      {
        id: 'b4',
        speakerId: null,
        start: 50,
        estimated: false,
        spans: [{ text: 'late', time: { start: 50 } }],
      },
    ],
  };

  it('gives each timed block the speaker it overlaps most, adding roster entries', () => {
    const result = overlayRttm(cueLevel, RTTM);
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers).toEqual([
      { id: 's1', name: 'Speaker 1', role: 'other' },
      { id: 's2', name: 'Speaker 2', role: 'other' },
    ]);
    expect(result.transcript.blocks.map((b) => b.speakerId)).toEqual(['s1', 's2', 's1', null]);
    expect(result).toMatchObject({ assigned: 3, blocks: 4, split: 0, speakersAdded: 2 });
    expect(result.message).toBe('Speakers from the RTTM file: 3 of 4 turns assigned (2 speakers added).');
    expect(cueLevel.blocks[0]!.speakerId).toBeNull(); // the input is not changed
  });

  it('splits a block where its word timings change speaker', () => {
    const t: Transcript = {
      meta: {},
      speakers: [],
      blocks: [
        {
          id: 'b1',
          speakerId: null,
          start: 1,
          estimated: false,
          story: true,
          spans: words(['one', 1], ['two', 2], ['three', 5], ['four', 6], ['five', 8.5]),
        },
        { id: 'b2', speakerId: null, start: 9.2, estimated: false, spans: words(['six', 9.2]) },
      ],
    };
    const result = overlayRttm(t, RTTM);
    if (!result.ok) throw new Error(result.message);
    expect(checkTranscript(result.transcript).ok).toBe(true);
    expect(
      result.transcript.blocks.map((b) => [b.id, b.speakerId, b.start, b.story === true, blockText(b)]),
    ).toEqual([
      ['b1', 's1', 1, true, 'one two'],
      ['b3', 's2', 5, false, 'three four'],
      ['b4', 's1', 8.5, false, 'five'],
      ['b2', 's1', 9.2, false, 'six'],
    ]);
    expect(result.message).toBe(
      'Speakers from the RTTM file: 4 of 4 turns assigned (2 speakers added, 2 turns split off where the speaker changes).',
    );
  });

  it('keeps reviewed blocks, and fills existing rosters without clashing', () => {
    const t: Transcript = {
      meta: {},
      speakers: [{ id: 's1', name: 'Speaker 1', role: 'host' }],
      blocks: [
        {
          id: 'b1',
          speakerId: 's1',
          start: 0.5,
          estimated: false,
          reviewed: true,
          spans: [{ text: 'kept' }],
        },
        { id: 'b2', speakerId: 's1', start: 4.5, estimated: false, spans: [{ text: 'changed' }] },
      ],
    };
    const result = overlayRttm(t, RTTM);
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers).toEqual([
      { id: 's1', name: 'Speaker 1', role: 'host' },
      { id: 's2', name: 'Speaker 2', role: 'other' },
    ]);
    expect(result.transcript.blocks.map((b) => b.speakerId)).toEqual(['s1', 's2']);
  });

  it('keeps corpus labels as names', () => {
    const result = overlayRttm(cueLevel, 'SPEAKER mixture 1 0.00 5.29 <NA> <NA> FEE016 <NA> <NA>');
    expect(result.ok && result.transcript.speakers).toEqual([{ id: 's1', name: 'FEE016', role: 'other' }]);
  });

  it('refuses what it cannot match', () => {
    const untimed: Transcript = {
      meta: {},
      speakers: [],
      blocks: [{ id: 'b1', speakerId: null, start: null, estimated: false, spans: [{ text: 'no times' }] }],
    };
    expect(overlayRttm(untimed, RTTM)).toEqual({
      ok: false,
      message:
        'This transcript has no times, so the speaker turns of the RTTM file cannot be matched to its text. ' +
        'Open a transcript with times (WebVTT, SRT, WhisperX, ...) first.',
    });
    expect(overlayRttm(cueLevel, `${RTTM}\nSPEAKER ep2 1 0 1 <NA> <NA> A <NA> <NA>`)).toEqual({
      ok: false,
      message:
        'This RTTM file has speaker turns for 2 recordings ("ep1", "ep2"); add a file with the turns of this recording only.',
    });
    expect(overlayRttm(cueLevel, ';; nothing\n')).toEqual({
      ok: false,
      message: 'This RTTM file has no speaker turns in it.',
    });
  });
});
