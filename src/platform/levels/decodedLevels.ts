import { formatOffset } from '../../core/clock.ts';
import { LevelBuckets } from '../../core/media/levelBuckets.ts';
import type { LevelReader } from './levelReader.ts';

/// Compressed recordings the worker does not read in slices (AAC, Opus,
/// FLAC, the sound of a video; MP3 where the browser lacks WebCodecs) need a
/// demuxer per container to slice, so they are decoded whole by the browser's own decoder (Web Audio's
/// `decodeAudioData`, which decodes off the main thread) into an
/// `OfflineAudioContext` at a low rate. The browser decodes at the file's
/// own rate first, about 640 MB for 30 minutes of 44.1 kHz stereo, so longer
/// recordings are declined with a message rather than risk the tab's memory.
export const MAX_DECODED_SECONDS = 30 * 60;
/// Used when the length is not known (a WebM recording without a duration).
const MAX_UNKNOWN_BYTES = 30 * 1024 * 1024;
/// The lowest rate browsers accept; speech levels need no more.
const DECODE_RATE = 3000;
/// Samples folded per turn of the event loop, so typing is never held up.
const STEP = 100_000;

/// What the worker draws at any length (`worker.ts`): MP3 needs WebCodecs.
const ANY_LENGTH =
  typeof AudioDecoder === 'undefined'
    ? 'a WAV of any length is drawn (an MP3 too in a browser with WebCodecs)'
    : 'a WAV or MP3 of any length is drawn';

export const decodedLevels: LevelReader = async (file, seconds, onProgress, signal) => {
  if (typeof OfflineAudioContext === 'undefined') {
    return { ok: false, message: 'this browser has no Web Audio decoder' };
  }
  if (Number.isFinite(seconds) ? seconds > MAX_DECODED_SECONDS : file.size > MAX_UNKNOWN_BYTES) {
    const what = Number.isFinite(seconds)
      ? `${formatOffset(seconds)} long, too long`
      : `${Math.round(file.size / 1024 / 1024)} MB of unknown length, too large`;
    return {
      ok: false,
      message:
        `${file.name} is ${what} to decode in the browser; ` +
        `${ANY_LENGTH}, other recordings up to ${MAX_DECODED_SECONDS / 60} minutes`,
    };
  }
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  let audio: AudioBuffer;
  try {
    audio = await context.decodeAudioData(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `this browser cannot decode the sound of ${file.name}` };
  }
  const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
  const buckets = new LevelBuckets(audio.length);
  for (let at = 0; at < audio.length; at += STEP) {
    if (signal.aborted) return { ok: false, message: 'cancelled' };
    const levels = new Float32Array(Math.min(STEP, audio.length - at));
    for (const channel of channels) {
      for (let i = 0; i < levels.length; i++) {
        const level = Math.abs(channel[at + i]!);
        if (level > levels[i]!) levels[i] = level;
      }
    }
    buckets.add(levels, at);
    onProgress(buckets.peaks, (at + levels.length) / audio.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { ok: true, peaks: buckets.peaks };
};
