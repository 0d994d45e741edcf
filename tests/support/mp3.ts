import { Mp3Encoder } from '@breezystack/lamejs';

/// A mono MP3 of stretches of `stretch` seconds (a minute unless told),
/// each silent or a tone at `loudness[i]` of full scale, made by a real
/// encoder (lamejs) so media tests need no fixture file. Each kind of
/// stretch is encoded once and repeated: MP3 streams play one after another
/// when joined, so a 31-minute recording costs two minutes of encoding.
/// 8 kHz at 8 kbps, about 60 kB a minute.
export function makeMp3(loudness: readonly number[], stretch = 60, sampleRate = 8000, kbps = 8): Buffer {
  const stretches = new Map<number, Buffer>();
  const stretchOf = (level: number) => {
    let bytes = stretches.get(level);
    if (!bytes) {
      bytes = encodeStretch(level, stretch, sampleRate, kbps);
      stretches.set(level, bytes);
    }
    return bytes;
  };
  return Buffer.concat(loudness.map(stretchOf));
}

function encodeStretch(level: number, seconds: number, sampleRate: number, kbps: number): Buffer {
  const samples = new Int16Array(seconds * sampleRate);
  for (let i = 0; i < samples.length; i++) {
    samples[i] = Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * level * 32767);
  }
  const encoder = new Mp3Encoder(1, sampleRate, kbps);
  const parts: Uint8Array[] = [];
  // lamejs takes a frame's worth at a time best.
  for (let at = 0; at < samples.length; at += 1152)
    parts.push(encoder.encodeBuffer(samples.subarray(at, at + 1152)));
  parts.push(encoder.flush());
  return Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.length)));
}
