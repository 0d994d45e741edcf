import { decodedLevels } from './decodedLevels.ts';
import type { LevelReader, LevelsOutcome } from './levelReader.ts';
import { wavLevels } from './wavLevels.ts';

/// First the reader that handles any length, then the one that decodes.
const READERS: readonly LevelReader[] = [wavLevels, decodedLevels];

/// The level strip's peaks for a recording the user opened.
export async function readLevels(
  file: File,
  seconds: number,
  onProgress: (peaks: Float32Array, fraction: number) => void,
  signal: AbortSignal,
): Promise<LevelsOutcome> {
  for (const reader of READERS) {
    const outcome = await reader(file, seconds, onProgress, signal);
    if (outcome) return outcome;
  }
  return { ok: false, message: `${file.name} could not be read` };
}
