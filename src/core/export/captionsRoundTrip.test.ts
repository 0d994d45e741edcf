import { describe, expect, it } from 'vitest';
import { generateArchiveTranscript } from '../../../tests/support/archive-generator.ts';
import { importArchive } from '../import/captions/archive.ts';
import { importSrt } from '../import/captions/srt.ts';
import { importTtml } from '../import/captions/ttml.ts';
import { importWebVtt } from '../import/captions/webvtt.ts';
import type { ImportResult } from '../import/result.ts';
import { blockText, type Transcript } from '../transcript.ts';
import { exportSrt } from './srt.ts';
import { exportTtml } from './ttml.ts';
import { exportWebVtt } from './webvtt.ts';

const long = Array.from(
  { length: 10 },
  (_, i) => `Sentence number ${i + 1} of a turn that nobody has assigned yet.`,
).join(' ');

/// Named turns, and unassigned turns next to each other and to named ones:
/// what a half-corrected broadcast transcript looks like.
const halfDone: Transcript = {
  meta: {},
  speakers: [
    { id: 's1', name: 'Ann Lee', role: 'host' },
    { id: 's2', name: 'Bo', role: 'guest' },
  ],
  blocks: [
    { id: 'b1', speakerId: null, start: 0, estimated: false, spans: [{ text: long }] },
    { id: 'b2', speakerId: null, start: 40, estimated: false, spans: [{ text: 'Somebody else.' }] },
    { id: 'b3', speakerId: 's1', start: 42, estimated: false, spans: [{ text: 'Here is the clip.' }] },
    { id: 'b4', speakerId: null, start: 45, estimated: false, spans: [{ text: long }] },
    { id: 'b5', speakerId: null, start: 85, estimated: false, spans: [{ text: 'And another.' }] },
    { id: 'b6', speakerId: 's2', start: 88, estimated: false, spans: [{ text: 'Thank you, Ann.' }] },
  ],
};

/// Nobody named at all (speech recognition without diarization).
const nobodyNamed: Transcript = {
  meta: {},
  speakers: [],
  blocks: halfDone.blocks.map((b) => ({ ...b, speakerId: null })),
};

function turns(result: ImportResult | Transcript): [string | null, string][] {
  const t = 'ok' in result ? (result.ok ? result.transcript : expect.fail(result.message)) : result;
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.blocks.map((b) => [b.speakerId === null ? null : names.get(b.speakerId)!, blockText(b)]);
}

describe('our caption exports reopen with the same turns', () => {
  for (const [name, t] of [
    ['half assigned', halfDone],
    ['nobody named', nobodyNamed],
  ] as const) {
    it(`WebVTT, ${name}`, () => {
      const vtt = exportWebVtt(t);
      expect(vtt.match(/^>> /gm)).toHaveLength(t.blocks.filter((b) => b.speakerId === null).length);
      expect(turns(importWebVtt(vtt))).toEqual(turns(t));
    });

    it(`SubRip, ${name}`, () => {
      expect(turns(importSrt(exportSrt(t)))).toEqual(turns(t));
    });

    it(`TTML, ${name}`, () => {
      expect(turns(importTtml(exportTtml(t)))).toEqual(turns(t));
    });
  }

  it('writes no marks when speaker labels are off', () => {
    expect(exportWebVtt(halfDone, { speakers: 'none' })).not.toContain('>>');
    expect(exportSrt(halfDone, { speakers: 'none' })).not.toContain('>>');
    expect(exportTtml(halfDone, { speakers: 'none' })).not.toMatch(/&gt;&gt;|ttm:agent=/);
  });

  // Three hours, three formats each way: seconds of work on a busy machine.
  it(
    'a generated three-hour broadcast: every turn back, as a caption file can hold it',
    { timeout: 30_000 },
    () => {
      const t = importArchive(generateArchiveTranscript({ hours: 3, seed: 9 }), { source: 'three.txt' });
      // Captions name a speaker per cue, so two turns of one named speaker in a
      // row come back as one; unassigned turns each stay their own.
      const merged = (result: ImportResult | Transcript) =>
        turns(result).reduce<[string | null, string][]>((out, [who, text]) => {
          const last = out[out.length - 1];
          if (last && who !== null && last[0] === who) last[1] += ` ${text}`;
          else out.push([who, text]);
          return out;
        }, []);
      expect(t.blocks.filter((b) => b.speakerId === null).length).toBeGreaterThan(100);
      expect(merged(importWebVtt(exportWebVtt(t)))).toEqual(merged(t));
      expect(merged(importSrt(exportSrt(t)))).toEqual(merged(t));
      expect(turns(importTtml(exportTtml(t)))).toEqual(turns(t));
    },
  );
});
