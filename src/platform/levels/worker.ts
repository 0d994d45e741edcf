/// Reads a recording a slice at a time and folds its samples into the level
/// strip's buckets, off the main thread. Memory stays at about one slice,
/// so a 24-hour recording is read like a short one, only longer; the page
/// draws the strip as it fills.
import { mp3Slices } from './mp3Slices.ts';
import type { LevelsReply, LevelsRequest, SliceReader } from './protocol.ts';
import { wavSlices } from './wavSlices.ts';

/// Each reader checks the file's first bytes and declines what is not its kind.
const READERS: readonly SliceReader[] = [wavSlices, mp3Slices];

const post = (reply: LevelsReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<LevelsRequest>) => {
  const { file, seconds } = event.data;
  try {
    for (const reader of READERS) if (await reader(file, seconds, post)) return;
    post({ kind: 'declined' });
  } catch (error) {
    post({ kind: 'failed', message: String(error) });
  }
};
