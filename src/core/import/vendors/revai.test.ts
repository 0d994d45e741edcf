import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { openTranscriptText } from '../detect.ts';
import { importRevAi, looksLikeRevAi } from './revai.ts';

const text = (value: string, ts?: number, end_ts?: number) => ({
  type: 'text',
  value,
  ...(ts === undefined ? {} : { ts, end_ts, confidence: 0.9 }),
});
const punct = (value: string) => ({ type: 'punct', value });

const rev = (...monologues: unknown[]) => ({ monologues });

function imported(value: unknown) {
  const result = importRevAi(value);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

describe('importRevAi', () => {
  it('recognises the shape', () => {
    expect(looksLikeRevAi(rev())).toBe(true);
    expect(looksLikeRevAi({ monologues: {} })).toBe(false);
    expect(looksLikeRevAi([{ monologues: [] }])).toBe(false);
  });

  it('makes a block per monologue, with word timings and the spaces as plain text', () => {
    const transcript = imported(
      rev(
        {
          speaker: 1,
          elements: [text('Hello', 0.5, 1.5), punct(','), punct(' '), text('world', 1.6, 2), punct('.')],
        },
        { speaker: 1, elements: [text('Again', 3, 3.4), punct('.')] },
      ),
    );
    expect(transcript.speakers).toEqual([{ id: 's1', name: 'Speaker 1', role: 'other' }]);
    expect(transcript.blocks).toEqual([
      {
        id: 'b1',
        speakerId: 's1',
        start: 0.5,
        estimated: false,
        spans: [
          { text: 'Hello,', time: { start: 0.5, end: 1.5 } },
          { text: ' ' },
          { text: 'world.', time: { start: 1.6, end: 2 } },
        ],
      },
      {
        id: 'b2',
        speakerId: 's1',
        start: 3,
        estimated: false,
        spans: [{ text: 'Again.', time: { start: 3, end: 3.4 } }],
      },
    ]);
  });

  it('names speakers by number in order of first appearance, and by speaker_name when given', () => {
    const transcript = imported(
      rev(
        { speaker: 3, elements: [text('One', 0, 1)] },
        { speaker: 0, speaker_name: 'ANN LEE', elements: [text('Two', 1, 2)] },
        { speaker: 0, elements: [text('Three', 2, 3)] },
        { speaker: 5, speaker_info: { id: 'x', display_name: 'Bo Ek' }, elements: [text('Four', 3, 4)] },
        { speaker: 1, elements: [text('Five', 4, 5)] },
        { elements: [text('Six', 5, 6)] },
      ),
    );
    expect(transcript.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Ann Lee', 'Bo Ek', 'Speaker 2']);
    expect(transcript.blocks.map((b) => b.speakerId)).toEqual(['s1', 's2', 's2', 's3', 's4', null]);
  });

  it('keeps a word per text element in a monologue without spaces', () => {
    const transcript = imported(
      rev({ speaker: 0, elements: [text('日本', 0, 0.4), text('です', 0.4, 0.8), punct('。')] }),
    );
    expect(transcript.blocks[0]!.spans).toEqual([
      { text: '日本', time: { start: 0, end: 0.4 } },
      { text: 'です。', time: { start: 0.4, end: 0.8 } },
    ]);
  });

  it('joins text elements written together, leaves untimed ones plain, and keeps unknown ones', () => {
    const transcript = imported(
      rev({
        speaker: 0,
        elements: [
          text('New York', 0, 1),
          punct(' '),
          text('state', 1, 1.2),
          text('wide', 1.2, 1.5),
          punct(' '),
          text('1990'),
          punct(' '),
          { type: 'unknown', value: '<unknown>', ts: 2, end_ts: 2.5 },
          punct('.'),
        ],
      }),
    );
    expect(transcript.blocks[0]!.spans).toEqual([
      { text: 'New', time: { start: 0, end: 1 } },
      { text: ' York ' },
      { text: 'statewide', time: { start: 1, end: 1.5 } },
      { text: ' 1990 ' },
      { text: '<unknown>.', time: { start: 2, end: 2.5 } },
    ]);
  });

  it('turns bracketed tags into gaps and sounds', () => {
    const transcript = imported(
      rev({ speaker: 0, elements: [text('[inaudible]', 0, 1), punct(' '), text('(laughs)', 1, 2)] }),
    );
    expect(transcript.blocks[0]!.spans).toEqual([
      expect.objectContaining({ text: '[inaudible]', gap: expect.any(Object) }),
      { text: ' ' },
      expect.objectContaining({ text: '(laughs)', sound: true }),
    ]);
    expect(blockText(transcript.blocks[0]!)).toBe('[inaudible] (laughs)');
  });

  it('says what is wrong with a broken file, and where', () => {
    expect(importRevAi(rev())).toEqual({
      ok: false,
      message: 'This Rev.ai file has no transcript text in it (its "monologues" list is empty).',
    });
    expect(importRevAi(rev({ speaker: 0, elements: [] }))).toEqual({
      ok: false,
      message: 'This Rev.ai file has no transcript text in it.',
    });
    expect(importRevAi(rev({ speaker: 0, elements: [text('a', 0, 1)] }, 'oops'))).toEqual({
      ok: false,
      message:
        'This Rev.ai file has a monologue it cannot read at monologues[1] (expected an object with an "elements" list).',
    });
    expect(
      importRevAi(rev({ speaker: 0, elements: [text('a', 0, 1), punct(' '), { type: 'text' }] })),
    ).toEqual({
      ok: false,
      message:
        'This Rev.ai file has an element it cannot read at monologues[0].elements[2] (expected an object with a "value" text).',
    });
  });

  it('is opened by content, whatever the file is called', () => {
    const json = JSON.stringify(rev({ speaker: 0, elements: [text('Hi', 0, 1), punct('.')] }));
    for (const name of ['call.json', 'call.txt', undefined]) {
      const result = openTranscriptText(json, name);
      expect(result).toMatchObject({ ok: true, format: 'revai-json' });
    }
    expect(openTranscriptText('{"monologues": [{"speaker": 0, "elements": {}}]}')).toEqual({
      ok: false,
      message:
        'This Rev.ai file has a monologue it cannot read at monologues[0] (expected an object with an "elements" list).',
    });
  });
});
