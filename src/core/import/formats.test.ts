import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../format/document.ts';
import { openTranscriptText } from './detect.ts';
import {
  DETECTION_ORDER,
  FORMAT_NAMES,
  IMPORT_FORMATS,
  OPEN_ACCEPT,
  UNKNOWN_JSON_MESSAGE,
  importFormat,
  textFormatNamed,
  type FormatId,
} from './formats.ts';

/// A small file of each format. Typed by id, so a new format cannot be
/// added without one.
const SAMPLES: Record<FormatId, string> = {
  'archive-text': 'tv  Late Desk  KQED  May 1, 2024 5:00pm-6:00pm PDT\n5:31 pm\n>> good evening.\n',
  'caption-desk-json': serializeDocument({
    meta: {},
    speakers: [],
    blocks: [{ id: 'b1', speakerId: null, start: 0, estimated: false, spans: [{ text: 'Hello.' }] }],
  }),
  webvtt: 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n',
  srt: '1\n00:00:01,000 --> 00:00:02,000\nANN: Hello.\n',
  ttml:
    '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml"><body><div>' +
    '<p begin="00:00:01.000" end="00:00:02.000">ANN: Hello.</p></div></body></tt>\n',
  scc: 'Scenarist_SCC V1.0\n\n00:00:01;00\t9420 9420 94ae 94ae 9470 9470 c8e5 ecec efae 942f 942f\n',
  'timestamped-text': 'Maya Chen  0:03\nWelcome back.\n\nTom Okafor  0:07\nThanks, Maya.\n',
  'document-text': '# Late Desk\n\n`5:31 pm` **Ann (host):** Hello.\n\n`5:32 pm` **Bo (guest):** Hi.\n',
  'whisperx-json': '{"segments": [{"start": 1, "end": 2, "text": " Hello.", "speaker": "SPEAKER_00"}]}',
  'amazon-transcribe-json':
    '{"results": {"items": [{"start_time": "1.0", "end_time": "1.5", "type": "pronunciation", ' +
    '"alternatives": [{"content": "Hello"}]}, {"type": "punctuation", "alternatives": [{"content": "."}]}]}}',
  'assemblyai-json': '{"utterances": [{"speaker": "A", "start": 1000, "end": 2000, "text": "Hello."}]}',
  'deepgram-json':
    '{"results": {"channels": [{"alternatives": [{"words": [{"word": "hello", "punctuated_word": "Hello.", ' +
    '"start": 1, "end": 2, "speaker": 0}]}]}]}}',
  'revai-json':
    '{"monologues": [{"speaker": 0, "elements": [{"type": "text", "value": "Hello", "ts": 1, "end_ts": 2}, ' +
    '{"type": "punct", "value": "."}]}]}',
  'google-stt-json':
    '{"results": [{"alternatives": [{"transcript": "Hello.", "words": [{"startTime": "1s", "endTime": "2s", ' +
    '"word": "Hello.", "speakerTag": 1}]}], "resultEndTime": "2.100s"}]}',
  'dpe-json': '{"words": [{"id": 0, "start": 1, "end": 2, "text": "Hello."}], "paragraphs": []}',
  otranscribe: '{"text": "<p>Hello.</p>", "media": "a.mp3", "media-time": 0}',
  rttm: 'SPEAKER late 1 0.000 5.290 <NA> <NA> SPEAKER_00 <NA> <NA>\n',
};

/// What opening `text` as `name` gave: a format id (of a transcript or of
/// speaker turns), or the message.
function opened(text: string, name: string | undefined): string {
  const result = openTranscriptText(text, name);
  return result.ok || result.kind === 'speaker-turns' ? result.format : result.message;
}

const EXTENSIONS = [...new Set(IMPORT_FORMATS.flatMap((f) => f.extensions))];

describe('the format registry', () => {
  it('has one entry per id, each with a name', () => {
    const ids = IMPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of IMPORT_FORMATS) {
      expect(FORMAT_NAMES[format.id as FormatId]).toBe(format.name);
      expect(importFormat(format.id)).toBe(format);
      expect(format.extensions.length).toBeGreaterThan(0);
    }
  });

  it('recognises every format by its content, whatever the file is called', () => {
    for (const format of IMPORT_FORMATS) {
      const names = [undefined, 'clip', 'clip.bin', ...EXTENSIONS.map((ext) => `clip.${ext}`)];
      for (const name of names) {
        const ext = name?.split('.')[1] ?? '';
        const named = textFormatNamed(ext);
        // Two cases where the name decides, tested below: a name that claims
        // this content, and caption text (recognised by nothing) in a file
        // whose name says it is another text format.
        if (named?.claims?.recognisedAs === format.id) continue;
        if (format.recognisedBy === 'fallback' && named && named !== format) continue;
        expect(opened(SAMPLES[format.id as FormatId], name), `${format.id} as ${name}`).toBe(format.id);
      }
    }
  });

  it('lets a name claim content another format recognises', () => {
    for (const format of IMPORT_FORMATS) {
      if (format.content !== 'text' || !format.claims) continue;
      expect(importFormat(format.claims.recognisedAs)).toBeDefined();
      const text = SAMPLES[format.claims.recognisedAs as FormatId];
      expect(opened(text, undefined)).toBe(format.claims.recognisedAs);
      expect(opened(text, `clip.${format.extensions[0]}`)).toBe(format.id);
    }
  });

  it('gives text nothing recognises to the reader its name names, else to the fallback', () => {
    expect(opened('just some words\n', 'talk.vtt')).toMatch(/^This WebVTT file /);
    expect(opened('just some words\n', 'talk.srt')).toMatch(/^This SRT file /);
    expect(opened('just some words\n', 'talk.rttm')).toMatch(/^This RTTM file /);
    for (const name of ['talk.txt', 'talk.json', 'talk.otr', undefined]) {
      expect(opened('just some words\n', name)).toBe('archive-text');
    }
  });

  it('tries formats with a key of their own before formats known by shape, as before the registry', () => {
    expect(DETECTION_ORDER.map((f) => f.id)).toEqual([
      'caption-desk-json',
      'webvtt',
      'ttml',
      'scc',
      'whisperx-json',
      'deepgram-json',
      'revai-json',
      'google-stt-json',
      'rttm',
      'srt',
      'timestamped-text',
      'document-text',
      'amazon-transcribe-json',
      'assemblyai-json',
      'dpe-json',
      'otranscribe',
      'archive-text',
    ]);
    // Where two shapes meet, the key wins: Deepgram's utterances beside
    // Transcribe's items, Rev.ai's monologues beside AssemblyAI's audio_url.
    const both = (a: string, b: string) => JSON.stringify({ ...JSON.parse(a), ...JSON.parse(b) });
    const deepgramUtterances =
      '{"results": {"utterances": [{"start": 1, "end": 2, "transcript": "Hello.", "channel": 0}]}}';
    const deepgramOverTranscribe = JSON.stringify({
      results: {
        ...JSON.parse(SAMPLES['amazon-transcribe-json']).results,
        ...JSON.parse(deepgramUtterances).results,
      },
    });
    expect(opened(deepgramOverTranscribe, undefined)).toBe('deepgram-json');
    expect(opened(both(SAMPLES['revai-json'], '{"audio_url": "a.mp3"}'), undefined)).toBe('revai-json');
  });

  it('offers every format in the file picker', () => {
    const accept = OPEN_ACCEPT.split(',');
    expect(new Set(accept).size).toBe(accept.length);
    for (const format of IMPORT_FORMATS) {
      for (const ext of format.extensions) expect(accept).toContain(`.${ext}`);
      for (const mime of format.mimeTypes) expect(accept).toContain(mime);
    }
    expect(accept).toEqual(
      expect.arrayContaining([
        '.txt',
        '.json',
        '.vtt',
        '.srt',
        '.otr',
        '.rttm',
        'text/plain',
        'application/json',
      ]),
    );
  });

  it('names every JSON format when JSON is none of them', () => {
    const names = IMPORT_FORMATS.filter((f) => f.content === 'json').map((f) => f.name);
    expect(names.length).toBeGreaterThan(5);
    const listed = /\((.*)\)\.$/.exec(UNKNOWN_JSON_MESSAGE)?.[1]?.split(', ');
    expect(listed).toEqual(names);
    expect(opened('{"rows": [1, 2]}', 'rows.json')).toBe(UNKNOWN_JSON_MESSAGE);
  });
});
