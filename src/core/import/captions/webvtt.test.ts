import { readFileSync } from 'node:fs';
import { parseText } from 'media-captions';
import { describe, expect, it } from 'vitest';
import { exportSrt } from '../../export/srt.ts';
import { exportWebVtt } from '../../export/webvtt.ts';
import { blockText, type Transcript } from '../../transcript.ts';
import { timeMark } from '../inlineTimes.ts';
import { cueSegments, importWebVtt, looksLikeWebVtt } from './webvtt.ts';
import { VOICE_PAUSE_SECONDS } from './voicePause.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../../tests/fixtures/formats/webvtt/${name}`, import.meta.url), 'utf8');
}

function open(text: string): Transcript {
  const result = importWebVtt(text);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

function refusal(text: string): string {
  const result = importWebVtt(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/// The cue starts a transcript keeps: the `{start}` anchors, in order.
function anchors(t: Transcript): number[] {
  return t.blocks.flatMap((b) =>
    b.spans.filter((s) => s.time && s.time.end === undefined).map((s) => s.time!.start),
  );
}

describe('importWebVtt', () => {
  it('knows the header', () => {
    expect(looksLikeWebVtt('\uFEFF\n\nWEBVTT - Title\n')).toBe(true);
    expect(looksLikeWebVtt('WEBVTT\tTitle')).toBe(true);
    expect(looksLikeWebVtt('WEBVTTX\n')).toBe(false);
    expect(looksLikeWebVtt('1\n00:00:01,000 --> 00:00:02,000\nWEBVTT\n')).toBe(false);
  });

  it('reads CR-only line ends, cues without blank lines between, and text a blank line cut off', () => {
    const t = open(
      'WEBVTT\r\r00:01.000 --> 00:02.000\r<v Ann>one\r00:02.000 --> 00:03.000\r<v Ann>two\r\rthree\r\r00:04.000 --> 00:05.000\r<v Bo>four',
    );
    expect(t.blocks.map((b) => [b.speakerId, blockText(b)])).toEqual([
      ['s1', 'one two three'],
      ['s2', 'four'],
    ]);
    expect(anchors(t)).toEqual([1, 2, 4]);
  });

  it('keeps voices apart inside a cue, and classes out of names', () => {
    const t = open('WEBVTT\n\n00:01.000 --> 00:03.000\n<v.loud Ann>Hi!</v> <v Bo Smith>Hello.</v>\n');
    expect(t.speakers.map((s) => s.name)).toEqual(['Ann', 'Bo Smith']);
    expect(t.blocks.map((b) => [b.speakerId, b.start, b.estimated, blockText(b)])).toEqual([
      ['s1', 1, false, 'Hi!'],
      ['s2', 1, true, 'Hello.'],
    ]);
  });

  it('drops ruby readings and tags, keeps a stray < as text', () => {
    expect(cueSegments('<ruby>漢<rt>かん</rt>字</ruby> 1 < 2 <b>bold</b><00:00:01.000>')).toEqual([
      { voice: undefined, text: `漢字 1 < 2 bold${timeMark(1)}` },
    ]);
  });

  it('says what it expected and where', () => {
    expect(refusal('Hello\n\n00:01.000 --> 00:02.000\nhi\n')).toBe(
      'This WebVTT file does not start with "WEBVTT" (line 1: "Hello").',
    );
    expect(refusal('WEBVTT\n\n00:01.000 -> 00:02.000\nhi\n')).toBe(
      'This WebVTT file has text before its first cue at line 3: "00:01.000 -> 00:02.000" ' +
        '(expected a cue timing such as "00:00:01.000 --> 00:00:04.000").',
    );
    expect(refusal('WEBVTT\n\n60:00.000 --> 60:01.000\nhi\n')).toBe(
      'This WebVTT file has a cue timing it cannot read at line 3: "60:00.000 --> 60:01.000" (expected mm:ss.ttt).',
    );
    expect(refusal('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi\n\n0:0:3 --> 0:61:4\nho\n')).toBe(
      'This WebVTT file has a cue timing it cannot read at line 6: "0:0:3 --> 0:61:4" (expected hh:mm:ss.ttt).',
    );
  });

  it('ignores header metadata and reads a headerless file when asked', () => {
    expect(open('WEBVTT\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\nhi\n').meta).toEqual({});
    const result = importWebVtt('00:01.000 --> 00:02.000\nhi\n', { headerOptional: true, source: 'a.vtt' });
    expect(result.ok && result.transcript.meta).toEqual({ source: 'a.vtt' });
  });
});

describe('importWebVtt agrees with media-captions (an independent parser) on the cues', () => {
  for (const name of ['interview.vtt', 'one-digit-hours-crlf.vtt', 'text-markers.vtt', 'unvoiced-runs.vtt']) {
    it(name, async () => {
      const text = fixture(name);
      const theirs = await parseText(text, { type: 'vtt' });
      // Each cue's start, then the inline timestamps in its text (the
      // times of the words after them).
      const inline = (cueText: string) =>
        [...cueText.matchAll(/<(?:(\d+):)?(\d\d):(\d\d\.\d\d\d)>/g)].map(
          (m) => Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]),
        );
      const starts = theirs.cues
        .filter((cue) => cue.text.replace(/<[^>]*>/g, '').trim() !== '')
        .flatMap((cue) => [Math.round(cue.startTime * 1000) / 1000, ...inline(cue.text)]); // theirs: 5.5600000000000005
      expect(anchors(open(text))).toEqual(starts);
    });
  }
});

/// A WebVTT file of `[start, end, payload]` cues.
function vtt(...cues: [number, number, string][]): string {
  const stamp = (s: number) => `00:${String(s.toFixed(3)).padStart(6, '0')}`;
  return `WEBVTT\n${cues.map(([a, b, text]) => `\n${stamp(a)} --> ${stamp(b)}\n${text}\n`).join('')}`;
}

/// Each block as [speaker name or null, text].
function turns(t: Transcript): [string | null, string][] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.blocks.map((b) => [b.speakerId === null ? null : names.get(b.speakerId)!, blockText(b)]);
}

describe('importWebVtt: unvoiced cues in a file with voices', () => {
  it('continues an unvoiced turn with the unvoiced cues that follow it without a pause', () => {
    expect(VOICE_PAUSE_SECONDS).toBe(1);
    const t = open(
      vtt(
        [0, 2, '<v Ann>Hello.'],
        [2, 4, 'first'],
        [4, 6, '<i>second</i>'],
        [6, 6.5, '<i></i>'], // no text: changes nothing
        [6.5, 8.003, 'third'],
        [9.003, 10, 'fourth'], // a pause of exactly VOICE_PAUSE_SECONDS
      ),
    );
    expect(turns(t)).toEqual([
      ['Ann', 'Hello.'],
      [null, 'first second third fourth'],
    ]);
    expect(t.blocks.map((b) => [b.start, b.estimated])).toEqual([
      [0, false],
      [2, false],
    ]);
    // Every cue keeps its own start on its first word.
    expect(anchors(t)).toEqual([0, 2, 4, 6.5, 9.003]);
  });

  it('starts a new turn after a pause longer than VOICE_PAUSE_SECONDS', () => {
    const t = open(vtt([0, 2, '<v Ann>Hi.'], [2, 4, 'one'], [5.001, 6, 'two'], [6, 7, 'three']));
    expect(turns(t)).toEqual([
      ['Ann', 'Hi.'],
      [null, 'one'],
      [null, 'two three'],
    ]);
    expect(t.blocks.map((b) => b.start)).toEqual([0, 2, 5.001]);
    expect(anchors(t)).toEqual([0, 2, 5.001, 6]);
  });

  it('starts a new turn, speaker unknown, after a voiced cue', () => {
    const t = open(
      vtt(
        [0, 2, '<v Ann>Hi.'],
        [2, 4, 'more'],
        [4, 6, 'and more'],
        [6, 8, '<v Ann>Back to me.'],
        [8, 10, 'after'],
        [10, 12, '<v Bo>Yes</v> and a tail'],
        [12, 14, 'after the tail'],
      ),
    );
    expect(turns(t)).toEqual([
      ['Ann', 'Hi.'],
      [null, 'more and more'],
      ['Ann', 'Back to me.'],
      [null, 'after'],
      ['Bo', 'Yes and a tail'],
      [null, 'after the tail'],
    ]);
  });

  it('continues a turn that >> started, not one a name started or a marker ended', () => {
    const t = open(
      vtt(
        [0, 2, '<v Ann>Hi.'],
        [2, 4, 'plain'],
        [4, 6, 'still plain >>'],
        [6, 8, 'the new speaker'],
        [8, 10, 'REPORTER: Named.'],
        [10, 12, 'unnamed again'],
        [12, 14, '>> Someone new.'],
        [14, 16, 'and then'],
      ),
    );
    expect(turns(t)).toEqual([
      ['Ann', 'Hi.'],
      [null, 'plain still plain'],
      [null, 'the new speaker'],
      ['Reporter', 'Named.'],
      [null, 'unnamed again'],
      [null, 'Someone new. and then'],
    ]);
  });

  it('leaves files without voices as they were: an unmarked cue after an unnamed turn is a turn of its own', () => {
    const t = open(vtt([0, 2, 'one'], [2, 4, 'two'], [4, 6, 'ANN: three'], [6, 8, 'four']));
    expect(turns(t)).toEqual([
      [null, 'one'],
      [null, 'two'],
      ['Ann', 'three four'],
    ]);
  });

  it('opens our own export of a long unassigned turn as one turn again, with the cue times kept', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Sentence number ${i + 1} of the clip that nobody has assigned yet.`,
    ).join(' ');
    const t: Transcript = {
      meta: {},
      speakers: [
        { id: 's1', name: 'Ann Lee', role: 'host' },
        { id: 's2', name: 'Bo', role: 'guest' },
      ],
      blocks: [
        { id: 'b1', speakerId: 's1', start: 0, estimated: false, spans: [{ text: 'Here is the clip.' }] },
        { id: 'b2', speakerId: null, start: 3, estimated: false, spans: [{ text: long }] },
        { id: 'b3', speakerId: 's2', start: 60, estimated: false, spans: [{ text: 'Thank you, Ann.' }] },
        { id: 'b4', speakerId: 's1', start: 62, estimated: false, spans: [{ text: 'Go on.' }] },
      ],
    };
    const exported = exportWebVtt(t, { speakers: 'name' });
    const unvoicedCues = exported.split('\n\n').filter((cue) => cue.includes('-->') && !cue.includes('<v '));
    expect(unvoicedCues.length).toBeGreaterThan(3);

    const back = open(exported);
    expect(turns(back)).toEqual([
      ['Ann Lee', 'Here is the clip.'],
      [null, long],
      ['Bo', 'Thank you, Ann.'],
      ['Ann Lee', 'Go on.'],
    ]);
    expect(back.blocks[1]!.start).toBe(3);
    // Each cue's start is kept, so exports written from the opened file time their cues as the original did.
    expect(exportWebVtt(back)).toBe(exported);
    expect(exportSrt(back)).toBe(exportSrt(t));
  });
});
