import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import { programmeOnly, programmeRange } from './programmeRange.ts';

const blocks = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('the programme range', () => {
  it('runs from the start line’s turn to the end line’s turn', () => {
    expect(programmeRange(blocks, undefined)).toEqual({ first: 0, end: 5 });
    expect(programmeRange(blocks, {})).toEqual({ first: 0, end: 5 });
    expect(
      programmeRange(blocks, {
        start: { turn: 'b', reason: 'sign-off' },
        end: { turn: 'e', reason: 'music' },
      }),
    ).toEqual({ first: 1, end: 4 });
    expect(programmeRange(blocks, { end: { turn: 'd', reason: 'user' } })).toEqual({ first: 0, end: 3 });
  });

  it('ignores a line whose turn is gone, and an end above the start', () => {
    expect(programmeRange(blocks, { start: { turn: 'zz', reason: 'user' } })).toEqual({ first: 0, end: 5 });
    expect(
      programmeRange(blocks, { start: { turn: 'd', reason: 'user' }, end: { turn: 'b', reason: 'user' } }),
    ).toEqual({ first: 3, end: 5 });
  });

  it('keeps only the programme’s turns for an export', () => {
    const t: Transcript = {
      meta: { bounds: { start: { turn: 'b', reason: 'sign-off' } } },
      speakers: [],
      blocks: blocks.map((b) => ({ ...b, speakerId: null, start: null, estimated: false, spans: [] })),
    };
    expect(programmeOnly(t).blocks.map((b) => b.id)).toEqual(['b', 'c', 'd', 'e']);
    const whole = { ...t, meta: {} };
    expect(programmeOnly(whole)).toBe(whole);
  });
});
