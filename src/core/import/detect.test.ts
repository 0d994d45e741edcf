import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../format/document.ts';
import type { Transcript } from '../transcript.ts';
import {
  MAX_FILE_BYTES,
  RTTM_ALONE_MESSAGE,
  UNKNOWN_JSON_MESSAGE,
  fileTooLargeMessage,
  openTranscriptText,
  overlayRttm,
  overlaySpeakerTurns,
} from './detect.ts';

const archivePage = readFileSync(
  new URL('../../../tests/fixtures/cli/inside-story.txt', import.meta.url),
  'utf8',
);

const saved: Transcript = {
  meta: { title: 'News' },
  speakers: [{ id: 's1', name: 'Ann', role: 'anchor' }],
  blocks: [{ id: 'b1', speakerId: 's1', start: 0, estimated: false, spans: [{ text: 'good evening.' }] }],
};

function message(text: string, fileName?: string): string {
  const result = openTranscriptText(text, fileName);
  if (result.ok) throw new Error(`expected a refusal, got ${result.format}`);
  return result.message;
}

describe('openTranscriptText: our saved files', () => {
  it('opens a Caption Desk file whatever it is called', () => {
    for (const name of ['news.json', 'news.txt', undefined]) {
      expect(openTranscriptText(serializeDocument(saved), name)).toEqual({
        ok: true,
        transcript: saved,
        format: 'caption-desk-json',
      });
    }
  });

  it('opens one with a BOM and CRLF line breaks', () => {
    const text = `\uFEFF${serializeDocument(saved).replace(/\n/g, '\r\n')}`;
    expect(openTranscriptText(text)).toMatchObject({ ok: true, format: 'caption-desk-json' });
  });

  it('passes on the saved-file messages', () => {
    const newer = serializeDocument(saved).replace(/"version": \d+/, '"version": 99');
    expect(message(newer)).toContain('saved by a newer version of Caption Desk (format version 99)');
    expect(message('{"format": "subtitles", "cues": []}')).toBe(
      'This JSON file is not a Caption Desk transcript (missing "format": "caption-desk").',
    );
    expect(message('{"transcript": {}}')).toBe(
      'This JSON file is not a Caption Desk transcript (missing "format": "caption-desk").',
    );
  });

  it('names the formats it knows when JSON is none of them', () => {
    for (const text of ['[1, 2]', '{"cues": []}', '[{"text": "a"}]', '{"results": {}}']) {
      expect(message(text, 'list.json')).toBe(UNKNOWN_JSON_MESSAGE);
    }
    expect(UNKNOWN_JSON_MESSAGE).toBe(
      'This JSON file is not a transcript format Caption Desk knows (Caption Desk JSON, WhisperX, ' +
        'Amazon Transcribe, AssemblyAI, Deepgram, Rev.ai, Google Speech-to-Text, BBC digital-paper-edit, oTranscribe).',
    );
  });

  it('calls broken JSON broken JSON', () => {
    expect(message('[{"text": "a"},', 'clip.json')).toBe(
      'This file is not JSON (unexpected end at line 1, column 16).',
    );
    expect(message('{"text": "<p>a", ', 'clip.otr')).toBe(
      'This file is not JSON (unexpected end at line 1, column 18).',
    );
    expect(message('{"segments": [} ')).toBe(
      'This file is not JSON (unexpected character "}" at line 1, column 15).',
    );
  });

  it('calls our own file with a syntax error a damaged Caption Desk file, and says where it breaks', () => {
    const cut = '{"format": "caption-desk",\n  "version": 1,';
    // By its "format" key, whatever it is called; or by a .json name.
    for (const name of [undefined, 'news.txt', 'news.json']) {
      expect(message(cut, name)).toBe(
        'This Caption Desk file is damaged and cannot be read: unexpected end at line 2, column 16.',
      );
    }
    const file = serializeDocument(saved);
    const broken = `\uFEFF${file.replace('"speakerId": "s1",', '"speakerId": "s1"').replace(/\n/g, '\r\n')}`;
    expect(message(broken)).toMatch(
      /^This Caption Desk file is damaged and cannot be read: expected "," or "}", found character "\\"" at line \d+, column 9\.$/,
    );
    expect(message('{"transcript": {"blocks": [}', 'news.json')).toBe(
      'This Caption Desk file is damaged and cannot be read: unexpected character "}" at line 1, column 28.',
    );
  });
});

describe('openTranscriptText: caption text', () => {
  it('imports an Archive page, named or not', () => {
    const result = openTranscriptText(archivePage, 'inside-story.txt');
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('archive-text');
    expect(result.transcript.meta).toMatchObject({ title: 'Inside Story', source: 'inside-story.txt' });
    expect(result.transcript.blocks.length).toBeGreaterThan(3);
    expect(openTranscriptText(archivePage)).toMatchObject({ ok: true, format: 'archive-text' });
  });

  it('imports plain paragraphs with no minute lines', () => {
    const result = openTranscriptText('good evening. >> thank you.\n\nsami: and now the weather.\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('archive-text');
    const text = result.transcript.blocks.map((b) => b.spans.map((s) => s.text).join('')).join(' | ');
    expect(text).toContain('good evening.');
    expect(text).toContain('and now the weather.');
  });

  it('reads captions that begin with a bracketed tag as text, not as broken JSON', () => {
    const result = openTranscriptText('[laughter] that was funny.\n5:31 am\nback to you.');
    expect(result).toMatchObject({ ok: true, format: 'archive-text' });
  });
});

describe('openTranscriptText: other transcript formats, by content', () => {
  const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n';
  const srt = '1\n00:00:01,000 --> 00:00:02,000\nANN: Hello.\n';
  const whisperx = '{"segments": [{"start": 1, "end": 2, "text": " Hello.", "speaker": "SPEAKER_00"}]}';
  const transcribe =
    '{"results": {"items": [{"start_time": "1.0", "end_time": "1.5", "type": "pronunciation", ' +
    '"alternatives": [{"content": "Hello"}]}, {"type": "punctuation", "alternatives": [{"content": "."}]}]}}';
  const assemblyai = '{"utterances": [{"speaker": "A", "start": 1000, "end": 2000, "text": "Hello."}]}';
  const deepgram =
    '{"results": {"channels": [{"alternatives": [{"words": [{"word": "hello", "punctuated_word": "Hello.", ' +
    '"start": 1, "end": 2, "speaker": 0}]}]}]}}';
  const dpe = '{"words": [{"id": 0, "start": 1, "end": 2, "text": "Hello."}], "paragraphs": []}';
  const otr = '{"text": "<p>Hello.</p>", "media": "a.mp3", "media-time": 0}';
  const revai =
    '{"monologues": [{"speaker": 0, "elements": [{"type": "text", "value": "Hello", "ts": 1, "end_ts": 2}, ' +
    '{"type": "punct", "value": "."}]}]}';

  it('opens each whatever the file is called, with the file name as source', () => {
    const cases: [string, string][] = [
      [vtt, 'webvtt'],
      [srt, 'srt'],
      [whisperx, 'whisperx-json'],
      [transcribe, 'amazon-transcribe-json'],
      [assemblyai, 'assemblyai-json'],
      [deepgram, 'deepgram-json'],
      [dpe, 'dpe-json'],
      [otr, 'otranscribe'],
      [revai, 'revai-json'],
    ];
    for (const [text, format] of cases) {
      for (const name of ['clip.txt', 'clip.json', undefined]) {
        const result = openTranscriptText(text, name);
        if (!result.ok) throw new Error(`${format}: ${result.message}`);
        expect(result.format).toBe(format);
        expect(result.transcript.meta.source).toBe(name);
        const words = result.transcript.blocks.flatMap((b) => b.spans.map((s) => s.text)).join('');
        expect(words).toBe('Hello.');
      }
    }
  });

  it('tolerates a BOM and CRLF in caption files', () => {
    for (const text of [vtt, srt]) {
      expect(openTranscriptText(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toMatchObject({ ok: true });
    }
  });

  it('refuses an RTTM file on its own, whatever it is called', () => {
    const rttm = 'SPEAKER interview 1 0.000 5.290 <NA> <NA> SPEAKER_00 <NA> <NA>\n';
    expect(RTTM_ALONE_MESSAGE).toBe(
      'This is a speaker-turn file (RTTM) with no words. Open the transcript first, then add the RTTM file to it.',
    );
    for (const name of ['a.rttm', 'a.txt', undefined]) expect(message(rttm, name)).toBe(RTTM_ALONE_MESSAGE);
    expect(message('SPEAKER x 1 zero 5 <NA> <NA> A <NA> <NA>', 'a.rttm')).toBe(
      'This RTTM file has a line it cannot read at line 1: "SPEAKER x 1 zero 5 <NA> <NA> A <NA> <NA>" ' +
        '(expected "SPEAKER <file> <channel> <onset seconds> <duration seconds> <NA> <NA> <speaker> <NA> <NA>").',
    );
  });

  it('reads an RTTM file once into speaker turns that survive the trip from the worker as JSON', () => {
    const rttm =
      'SPEAKER interview 1 0.000 5.290 <NA> <NA> SPEAKER_00 <NA> <NA>\n' +
      'SPEAKER interview 1 5.290 2.000 <NA> <NA> Ann <NA> <NA>\n';
    const result = openTranscriptText(rttm, 'interview.rttm');
    expect(result).toEqual({
      ok: false,
      kind: 'speaker-turns',
      format: 'rttm',
      turns: [
        { file: 'interview', start: 0, end: 5.29, label: 'SPEAKER_00' },
        { file: 'interview', start: 5.29, end: 7.29, label: 'Ann' },
      ],
      message: RTTM_ALONE_MESSAGE,
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    if (result.ok || result.kind !== 'speaker-turns') return;
    // The turns lay over a transcript exactly as the file's text would.
    const vtt = openTranscriptText(
      'WEBVTT\n\n00:01.000 --> 00:04.000\nhello\n\n00:06.000 --> 00:07.000\nthere\n',
    );
    if (!vtt.ok) throw new Error(vtt.message);
    const overlaid = overlaySpeakerTurns(vtt.transcript, result.turns);
    expect(overlaid).toEqual(overlayRttm(vtt.transcript, rttm));
    expect(overlaid.ok && overlaid.assigned).toBe(2);
  });

  it('says where a caption file goes wrong', () => {
    expect(message('WEBVTT\n\n00:00.000 --> 00:01.000\nhi\n\n00:01.00 --> 2.000\nthere\n')).toBe(
      'This WebVTT file has a cue timing it cannot read at line 6: "00:01.00 --> 2.000" (expected mm:ss.ttt).',
    );
    expect(message('WEBVTT\n\n00:00:01.5 --> 00:61:02.000\nhi\n')).toBe(
      'This WebVTT file has a cue timing it cannot read at line 3: "00:00:01.5 --> 00:61:02.000" (expected hh:mm:ss.ttt).',
    );
    expect(message('1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:0x,000 --> 00:00:03,000\nthere\n')).toBe(
      'This SRT file has a cue timing it cannot read at line 6: "00:00:0x,000 --> 00:00:03,000" ' +
        '(expected hh:mm:ss,mmm --> hh:mm:ss,mmm).',
    );
    // A name is a hint: a ".vtt" file that is not one says so.
    expect(message('just some words\n', 'talk.vtt')).toBe(
      'This WebVTT file does not start with "WEBVTT" (line 1: "just some words").',
    );
    expect(message('just some words\n', 'talk.srt')).toBe(
      'This SRT file has text before its first cue at line 1: "just some words" ' +
        '(expected a cue number or a timing such as "00:00:01,000 --> 00:00:04,000").',
    );
  });

  it('reads a headerless ".vtt" file with cue timings as WebVTT', () => {
    const result = openTranscriptText('00:01.000 --> 00:02.000\n<v Ann>Hello.\n', 'clip.vtt');
    expect(result).toMatchObject({ ok: true, format: 'webvtt' });
  });

  it('says when a known format has no text', () => {
    expect(message('{"segments": []}')).toBe(
      'This WhisperX file has no transcript text in it (its "segments" list is empty).',
    );
    expect(message('WEBVTT\n\nNOTE nothing here\n')).toBe('This WebVTT file has no transcript text in it.');
    expect(message('{"id": "x", "status": "processing", "audio_url": "https://example.com/a.mp3"}')).toBe(
      'This AssemblyAI file is a job that had not finished (status "processing"). Download it again once it is completed.',
    );
  });
});

describe('openTranscriptText: files that are not transcripts', () => {
  it('calls an empty or blank file empty', () => {
    expect(message('')).toBe('This file is empty.');
    expect(message(' \n\t\r\n\u00a0')).toBe('This file is empty.');
    expect(message('\uFEFF')).toBe('This file is empty.');
  });

  it('recognises binary data', () => {
    expect(message('PK\u0003\u0004\u0014\u0000\u0000\u0000\b\u0000')).toBe(
      'This file does not look like text (it contains binary data).',
    );
    // A PNG read as UTF-8: replacement marks and control characters.
    expect(message('\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\uFFFD\uFFFD\uFFFD\uFFFD')).toBe(
      'This file does not look like text (it contains binary data).',
    );
  });

  it('recognises UTF-16 text read as UTF-8', () => {
    const utf16 =
      '\uFFFD\uFFFD' + [...'5:30 am\nhello there, this is the news.'].map((c) => `${c}\u0000`).join('');
    expect(message(utf16)).toBe(
      'This file is UTF-16 text; Caption Desk reads UTF-8. Save it as UTF-8 and open it again.',
    );
  });

  it('recognises text in another encoding, but tolerates a few caption artefacts', () => {
    const latin1 = 'le pr\uFFFDsident a parl\uFFFD. '.repeat(20);
    expect(message(latin1)).toBe(
      'This file is not UTF-8 text (40 characters could not be read). Save it as UTF-8 and open it again.',
    );
    const artefacts = `5:31 am\n${'the president\uFFFD*s plan was discussed at length today. '.repeat(3)}`;
    expect(openTranscriptText(artefacts)).toMatchObject({ ok: true, format: 'archive-text' });
  });

  it('refuses a page with no caption text', () => {
    expect(message('Skip to main content\n\n5:30 am\n5:31 am\n')).toBe(
      'This file has no transcript text in it.',
    );
  });

  it('answers scraps of input with what is wrong, or opens them as caption text', () => {
    const refusals: [string, string][] = [
      // An object in a .json file is taken for ours, damaged; an array is not.
      ['{', 'This Caption Desk file is damaged and cannot be read: unexpected end at line 1, column 2.'],
      ['[', 'This file is not JSON (unexpected end at line 1, column 2).'],
      [
        '{"format":"caption-desk","version":1,"transcript":null}',
        'The transcript is damaged: the transcript must be an object, not null.',
      ],
      ['>>>', 'This file has no transcript text in it.'],
      ['>>', 'This file has no transcript text in it.'],
      ['\u2028', 'This file is empty.'],
    ];
    for (const [text, expected] of refusals) expect(message(text, 'x.json')).toBe(expected);
    // Not JSON's opening, so taken as a line of caption text.
    for (const text of ['}', ':']) {
      expect(openTranscriptText(text, 'x.json')).toMatchObject({
        ok: true,
        format: 'archive-text',
        transcript: { blocks: [{ spans: [{ text }] }] },
      });
    }
  });
});

describe('fileTooLargeMessage', () => {
  it('names the size and the limit', () => {
    expect(MAX_FILE_BYTES).toBe(100 * 1024 * 1024);
    expect(fileTooLargeMessage(150 * 1024 * 1024)).toBe(
      'This file is too large to open (150.0 MB); Caption Desk opens files up to 100 MB.',
    );
  });
});

describe('openTranscriptText: any input', () => {
  // Caption-flavoured noise: markers, minute lines, tags, JSON punctuation.
  const piece = fc.oneof(
    fc.constantFrom(
      '>> ',
      '>>> ',
      'sami: ',
      'reporter: ',
      '\n5:31 am\n',
      '\n',
      '[indiscernible] ',
      '{',
      '[',
      '"',
    ),
    fc.constantFrom(
      'tv  News  CNN  May 1, 2024 5:00pm-6:00pm PDT\n',
      '80 Views\n',
      '\u00a0',
      '\uFFFD',
      '\r\n',
    ),
    fc.string({ maxLength: 12 }),
  );

  it('never throws, and whatever opens saves and reopens unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          const result = openTranscriptText(text);
          if (!result.ok) return;
          expect(parseDocument(serializeDocument(result.transcript))).toEqual({
            ok: true,
            transcript: result.transcript,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
