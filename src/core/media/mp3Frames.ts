/// MPEG audio Layer III (MP3) frames found by their headers, so a recording
/// of any length can be handed to a decoder a slice at a time: each frame
/// says its own length, and a decoder takes whole frames.

export interface Mp3Frame {
  /// Where the frame starts in the bytes given, and its length with header.
  offset: number;
  length: number;
  sampleRate: number;
  channels: 1 | 2;
  /// Sample frames it decodes to: 1152 (MPEG-1) or 576 (MPEG-2 and 2.5).
  samples: number;
}

/// Kilobits a second by bitrate index, for MPEG-1 and for MPEG-2/2.5 Layer III.
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
/// Hertz by sample-rate index, for MPEG-1; MPEG-2 halves them, MPEG-2.5 quarters them.
const RATES_V1 = [44100, 48000, 32000];
/// The header's version bits: 0 is MPEG-2.5, 2 MPEG-2, 3 MPEG-1 (1 is reserved).
const RATE_DIVISOR: Record<number, number> = { 0: 4, 2: 2, 3: 1 };

/// The frame whose header starts at `at`, or null if the bytes there are not
/// a Layer III header (free-format bitrate, reserved values, or no sync word).
export function readMp3Header(bytes: Uint8Array, at: number): Omit<Mp3Frame, 'offset'> | null {
  if (at + 4 > bytes.length) return null;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  const divisor = RATE_DIVISOR[version];
  if (divisor === undefined || layer !== 1) return null;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const mpeg1 = version === 3;
  const kbps = (mpeg1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]!;
  const sampleRate = RATES_V1[rateIndex]! / divisor;
  const samples = mpeg1 ? 1152 : 576;
  const padding = (b2 >> 1) & 1;
  const length = Math.floor(((samples / 8) * kbps * 1000) / sampleRate) + padding;
  const channels = bytes[at + 3]! >> 6 === 3 ? 1 : 2;
  return { length, sampleRate, channels, samples };
}

/// Bytes of an ID3v2 tag at the start of a file (its header says its size),
/// 0 if there is none: the first frame starts after it.
export function id3v2Length(head: Uint8Array): number {
  if (head.length < 10 || head[0] !== 0x49 || head[1] !== 0x44 || head[2] !== 0x33) return 0;
  // Four 7-bit bytes ("synchsafe"), plus the header and an optional footer.
  const size =
    ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  return 10 + size + (head[5]! & 0x10 ? 10 : 0);
}

/// Splits a stream of bytes, given in slices of any size, into whole frames.
/// A frame cut by a slice's end is kept and completed by the next slice.
/// Where the bytes lose the beat (a tag, damage), it looks for a header
/// that the next frame's header confirms, so data that happens to look like
/// a sync word is not taken for a frame.
export class Mp3FrameSplitter {
  private rest = new Uint8Array(0);
  /// The last frame taken: a header just after it is on the beat.
  private expected: Omit<Mp3Frame, 'offset'> | null = null;

  /// The whole frames that end in `slice` (with the bytes carried over), and
  /// the bytes they lie in (the frames' offsets point into them). `last`
  /// says the stream ends here: a last frame has no next one to confirm it.
  push(slice: Uint8Array, last = false): { bytes: Uint8Array; frames: Mp3Frame[] } {
    const bytes = this.rest.length ? concat(this.rest, slice) : slice;
    const frames: Mp3Frame[] = [];
    let at = 0;
    while (at + 4 <= bytes.length) {
      const header = readMp3Header(bytes, at);
      if (!header) {
        this.expected = null;
        at++;
        continue;
      }
      const end = at + header.length;
      const inStep = this.expected !== null && sameStream(header, this.expected);
      // Not on the beat: the next frame's header must confirm this one.
      if (end > bytes.length || (!inStep && end + 4 > bytes.length)) {
        if (last && end <= bytes.length) {
          frames.push({ offset: at, ...header });
          at = end;
        }
        break;
      }
      const next = inStep ? null : readMp3Header(bytes, end);
      if (inStep || (next && sameStream(header, next))) {
        frames.push({ offset: at, ...header });
        this.expected = header;
        at = end;
      } else {
        this.expected = null;
        at++;
      }
    }
    this.rest = last ? new Uint8Array(0) : bytes.slice(at);
    return { bytes, frames };
  }
}

const sameStream = (a: Omit<Mp3Frame, 'offset' | 'length'>, b: Omit<Mp3Frame, 'offset' | 'length'>) =>
  a.sampleRate === b.sampleRate && a.samples === b.samples;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
