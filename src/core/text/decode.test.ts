import { describe, expect, it } from 'vitest';
import { BINARY_MESSAGE, decodeText, encodingNote } from './decode.ts';
import { MEDIA_MESSAGE } from './fileKinds.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/// UTF-16 code units of `text`, little- or big-endian.
function utf16(text: string, order: 'le' | 'be'): number[] {
  return [...text].flatMap((c) => {
    const u = c.charCodeAt(0);
    return order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
  });
}

/// Text in Windows-1252 (Latin-1 and the 0x80-0x9F punctuation used here).
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96, '’': 0x92 };
  return new Uint8Array([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

const SAMPLE = 'Müller: the café on the corner.\n5:31 pm\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8('5:31 am ♪ café'))).toEqual({
      ok: true,
      text: '5:31 am ♪ café',
      encoding: 'utf-8',
    });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('café')))).toEqual({
      ok: true,
      text: 'café',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 by its byte-order mark, either way round', () => {
    expect(decodeText(bytes(0xff, 0xfe, ...utf16(SAMPLE, 'le')))).toEqual({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16le',
    });
    expect(decodeText(bytes(0xfe, 0xff, ...utf16(SAMPLE, 'be')))).toEqual({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16be',
    });
    // Non-Latin text has no NULs to show the encoding, but the mark does.
    expect(decodeText(bytes(0xff, 0xfe, ...utf16('新闻 5:31', 'le')))).toMatchObject({
      ok: true,
      text: '新闻 5:31',
    });
  });

  it('reads UTF-16 without a byte-order mark where every other byte is a NUL', () => {
    expect(decodeText(bytes(...utf16(SAMPLE, 'le')))).toEqual({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16le',
    });
    expect(decodeText(bytes(...utf16(SAMPLE, 'be')))).toEqual({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16be',
    });
  });

  it('refuses UTF-16 that breaks off inside a character', () => {
    expect(decodeText(bytes(0xff, 0xfe, ...utf16('hi', 'le'), 0x68))).toEqual({
      ok: false,
      message: 'This file is not valid UTF-16LE text.',
    });
  });

  it('reads legacy single-byte text as Windows-1252, and says so', () => {
    expect(decodeText(cp1252('café'))).toEqual({ ok: true, text: 'café', encoding: 'windows-1252' });
    expect(decodeText(cp1252(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'windows-1252' });
    // The code page's own punctuation, where ISO-8859-1 has controls.
    const quoted = '“Müller’s” café – €5\n';
    expect(decodeText(cp1252(quoted))).toEqual({ ok: true, text: quoted, encoding: 'windows-1252' });
    // A lone UTF-8 lead byte is not UTF-8: the whole file is Windows-1252.
    expect(decodeText(bytes(0x68, 0xc3, 0x28))).toEqual({ ok: true, text: 'hÃ(', encoding: 'windows-1252' });
    expect(encodingNote('windows-1252')).toBe('read as Windows-1252');
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', undefined] as const) {
      expect(encodingNote(encoding)).toBeNull();
    }
  });

  it('refuses an empty file', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, message: 'This file is empty.' });
  });

  it('says what a file is when its first bytes tell', () => {
    const cases: [string, number[]][] = [
      ['This is a PNG image, not a transcript.', [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a, 0, 0, 0, 0x0d]],
      ['This is a JPEG image, not a transcript.', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...ascii('JFIF')]],
      ['This is a GIF image, not a transcript.', [...ascii('GIF89a'), 1, 0, 1, 0]],
      ['This is a PDF document, not a transcript.', ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n')],
      [
        'This is a ZIP archive, not a transcript.',
        [...ascii('PK'), 3, 4, 20, 0, 0, 0, ...ascii('notes.txt')],
      ],
      ['This is a ZIP archive, not a transcript.', [...ascii('PK'), 5, 6, 0, 0, 0, 0]],
      [
        'This is a Word document, not a transcript.',
        [
          ...ascii('PK'),
          3,
          4,
          20,
          0,
          6,
          0,
          8,
          0,
          ...ascii('[Content_Types].xml'),
          0,
          0,
          ...ascii('word/document.xml'),
        ],
      ],
      [MEDIA_MESSAGE, [...ascii('ID3'), 4, 0, 0, 0, 0, 0x23, 0x76]],
      [MEDIA_MESSAGE, [0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]],
      [MEDIA_MESSAGE, [0, 0, 0, 0x20, ...ascii('ftypisom'), 0, 0, 2, 0]],
      [MEDIA_MESSAGE, [...ascii('RIFF'), 0x24, 0x08, 0, 0, ...ascii('WAVEfmt ')]],
      [MEDIA_MESSAGE, [...ascii('RIFF'), 0x24, 0x08, 0, 0, ...ascii('AVI LIST')]],
      [MEDIA_MESSAGE, [...ascii('OggS'), 0, 2, 0, 0, 0, 0]],
      [MEDIA_MESSAGE, [...ascii('fLaC'), 0, 0, 0, 0x22]],
      [MEDIA_MESSAGE, [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]],
    ];
    for (const [message, data] of cases)
      expect(decodeText(bytes(...data)), message).toEqual({ ok: false, message });
    expect(MEDIA_MESSAGE).toBe(
      'This is an audio or video file, not a transcript. Open it with Media… to play it beside the transcript.',
    );
  });

  it('calls other binary data binary', () => {
    const data = Array.from({ length: 600 }, (_, i) => (i * 37 + (i >> 3)) & 0xff);
    expect(decodeText(bytes(...data))).toEqual({ ok: false, message: BINARY_MESSAGE });
    // One NUL in text, or many control characters.
    expect(decodeText(bytes(...ascii('good evening'), 0, ...ascii(' and welcome')))).toEqual({
      ok: false,
      message: BINARY_MESSAGE,
    });
    const controls = ascii('x\u0001\u0002\u0003\u0004\u0005\u0006 words');
    expect(decodeText(bytes(...controls))).toEqual({ ok: false, message: BINARY_MESSAGE });
    // Windows-1252 bytes the code page leaves undefined are not text either.
    const undefinedBytes = Array.from({ length: 40 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d][i % 5]!);
    expect(decodeText(bytes(...undefinedBytes, ...ascii(' text')))).toEqual({
      ok: false,
      message: BINARY_MESSAGE,
    });
  });

  it('reads text that only starts like a magic number as text', () => {
    for (const text of ['ID3 tags are metadata.\n', 'OggS and more\n', 'GIF: a picture format\n']) {
      expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    }
  });
});
