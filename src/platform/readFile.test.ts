import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../core/import/detect.ts';
import { decodeText, readTextFile } from './readFile.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8('5:31 am ♪'))).toEqual({ ok: true, text: '5:31 am ♪' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('hi')))).toEqual({ ok: true, text: 'hi' });
  });

  it('reads UTF-16 files by their byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00))).toEqual({ ok: true, text: 'hi' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69))).toEqual({ ok: true, text: 'hi' });
  });

  it('refuses empty files and invalid UTF-8 with a message', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, message: 'This file is empty.' });
    const bad = decodeText(bytes(0x68, 0xc3, 0x28));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/not valid UTF-8/);
  });
});

describe('readTextFile', () => {
  it('refuses a file over the limit before reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    } as unknown as Blob;
    const result = await readTextFile(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/too large/);
    expect(read).toBe(false);
  });
});
