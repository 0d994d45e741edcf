/// Reads a WAV recording a slice at a time and folds its samples into the
/// level strip's buckets, off the main thread. Memory stays at one slice, so
/// a 24-hour recording (1.4 GB at 8 kHz mono, 15 GB at 44.1 kHz stereo) is
/// read like a short one, only longer; the page draws the strip as it fills.
import { LevelBuckets } from '../../core/media/levelBuckets.ts';
import { readWavFormat, wavFrameLevels, wavSeconds } from '../../core/media/wavFormat.ts';
import type { LevelsReply, LevelsRequest } from './protocol.ts';

const HEAD_BYTES = 64 * 1024;
/// About 4 MB, rounded to whole frames per slice below.
const SLICE_BYTES = 4 * 1024 * 1024;
/// The page redraws at most this often while the strip fills.
const PROGRESS_MS = 250;

const post = (reply: LevelsReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<LevelsRequest>) => {
  const { file } = event.data;
  try {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const format = readWavFormat(head, file.size);
    if (!format) {
      post({ kind: 'declined' });
      return;
    }
    const seconds = wavSeconds(format);
    const buckets = new LevelBuckets(format.dataBytes / format.blockAlign);
    const slice = SLICE_BYTES - (SLICE_BYTES % format.blockAlign);
    const end = format.dataOffset + format.dataBytes;
    let lastPost = performance.now();
    for (let at = format.dataOffset; at < end; at += slice) {
      const bytes = new Uint8Array(await file.slice(at, Math.min(end, at + slice)).arrayBuffer());
      buckets.add(wavFrameLevels(bytes, format), (at - format.dataOffset) / format.blockAlign);
      if (performance.now() - lastPost > PROGRESS_MS) {
        lastPost = performance.now();
        const fraction = (at + bytes.length - format.dataOffset) / format.dataBytes;
        post({ kind: 'progress', peaks: buckets.peaks.slice(), fraction, seconds });
      }
    }
    post({ kind: 'done', peaks: buckets.peaks, seconds });
  } catch (error) {
    post({ kind: 'failed', message: String(error) });
  }
};
