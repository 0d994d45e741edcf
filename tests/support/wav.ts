/// A mono 16-bit PCM WAV of `seconds` of a quiet tone, written by code so
/// media tests need no fixture file. `loudness` (0..1 of full scale, by the
/// second) shapes it, for a level strip with something to show.
export function makeWav(seconds: number, sampleRate = 8000, loudness?: (second: number) => number): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const amplitude = loudness ? loudness(i / sampleRate) * 32767 : 3000;
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * amplitude), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/// The same tone as G.711 mu-law (WAV format 7, 8 bits): a compressed WAV,
/// which the level strip cannot read itself and leaves to the browser's
/// decoder, so tests reach that path with no encoder and no fixture file.
export function makeMulawWav(
  seconds: number,
  sampleRate = 8000,
  loudness?: (second: number) => number,
): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const data = Buffer.alloc(samples);
  for (let i = 0; i < samples; i++) {
    const amplitude = loudness ? loudness(i / sampleRate) * 32767 : 3000;
    data[i] = mulaw(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * amplitude));
  }
  const header = Buffer.alloc(58);
  header.write('RIFF', 0);
  header.writeUInt32LE(50 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(18, 16);
  header.writeUInt16LE(7, 20); // mu-law
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.writeUInt16LE(0, 36); // no extra format bytes
  header.write('fact', 38);
  header.writeUInt32LE(4, 42);
  header.writeUInt32LE(samples, 46);
  header.write('data', 50);
  header.writeUInt32LE(data.length, 54);
  return Buffer.concat([header, data]);
}

/// One 16-bit sample as G.711 mu-law.
function mulaw(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  let magnitude = Math.min(32635, Math.abs(sample)) + 0x84;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  magnitude = ~(sign | (exponent << 4) | mantissa) & 0xff;
  return magnitude;
}
