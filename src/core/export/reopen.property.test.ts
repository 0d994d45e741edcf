import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbExportedTranscript } from '../../../tests/support/arbitraries.ts';
import { openTranscriptText } from '../import/detect.ts';
import { blockText, type Transcript } from '../transcript.ts';
import { exportCsv } from './csv.ts';
import { exportDocx } from './docx.ts';
import { exportMarkdown } from './markdown.ts';
import { defuseSrt, exportSrt } from './srt.ts';
import { oneLine, turnText } from './spanText.ts';
import { exportPlainText, plainTextHeading, programmeHeading } from './text.ts';
import { exportTtml } from './ttml.ts';
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

/// A cue starts at the time of its turn, to the millisecond; a turn without
/// a time gets one, and nothing in a cue says it was estimated: only starts
/// that were there are compared. WebVTT names the voice of every cue, so
/// turns of one speaker in a row come back as one turn (`merge`); SubRip
/// opens every turn with `>>`, so they stay apart.
function captionTurns(t: Transcript, merge: boolean, word: (w: string) => string = (w) => w): Turn[] {
  const speakers = names(t);
  const out: (Turn & { from: number | null })[] = [];
  for (const block of t.blocks) {
    const speaker = block.speakerId === null ? null : oneLine(speakers.get(block.speakerId)!.name);
    const text = turnText(block).split(' ').map(word).join(' ');
    const last = out[out.length - 1];
    if (merge && last && speaker !== null && last.speaker === speaker) last.text += ` ${text}`;
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
        compareCaptions(captionTurns(t, false, defuseSrt), reopened(srt, 'show.srt').turns);
      }),
      { numRuns: 150 },
    );
  });

  it('WebVTT: voices name every cue, so turns of one speaker in a row are one', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        compareCaptions(captionTurns(t, true), reopened(exportWebVtt(t), 'show.vtt').turns);
      }),
      { numRuns: 150 },
    );
  });

  it('TTML: each turn is a div with its agent, so turns of one speaker in a row stay apart', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        compareCaptions(captionTurns(t, false), reopened(exportTtml(t), 'show.ttml').turns);
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

  /// What the document formats hold: every turn, its label (name and role;
  /// role `other` is never printed, so it comes back as `other`), story
  /// breaks (never one before the first paragraph), and the start as the
  /// stamp shows it: whole seconds for offsets, the minute for clock times.
  function documentTurns(t: Transcript, stamps: 'offset' | 'clock'): Turn[] {
    const speakers = names(t);
    const clock = stamps === 'clock' && t.meta.startClock !== undefined;
    return t.blocks.map((block, i) => {
      const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
      return {
        speaker: speaker ? oneLine(speaker.name) : null,
        role: speaker?.role,
        text: turnText(block),
        start:
          block.start === null ? null : clock ? Math.floor(block.start / 60) * 60 : Math.floor(block.start),
        estimated: block.start !== null && block.estimated,
        story: i > 0 && block.story === true,
      };
    });
  }

  it('plain text with speaker labels and offsets', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        // Paragraphs without a label or a stamp anywhere are caption text
        // like any other (read as one stream, turns at `>>` and names).
        fc.pre(t.blocks.some((b, i) => b.speakerId !== null || b.start !== null || (i > 0 && b.story)));
        const text = exportPlainText(t, { timestamps: 'offset' });
        expect(reopened(text, 'show.txt').turns).toEqual(documentTurns(t, 'offset'));
      }),
      { numRuns: 150 },
    );
  });

  it('plain text with clock times: its heading gives the title and the start the times count from', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        // Without a heading (no title, no start clock) the paragraphs need a
        // mark of ours, as above.
        fc.pre(
          plainTextHeading(t.meta) !== null ||
            t.blocks.some((b, i) => b.speakerId !== null || b.start !== null || (i > 0 && b.story)),
        );
        const text = exportPlainText(t, { timestamps: 'clock' });
        const back = reopened(text, 'show.txt');
        expect(back.turns).toEqual(documentTurns(t, 'clock'));
        if (plainTextHeading(t.meta) !== null) {
          expect(back.t.meta.title).toBe(t.meta.title ?? t.meta.source);
          expect(back.t.meta.startClock).toBe(t.meta.startClock);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('plain text: a heading with every field reads back as the header', () => {
    fc.assert(
      fc.property(
        arbExportedTranscript,
        fc.record({
          network: fc.constantFrom('Al Jazeera', 'KQED', 'BBC News'),
          channel: fc.constantFrom('LINKTV', 'KQED'),
          date: fc.constantFrom('2024-03-05', '1999-12-31'),
          endClock: fc.integer({ min: 0, max: 1439 }),
          timeZone: fc.constantFrom('PDT', 'GMT', 'CET'),
        }),
        (t, header) => {
          t.meta = { ...t.meta, ...header, startClock: t.meta.startClock ?? 0 };
          const back = reopened(exportPlainText(t, { timestamps: 'offset' }), 'show.txt');
          expect(back.turns).toEqual(documentTurns(t, 'offset'));
          const { source: _source, ...written } = t.meta;
          const { source: _back, ...read } = back.t.meta;
          expect(read).toEqual({ title: t.meta.title ?? t.meta.source, ...written });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('Markdown with clock times: its title, and times counted from the programme start it prints', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        const back = reopened(exportMarkdown(t, { timestamps: 'clock' }), 'show.md');
        expect(back.turns).toEqual(documentTurns(t, 'clock'));
        expect(back.t.meta.title).toBe(t.meta.title ?? t.meta.source);
        expect(back.t.meta.startClock).toBe(t.meta.startClock);
      }),
      { numRuns: 150 },
    );
  });

  it('Markdown without times: everything else', () => {
    fc.assert(
      fc.property(arbExportedTranscript, (t) => {
        const back = reopened(exportMarkdown(t, { timestamps: 'none' }), 'show.md');
        expect(back.turns).toEqual(
          documentTurns(t, 'offset').map((turn) => ({ ...turn, start: null, estimated: false })),
        );
      }),
      { numRuns: 100 },
    );
  });

  /// The text of a Word document as Word gives it on copy: a line per
  /// paragraph.
  async function docxText(t: Transcript, links = false): Promise<string> {
    const bytes = await exportDocx(t, { timestamps: 'clock', links });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, p]) =>
      [...p!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map(([, text]) => unescapeXml(text!)).join(''),
    );
    return `${paragraphs.join('\n')}\n`;
  }

  it('Word, through the text of its paragraphs', async () => {
    await fc.assert(
      fc.asyncProperty(arbExportedTranscript, async (t) => {
        // A speaker line with a name says the text is a Word document's;
        // one whose speaker lines are all clock times looks like a caption
        // page (times on lines of their own) and is read as one.
        fc.pre(t.blocks.some((b) => b.speakerId !== null));
        // The paragraph after the title is the details line, unless it is
        // a speaker line. When the first turn has neither speaker nor time
        // (no speaker line), text cannot say which it is if there are no
        // details (no network, date or clock, the title its file name), or
        // the details are a start clock alone (`5:30 am`, a time's line).
        const first = t.blocks[0]!;
        const { details } = programmeHeading(t.meta);
        fc.pre(
          first.speakerId !== null ||
            first.start !== null ||
            (details !== '' && !/^\d{1,2}:\d{2} [ap]m$/.test(details)),
        );
        const back = reopened(await docxText(t), 'show.txt');
        expect(back.turns).toEqual(documentTurns(t, 'clock'));
        expect(back.t.meta.title).toBe(t.meta.title ?? t.meta.source);
      }),
      { numRuns: 60 },
    );
  });

  describe('with links to the source', () => {
    const withSource = (t: Transcript): Transcript => ({
      ...t,
      meta: { ...t.meta, link: { address: 'https://archive.org/details/LINKTV_20230919_123000_France_24' } },
    });
    const clip = /^https:\/\/archive\.org\/details\/LINKTV_20230919_123000_France_24\/start\/\d+\/end\/\d+$/;

    it('Markdown: a link ends each turn, and the turns read back as they were', () => {
      fc.assert(
        fc.property(arbExportedTranscript, (t) => {
          const md = exportMarkdown(withSource(t), { timestamps: 'clock', links: true });
          const paragraphs = md.split('\n\n').filter((p) => !p.startsWith('#') && p !== '* * *');
          const turns = paragraphs.filter((p) => p.includes('[▶ clip]('));
          expect(turns.length).toBe(t.blocks.length);
          expect(reopened(md, 'show.md').turns).toEqual(documentTurns(t, 'clock'));
        }),
        { numRuns: 100 },
      );
    });

    it('Word: the time (or label, or text) is the link, and the text reads back as it was', async () => {
      await fc.assert(
        fc.asyncProperty(arbExportedTranscript, async (t) => {
          fc.pre(t.blocks.some((b) => b.speakerId !== null));
          const first = t.blocks[0]!;
          const { details } = programmeHeading(t.meta);
          fc.pre(
            first.speakerId !== null ||
              first.start !== null ||
              (details !== '' && !/^\d{1,2}:\d{2} [ap]m$/.test(details)),
          );
          const text = await docxText(withSource(t), true);
          expect(reopened(text, 'show.txt').turns).toEqual(documentTurns(t, 'clock'));
        }),
        { numRuns: 40 },
      );
    });

    it('Word: one hyperlink per turn, to an Archive clip', async () => {
      const t = fc.sample(arbExportedTranscript, { numRuns: 1, seed: 7 })[0]!;
      const bytes = await exportDocx(withSource(t), { timestamps: 'clock', links: true });
      const files = unzipSync(bytes);
      const rels = strFromU8(files['word/_rels/document.xml.rels']!);
      const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]!);
      expect(targets.length).toBe(t.blocks.length);
      for (const target of targets) expect(target).toMatch(clip);
      expect(strFromU8(files['word/document.xml']!).match(/<w:hyperlink /g)?.length).toBe(t.blocks.length);
    });

    it('CSV: a last column with each turn’s clip, the others as before', () => {
      fc.assert(
        fc.property(arbExportedTranscript, (t) => {
          const csv = exportCsv(withSource(t), { bom: false, links: true });
          const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
          expect(parsed.meta.fields?.at(-1)).toBe('link');
          expect(parsed.data).toHaveLength(t.blocks.length);
          for (const row of parsed.data) expect(row['link']).toMatch(clip);
          const plain = Papa.parse<Record<string, string>>(exportCsv(t, { bom: false }), {
            header: true,
            skipEmptyLines: true,
          }).data;
          expect(parsed.data.map(({ link: _link, ...rest }) => rest)).toEqual(plain);
        }),
        { numRuns: 60 },
      );
    });
  });
});

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : '&',
  );
}
