import { describe, expect, it } from 'vitest';
import { makeMp3 } from '../../../tests/support/mp3.ts';
import { id3v2Length, Mp3FrameSplitter, readMp3Header } from './mp3Frames.ts';

/// One Layer III frame: a header with these fields and a body of bytes that
/// hold no sync word, `tag` in its first body byte to tell frames apart.
function frame(options: {
  version?: number;
  bitrate?: number;
  rate?: number;
  padding?: number;
  mono?: boolean;
  tag?: number;
}): Uint8Array {
  const { version = 3, bitrate = 9, rate = 0, padding = 0, mono = false, tag = 0 } = options;
  const header = [
    0xff,
    0xe0 | (version << 3) | (1 << 1) | 1,
    (bitrate << 4) | (rate << 2) | (padding << 1),
    mono ? 0xc0 : 0,
  ];
  const parsed = readMp3Header(new Uint8Array(header), 0)!;
  const bytes = new Uint8Array(parsed.length);
  bytes.set(header);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7) % 200;
  bytes[4] = tag;
  return bytes;
}

const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/// The tags of the frames a splitter finds when the stream comes in slices of `size`.
function tagsInSlices(stream: Uint8Array, size: number): number[] {
  const splitter = new Mp3FrameSplitter();
  const tags: number[] = [];
  for (let at = 0; at < stream.length; at += size) {
    const last = at + size >= stream.length;
    const { bytes, frames } = splitter.push(stream.subarray(at, at + size), last);
    for (const f of frames) tags.push(bytes[f.offset + 4]!);
  }
  return tags;
}

describe('readMp3Header', () => {
  it('reads MPEG-1 lengths from bitrate, rate and padding', () => {
    // 128 kbps at 44.1 kHz: 144 * 128000 / 44100 = 417.96 bytes, 418 padded.
    expect(readMp3Header(frame({}), 0)).toEqual({
      length: 417,
      sampleRate: 44100,
      channels: 2,
      samples: 1152,
    });
    expect(readMp3Header(frame({ padding: 1 }), 0)!.length).toBe(418);
    expect(readMp3Header(frame({ rate: 1, bitrate: 14 }), 0)!.length).toBe(960); // 320 kbps, 48 kHz
  });

  it('reads MPEG-2 and 2.5 (half and quarter rates, 576 samples) and mono', () => {
    // MPEG-2.5, 8 kbps at 8 kHz: 72 * 8000 / 8000 = 72 bytes.
    expect(readMp3Header(frame({ version: 0, bitrate: 1, rate: 2, mono: true }), 0)).toEqual({
      length: 72,
      sampleRate: 8000,
      channels: 1,
      samples: 576,
    });
    expect(readMp3Header(frame({ version: 2, bitrate: 8, rate: 0 }), 0)).toMatchObject({
      sampleRate: 22050,
      length: 208, // 72 * 64000 / 22050 = 208.98
    });
  });

  it('rejects what is not a Layer III header', () => {
    const good = frame({});
    const broken = (at: number, value: number) => {
      const bytes = good.slice();
      bytes[at] = value;
      return readMp3Header(bytes, 0);
    };
    expect(broken(1, 0xfd)).toBeNull(); // layer II
    expect(broken(1, 0xeb)).toBeNull(); // reserved version
    expect(broken(2, 0x00)).toBeNull(); // free-format bitrate
    expect(broken(2, 0xf0)).toBeNull(); // bad bitrate
    expect(broken(2, 0x9c)).toBeNull(); // reserved sample rate
    expect(broken(0, 0xfe)).toBeNull(); // no sync word
    expect(readMp3Header(good, good.length - 3)).toBeNull(); // too few bytes
  });
});

describe('id3v2Length', () => {
  it('reads the synchsafe size, with the header and footer', () => {
    const tag = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0x02, 0x01]);
    expect(id3v2Length(tag)).toBe(10 + 257);
    tag[5] = 0x10;
    expect(id3v2Length(tag)).toBe(10 + 257 + 10);
    expect(id3v2Length(frame({}))).toBe(0);
  });
});

describe('Mp3FrameSplitter', () => {
  const frames = Array.from({ length: 12 }, (_, i) => frame({ tag: i + 1, padding: i % 3 === 0 ? 1 : 0 }));
  // A tag in front, and bytes that look like a header but are not followed by one.
  const id3 = join(new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 20]), new Uint8Array(20));
  const fake = new Uint8Array([0xff, 0xfb, 0x90, 0x00, 1, 2, 3]);
  const stream = join(id3, fake, ...frames, new Uint8Array([0x54, 0x41, 0x47, 0, 0]));

  it('finds every frame once, in order, whatever the slice size', () => {
    const expected = frames.map((_, i) => i + 1);
    for (const size of [stream.length, 4096, 417, 100, 7, 1])
      expect(tagsInSlices(stream, size)).toEqual(expected);
  });

  it('keeps the last frame of a stream, which no header confirms', () => {
    expect(tagsInSlices(join(...frames.slice(0, 1)), 50)).toEqual([1]);
  });

  it('finds its beat again after damage', () => {
    const damaged = join(...frames.slice(0, 3), new Uint8Array([0xff, 0xff, 9, 9, 9]), ...frames.slice(3, 6));
    expect(tagsInSlices(damaged, 64)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gives each frame whole, its header first', () => {
    const splitter = new Mp3FrameSplitter();
    const { bytes, frames: found } = splitter.push(join(...frames.slice(0, 4)), true);
    expect(found.map((f) => bytes.subarray(f.offset, f.offset + f.length))).toEqual(frames.slice(0, 4));
  });
});

describe('frames of a real encoder', () => {
  it('finds every frame of an MP3 that lamejs made, joined from two streams', () => {
    // Silence, a tone, silence, 10 s each (8 kHz is MPEG-2.5: 576 samples a frame).
    const mp3 = new Uint8Array(makeMp3([0, 0.5, 0], 10));
    const splitter = new Mp3FrameSplitter();
    let samples = 0;
    let bytes = 0;
    for (let at = 0; at < mp3.length; at += 10_000) {
      const { frames } = splitter.push(mp3.subarray(at, at + 10_000), at + 10_000 >= mp3.length);
      for (const f of frames) {
        expect(f).toMatchObject({ sampleRate: 8000, channels: 1, samples: 576 });
        samples += f.samples;
        bytes += f.length;
      }
    }
    // Every byte is in a frame; each stream adds the encoder's delay and padding, under a second.
    expect(bytes).toBe(mp3.length);
    expect(samples / 8000).toBeGreaterThanOrEqual(30);
    expect(samples / 8000).toBeLessThan(31);
    // A limit for a loaded machine, not a wait: encoding takes about a second.
  }, 30_000);
});
