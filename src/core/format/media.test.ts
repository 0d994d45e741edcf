import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import { parseDocument, serializeDocument } from './document.ts';

describe('media link in the saved file', () => {
  const t: Transcript = {
    meta: { title: 'Show', startClock: 330, media: { name: 'show.mp4', offset: 12.5 } },
    speakers: [],
    blocks: [{ id: 'b1', speakerId: null, start: 0, estimated: false, spans: [{ text: 'hi' }] }],
  };

  it('keeps the recording name and offset through save and reopen', () => {
    const text = serializeDocument(t);
    expect(text).toContain('"media": { "name": "show.mp4", "offset": 12.5 }');
    const back = parseDocument(text);
    expect(back.ok && back.transcript.meta.media).toEqual({ name: 'show.mp4', offset: 12.5 });
  });

  it('refuses a media link with unknown fields or a non-number offset', () => {
    const bad = serializeDocument(t).replace('"offset": 12.5', '"offset": "12.5"');
    expect(parseDocument(bad).ok).toBe(false);
  });
});
