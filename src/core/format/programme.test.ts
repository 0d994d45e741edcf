import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import { parseDocument, serializeDocument } from './document.ts';

describe('format version 4: the source link and programme bounds', () => {
  const t: Transcript = {
    meta: {
      title: 'Show',
      link: { address: 'https://archive.org/details/LINKTV_20230919_123000_France_24', offset: 3 },
      bounds: { start: { turn: 'b2', reason: 'sign-off' }, end: { turn: 'b3', reason: 'user' } },
    },
    speakers: [],
    blocks: ['b1', 'b2', 'b3'].map((id) => ({
      id,
      speakerId: null,
      start: 0,
      estimated: false,
      spans: [{ text: 'hi' }],
    })),
  };

  it('keeps both through save and reopen, and saves the same bytes again', () => {
    const text = serializeDocument(t, { savedAt: '2026-01-01T00:00:00.000Z' });
    expect(text).toContain(
      '"link": { "address": "https://archive.org/details/LINKTV_20230919_123000_France_24", "offset": 3 }',
    );
    const back = parseDocument(text);
    if (!back.ok) throw new Error(back.message);
    expect(back.transcript).toEqual(t);
    expect(serializeDocument(back.transcript, { savedAt: '2026-01-01T00:00:00.000Z' })).toBe(text);
  });

  it('keeps bounds with both lines removed, so they are not detected again', () => {
    const removed = { ...t, meta: { bounds: {} } };
    const back = parseDocument(serializeDocument(removed));
    expect(back.ok && back.transcript.meta.bounds).toEqual({});
  });

  it('refuses a bad reason, an empty address, and either field in a version 3 file', () => {
    const text = serializeDocument(t);
    expect(parseDocument(text.replace('"reason": "user"', '"reason": "guess"')).ok).toBe(false);
    expect(parseDocument(text.replace(/"address": "[^"]*"/, '"address": ""')).ok).toBe(false);
    expect(parseDocument(text.replace('"version": 4', '"version": 3'))).toEqual({
      ok: false,
      message: 'The transcript is damaged: the file has an unknown field "transcript.meta.link".',
    });
  });
});
