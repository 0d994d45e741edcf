import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbExportedTranscript } from '../../../tests/support/arbitraries.ts';
import { openTranscriptText } from '../import/detect.ts';
import { blockText, type Transcript } from '../transcript.ts';
import { exportCsv } from './csv.ts';
import { defuseSrt, exportSrt } from './srt.ts';
import { oneLine, turnText } from './spanText.ts';
import { exportWebVtt } from './webvtt.ts';

/// Every export that carries speakers and turns opens again with the same
/// turns, speakers and times, wherever the format can hold them (issue 14,
/// "Nothing lost, nothing wrong"). What a format cannot hold is said where
/// the test leaves it out.
///
/// The generated transcripts (`arbExportedTranscript`) have speakers with
/// odd names: lower case, digits, punctuation, other scripts. Readers cannot
/// tell some names from other things, so the generator leaves them out: a
/// name with `:` (where would the label end?), `,` or `"`, one in capitals
/// only (caption readers title-case `JOHN SMITH`), a machine label
/// (`Speaker 1` is numbered anew), a role word (`Reporter` is the role), and
/// two names that differ only in case (one speaker to caption readers).

interface Turn {
  speaker: string | null;
  role?: string | undefined;
  text: string;
  /// Seconds, as the format writes them; undefined where it has none.
  start?: number | null;
  estimated?: boolean;
  story?: boolean;
}

const single = (text: string) => text.replace(/\s+/g, ' ').trim();

/// The turns of a reopened file.
function reopened(text: string, name: string): { t: Transcript; turns: Turn[] } {
  const result = openTranscriptText(text, name);
  if (!result.ok) throw new Error(result.message);
  const t = result.transcript;
  const speakers = new Map(t.speakers.map((s) => [s.id, s]));
  return {
    t,
    turns: t.blocks.map((b) => {
      const speaker = b.speakerId === null ? undefined : speakers.get(b.speakerId);
      return {
        speaker: speaker?.name ?? null,
        role: speaker?.role,
        text: single(blockText(b)),
        start: b.start,
        estimated: b.estimated,
        story: b.story === true,
      };
    }),
  };
}

const names = (t: Transcript) => new Map(t.speakers.map((s) => [s.id, s]));

/// Caption formats name the speaker of every cue, so turns of one speaker in
/// a row come back as one turn (unassigned turns each start with `>>` and
/// stay apart). A cue starts at the time of its turn, to the millisecond;
/// a turn without a time gets one, and nothing in a cue says it was
/// estimated: only starts that were there are compared.
function captionTurns(t: Transcript, word: (w: string) => string = (w) => w): Turn[] {
  const speakers = names(t);
  const out: (Turn & { from: number | null })[] = [];
  for (const block of t.blocks) {
    const speaker = block.speakerId === null ? null : oneLine(speakers.get(block.speakerId)!.name);
    const text = turnText(block).split(' ').map(word).join(' ');
    const last = out[out.length - 1];
    if (last && speaker !== null && last.speaker === speaker) last.text += ` ${text}`;
    else out.push({ speaker, text, from: block.start });
  }
  return out.map(({ from, ...turn }) => ({ ...turn, ...(from === null ? {} : { start: from }) }));
}

function compareCaptions(expected: Turn[], actual: Turn[]): void {
  expect(actual.map(({ speaker, text }) => ({ speaker, text }))).toEqual(
    expected.map(({ speaker, text }) => ({ speaker, text })),
  );
  expected.forEach((turn, i) => {
    if (turn.start !== undefined && turn.start !== null)
      expect(actual[i]!.start).toBe(Math.round(turn.start * 1000) / 1000);
  });
}

describe('our exports reopen with the same turns, speakers and times', () => {
  it('SubRip: each turn opens with `>>` and its speaker; tags players would read are defused', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        const srt = exportSrt(t);
        compareCaptions(captionTurns(t, defuseSrt), reopened(srt, 'show.srt').turns);
      }),
      { numRuns: 150 },
    );
  });

  it('WebVTT: voices name every cue', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        compareCaptions(captionTurns(t), reopened(exportWebVtt(t), 'show.vtt').turns);
      }),
      { numRuns: 150 },
    );
  });

  it('CSV (no reader of ours: read as rows): speaker, role, text, start and estimated per turn', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        const csv = exportCsv(t, { bom: false });
        const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
        const speakers = names(t);
        expect(rows).toHaveLength(t.blocks.length);
        t.blocks.forEach((block, i) => {
          const row = rows[i]!;
          const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
          expect(row['speaker']).toBe(speaker ? oneLine(speaker.name) : '');
          expect(row['role']).toBe(speaker ? speaker.role : '');
          expect(single(row['text']!)).toBe(turnText(block));
          // A turn without a start gets one, marked estimated.
          if (block.start === null) expect(row['estimated']).toBe('true');
          else {
            expect(Number(row['start_seconds'])).toBe(Math.round(block.start * 1000) / 1000);
            expect(row['estimated']).toBe(String(block.estimated));
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
