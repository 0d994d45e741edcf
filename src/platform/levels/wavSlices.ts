import { LevelBuckets } from '../../core/media/levelBuckets.ts';
import { readWavFormat, wavFrameLevels } from '../../core/media/wavFormat.ts';
import { PROGRESS_MS, SLICE_BYTES, type SliceReader } from './protocol.ts';

const HEAD_BYTES = 64 * 1024;

/// Uncompressed WAV (PCM or float): its samples are read straight from each
/// slice, with no decoder, so a 24-hour recording (1.4 GB at 8 kHz mono,
/// 15 GB at 44.1 kHz stereo) is read like a short one, only longer.
export const wavSlices: SliceReader = async (file, _seconds, post) => {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const format = readWavFormat(head, file.size);
  if (!format) return false;
  const buckets = new LevelBuckets(format.dataBytes / format.blockAlign);
  // Whole sample frames per slice.
  const slice = SLICE_BYTES - (SLICE_BYTES % format.blockAlign);
  const end = format.dataOffset + format.dataBytes;
  let lastPost = performance.now();
  for (let at = format.dataOffset; at < end; at += slice) {
    const bytes = new Uint8Array(await file.slice(at, Math.min(end, at + slice)).arrayBuffer());
    buckets.add(wavFrameLevels(bytes, format), (at - format.dataOffset) / format.blockAlign);
    if (performance.now() - lastPost > PROGRESS_MS) {
      lastPost = performance.now();
      const fraction = (at + bytes.length - format.dataOffset) / format.dataBytes;
      post({ kind: 'progress', peaks: buckets.peaks.slice(), fraction });
    }
  }
  post({ kind: 'done', peaks: buckets.peaks });
  return true;
};
