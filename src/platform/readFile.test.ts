import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../core/import/detect.ts';
import { readTextFile } from './readFile.ts';

describe('readTextFile', () => {
  it('reads a file with the core decoder, saying how it read it', async () => {
    // "café" in Windows-1252, and in UTF-16 with a byte-order mark.
    expect(await readTextFile(new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]))).toEqual({
      ok: true,
      text: 'café',
      encoding: 'windows-1252',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x63, 0, 0x61, 0, 0x66, 0, 0xe9, 0]);
    expect(await readTextFile(new Blob([utf16]))).toEqual({ ok: true, text: 'café', encoding: 'utf-16le' });
  });

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
