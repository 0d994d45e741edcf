/// The layout of a WAV file's samples, read from its header, and the level of
/// each sample frame of a slice of its data: enough to draw the level strip
/// of a recording of any length by reading it a slice at a time, with no
/// decoder and no copy of the whole file in memory.

export interface WavFormat {
  channels: number;
  sampleRate: number;
  /// 8, 16, 24 or 32 (integer PCM), or 32 and 64 (float).
  bitsPerSample: number;
  float: boolean;
  /// Bytes per sample frame (all channels).
  blockAlign: number;
  /// Where the samples start, and how many bytes of them there are.
  dataOffset: number;
  dataBytes: number;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

/// Reads the header from the file's first bytes (64 KiB is plenty: the
/// chunks before `data` are small). `fileSize` settles the data size where
/// the header cannot say it: past 4 GiB (RF64, or a writer that gave up and
/// wrote 0 or 0xFFFFFFFF) and in a recording cut short. Null for anything
/// that is not uncompressed PCM or float WAV.
export function readWavFormat(head: Uint8Array, fileSize: number): WavFormat | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const tag = (at: number) => String.fromCharCode(...head.subarray(at, at + 4));
  if (head.length < 12 || !['RIFF', 'RF64'].includes(tag(0)) || tag(8) !== 'WAVE') return null;
  let format: Omit<WavFormat, 'dataOffset' | 'dataBytes'> | null = null;
  let at = 12;
  while (at + 8 <= head.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ' && body + 16 <= head.length) {
      let code = view.getUint16(body, true);
      if (code === EXTENSIBLE && body + 26 <= head.length) code = view.getUint16(body + 24, true);
      const bitsPerSample = view.getUint16(body + 14, true);
      const float = code === FLOAT;
      if (code !== PCM && !float) return null;
      if (float ? ![32, 64].includes(bitsPerSample) : ![8, 16, 24, 32].includes(bitsPerSample)) return null;
      format = {
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample,
        float,
        blockAlign: view.getUint16(body + 12, true),
      };
      if (format.channels < 1 || format.sampleRate < 1 || format.blockAlign < format.channels) return null;
    } else if (id === 'data') {
      if (!format) return null;
      const rest = fileSize - body;
      const stated = size === 0 || size === 0xffffffff || tag(0) === 'RF64' ? rest : Math.min(size, rest);
      const dataBytes = Math.max(0, stated - (stated % format.blockAlign));
      return { ...format, dataOffset: body, dataBytes };
    }
    // Chunks are padded to an even length.
    at = body + size + (size % 2);
  }
  return null;
}

/// How long the recording is, in seconds.
export function wavSeconds(format: WavFormat): number {
  return format.dataBytes / format.blockAlign / format.sampleRate;
}

/// The level (0..1, the loudest channel) of each whole sample frame in
/// `bytes`, which must start on a frame boundary.
export function wavFrameLevels(bytes: Uint8Array, format: WavFormat): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames = Math.floor(bytes.length / format.blockAlign);
  const levels = new Float32Array(frames);
  const bytesPer = format.bitsPerSample / 8;
  const read = sampleReader(view, format);
  for (let f = 0; f < frames; f++) {
    let peak = 0;
    const base = f * format.blockAlign;
    for (let c = 0; c < format.channels; c++) {
      const level = Math.abs(read(base + c * bytesPer));
      if (level > peak) peak = level;
    }
    levels[f] = Math.min(1, peak);
  }
  return levels;
}

/// One sample at a byte position, scaled to -1..1.
function sampleReader(view: DataView, format: WavFormat): (at: number) => number {
  if (format.float) {
    return format.bitsPerSample === 32
      ? (at) => view.getFloat32(at, true)
      : (at) => view.getFloat64(at, true);
  }
  switch (format.bitsPerSample) {
    case 8: // unsigned, centred on 128
      return (at) => (view.getUint8(at) - 128) / 128;
    case 16:
      return (at) => view.getInt16(at, true) / 32768;
    case 24:
      return (at) =>
        ((view.getInt8(at + 2) << 16) | (view.getUint8(at + 1) << 8) | view.getUint8(at)) / 8388608;
    default:
      return (at) => view.getInt32(at, true) / 2147483648;
  }
}
