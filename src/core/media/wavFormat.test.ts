import { describe, expect, it } from 'vitest';
import { makeWav } from '../../../tests/support/wav.ts';
import { readWavFormat, wavFrameLevels, wavSeconds } from './wavFormat.ts';

/// A WAV header with the given fields and `data` after a `LIST` chunk.
function wav(fields: { code: number; channels: number; bits: number; stated?: number }, data: Uint8Array) {
  const blockAlign = (fields.channels * fields.bits) / 8;
  const list = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([3, 0, 0, 0, 1, 2, 3, 0]));
  const head = new Uint8Array(12 + 24 + list.length + 8);
  const view = new DataView(head.buffer);
  head.set(
    [...'RIFFxxxxWAVEfmt '].map((c) => c.charCodeAt(0)),
    0,
  );
  view.setUint32(16, 16, true);
  view.setUint16(20, fields.code, true);
  view.setUint16(22, fields.channels, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000 * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, fields.bits, true);
  head.set(list, 36);
  head.set(
    [...'data'].map((c) => c.charCodeAt(0)),
    36 + list.length,
  );
  view.setUint32(40 + list.length, fields.stated ?? data.length, true);
  const file = new Uint8Array(head.length + data.length);
  file.set(head);
  file.set(data, head.length);
  return file;
}

describe('readWavFormat', () => {
  it('reads the test tone: mono 16-bit at 8 kHz, its length from the data size', () => {
    const file = new Uint8Array(makeWav(3));
    const format = readWavFormat(file.subarray(0, 64), file.length)!;
    expect(format).toMatchObject({ channels: 1, sampleRate: 8000, bitsPerSample: 16, float: false });
    expect(format.dataOffset).toBe(44);
    expect(wavSeconds(format)).toBe(3);
  });

  it('skips chunks before the data and trusts the file size past 4 GiB or when cut short', () => {
    const data = new Uint8Array(12);
    expect(readWavFormat(wav({ code: 1, channels: 2, bits: 24 }, data), 64)!.dataOffset).toBe(56);
    const unknown = wav({ code: 1, channels: 2, bits: 16, stated: 0xffffffff }, data);
    expect(readWavFormat(unknown, unknown.length)!.dataBytes).toBe(12);
    // A file cut mid-frame: whole frames only.
    const cut = wav({ code: 1, channels: 2, bits: 16, stated: 4000 }, data.subarray(0, 10));
    expect(readWavFormat(cut, cut.length)!.dataBytes).toBe(8);
  });

  it('declines compressed WAV and files that are not WAV', () => {
    expect(readWavFormat(wav({ code: 0x55, channels: 1, bits: 16 }, new Uint8Array(4)), 100)).toBeNull();
    expect(readWavFormat(new TextEncoder().encode('ID3\u0004 an mp3'), 100)).toBeNull();
    expect(readWavFormat(new Uint8Array(0), 0)).toBeNull();
  });
});

describe('wavFrameLevels', () => {
  it('gives the loudest channel of each frame, for integer and float samples', () => {
    const int24 = new Uint8Array([0x00, 0x00, 0x40, 0x00, 0x00, 0xe0, 0, 0, 0, 0x01, 0, 0]);
    const format24 = readWavFormat(wav({ code: 1, channels: 2, bits: 24 }, int24), 1000)!;
    expect(Array.from(wavFrameLevels(int24, format24))).toEqual([0.5, Math.fround(1 / 8388608)]);

    const floats = new Float32Array([-0.25, 0.75]);
    const bytes = new Uint8Array(floats.buffer);
    const formatF = readWavFormat(wav({ code: 3, channels: 1, bits: 32 }, bytes), 1000)!;
    expect(Array.from(wavFrameLevels(bytes, formatF))).toEqual([0.25, 0.75]);

    const unsigned = new Uint8Array([128, 0, 255]);
    const format8 = readWavFormat(wav({ code: 1, channels: 1, bits: 8 }, unsigned), 1000)!;
    expect(Array.from(wavFrameLevels(unsigned, format8))).toEqual([0, 1, Math.fround(127 / 128)]);
  });
});
