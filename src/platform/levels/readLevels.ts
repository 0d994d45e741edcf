import { decodedLevels } from './decodedLevels.ts';
import type { LevelReader, LevelsOutcome } from './levelReader.ts';
import { workerLevels } from './workerLevels.ts';

/// First the worker's readers, which handle any length, then the page's decoder.
const READERS: readonly LevelReader[] = [workerLevels, decodedLevels];

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
