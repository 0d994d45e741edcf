import { LevelBuckets } from '../../core/media/levelBuckets.ts';
import { id3v2Length, Mp3FrameSplitter, type Mp3Frame } from '../../core/media/mp3Frames.ts';
import { PROGRESS_MS, SLICE_BYTES, type SliceReader } from './protocol.ts';

const HEAD_BYTES = 64 * 1024;
/// The first frame must start this close after the ID3 tag: further in, a
/// header-like pattern is more likely chance inside another container.
const MAX_LEAD_BYTES = 8 * 1024;
/// Frames waiting in the decoder before the next slice is read: enough to
/// keep it busy, few enough that its decoded output never piles up.
const MAX_QUEUE = 64;

/// MP3 of any length: its frames, found by their headers in each slice
/// (`core/media/mp3Frames.ts`), go to WebCodecs' `AudioDecoder`, and each
/// decoded block is folded into the buckets and closed at once, so neither
/// the file nor its decoded sound is ever held whole. Declines where the
/// browser has no `AudioDecoder` for MP3 (the page then decodes short
/// recordings with Web Audio, as it does other formats).
export const mp3Slices: SliceReader = async (file, seconds, post) => {
  if (typeof AudioDecoder === 'undefined' || typeof EncodedAudioChunk === 'undefined') return false;
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const start = id3v2Length(head);
  const lead = new Uint8Array(await file.slice(start, start + MAX_LEAD_BYTES + 8192).arrayBuffer());
  const first = new Mp3FrameSplitter().push(lead).frames[0];
  if (!first || first.offset > MAX_LEAD_BYTES) return false;
  const config = { codec: 'mp3', sampleRate: first.sampleRate, numberOfChannels: first.channels };
  if (!(await AudioDecoder.isConfigSupported(config).catch(() => null))?.supported) return false;

  const buckets = new LevelBuckets(Math.round(totalFrames(file.size - start, first, seconds)));
  const decoding = new DecodingLevels(buckets, config);
  const splitter = new Mp3FrameSplitter();
  let timestamp = 0;
  let lastPost = performance.now();
  try {
    for (let at = start; at < file.size; at += SLICE_BYTES) {
      const end = Math.min(file.size, at + SLICE_BYTES);
      const { bytes, frames } = splitter.push(
        new Uint8Array(await file.slice(at, end).arrayBuffer()),
        end === file.size,
      );
      for (const frame of frames) {
        // Timestamps count samples from the first frame, so a decoded
        // block's timestamp says which bucket its samples fall in.
        const data = bytes.subarray(frame.offset, frame.offset + frame.length);
        decoding.decode(new EncodedAudioChunk({ type: 'key', timestamp: Math.round(timestamp), data }));
        timestamp += (frame.samples * 1e6) / frame.sampleRate;
      }
      await decoding.drained(MAX_QUEUE);
      if (performance.now() - lastPost > PROGRESS_MS) {
        lastPost = performance.now();
        post({ kind: 'progress', peaks: buckets.peaks.slice(), fraction: end / file.size });
      }
    }
    await decoding.flush();
  } finally {
    decoding.close();
  }
  post({ kind: 'done', peaks: buckets.peaks });
  return true;
};

/// The recording's length in sample frames, for the buckets: from the media
/// element's duration, which the seek slider (drawn over the strip) uses
/// too; else from the file's size at the first frame's bitrate.
function totalFrames(bytes: number, first: Mp3Frame, seconds: number): number {
  if (Number.isFinite(seconds) && seconds > 0) return seconds * first.sampleRate;
  return (bytes / first.length) * first.samples;
}

/// An `AudioDecoder` whose output goes straight into the level buckets.
class DecodingLevels {
  private readonly decoder: AudioDecoder;
  private error: unknown = null;
  /// Wakes `drained` when a frame leaves the queue, or on an error.
  private wake: (() => void) | null = null;
  private levels = new Float32Array(0);
  private channel = new Float32Array(0);

  constructor(
    private readonly buckets: LevelBuckets,
    private readonly config: AudioDecoderConfig,
  ) {
    this.decoder = new AudioDecoder({
      output: (data) => {
        try {
          this.fold(data);
        } finally {
          data.close();
        }
      },
      error: (error) => {
        this.error = error;
        this.wake?.();
      },
    });
    this.decoder.addEventListener('dequeue', () => this.wake?.());
    this.decoder.configure(config);
  }

  decode(chunk: EncodedAudioChunk): void {
    if (this.error) throw this.error;
    this.decoder.decode(chunk);
  }

  /// Resolves when at most `most` frames wait to be decoded.
  async drained(most: number): Promise<void> {
    if (!('ondequeue' in this.decoder)) return this.flush();
    while (!this.error && this.decoder.decodeQueueSize > most) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    this.wake = null;
    if (this.error) throw this.error;
  }

  async flush(): Promise<void> {
    if (this.error) throw this.error;
    await this.decoder.flush();
  }

  close(): void {
    if (this.decoder.state !== 'closed') this.decoder.close();
  }

  /// The loudest channel's level at each sample frame, into the buckets.
  private fold(data: AudioData): void {
    const frames = data.numberOfFrames;
    if (this.levels.length < frames) {
      this.levels = new Float32Array(frames);
      this.channel = new Float32Array(frames);
    }
    const levels = this.levels.subarray(0, frames);
    const channel = this.channel.subarray(0, frames);
    levels.fill(0);
    for (let c = 0; c < data.numberOfChannels; c++) {
      // Every browser converts to planar float; it is what the decoder gives in Chromium anyway.
      data.copyTo(channel, { planeIndex: c, format: 'f32-planar' });
      for (let i = 0; i < frames; i++) {
        const level = Math.abs(channel[i]!);
        if (level > levels[i]!) levels[i] = level;
      }
    }
    // Buckets count sample frames at the first frame's rate, as timestamps do.
    this.buckets.add(levels, Math.round((data.timestamp * this.config.sampleRate) / 1e6));
  }
}
