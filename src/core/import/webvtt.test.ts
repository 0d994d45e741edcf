import { readFileSync } from 'node:fs';
import { parseText } from 'media-captions';
import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../transcript.ts';
import { cueSegments, importWebVtt, looksLikeWebVtt, parseVttTimestamp } from './webvtt.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../tests/fixtures/formats/webvtt/${name}`, import.meta.url), 'utf8');
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

describe('parseVttTimestamp', () => {
  it('reads mm:ss.ttt and h...:mm:ss.ttt', () => {
    expect(parseVttTimestamp('00:11.000')).toBe(11);
    expect(parseVttTimestamp('01:02:03.456')).toBe(3723.456);
    expect(parseVttTimestamp('0:00:05.560')).toBe(5.56);
    expect(parseVttTimestamp('100:00:00.000')).toBe(360000);
    expect(parseVttTimestamp('00:00:01,500')).toBe(1.5);
  });

  it('refuses anything else', () => {
    for (const bad of ['60:00.000', '00:60:00.000', '00:01.00', '1.000', '00:1.000', '00:00:01', 'x']) {
      expect(parseVttTimestamp(bad), bad).toBeNull();
    }
  });
});

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
      { voice: undefined, text: '漢字 1 < 2 bold' },
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
  });

  it('ignores header metadata and reads a headerless file when asked', () => {
    expect(open('WEBVTT\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\nhi\n').meta).toEqual({});
    const result = importWebVtt('00:01.000 --> 00:02.000\nhi\n', { headerOptional: true, source: 'a.vtt' });
    expect(result.ok && result.transcript.meta).toEqual({ source: 'a.vtt' });
  });
});

describe('importWebVtt agrees with media-captions (an independent parser) on the cues', () => {
  for (const name of ['interview.vtt', 'one-digit-hours-crlf.vtt', 'text-markers.vtt']) {
    it(name, async () => {
      const text = fixture(name);
      const theirs = await parseText(text, { type: 'vtt' });
      const starts = theirs.cues
        .filter((cue) => cue.text.replace(/<[^>]*>/g, '').trim() !== '')
        .map((cue) => Math.round(cue.startTime * 1000) / 1000); // theirs: 5.5600000000000005
      expect(anchors(open(text))).toEqual(starts);
    });
  }
});
