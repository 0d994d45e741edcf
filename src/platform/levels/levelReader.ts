export type LevelsOutcome = { ok: true; peaks: Float32Array } | { ok: false; message: string };

/// One way of reading a recording's levels. Resolves null to let the next
/// reader try; calls `onProgress` with the peaks so far (0..1 per bucket,
/// `LEVEL_BUCKETS` long) and the fraction read, so the strip fills as it goes.
export type LevelReader = (
  file: File,
  /// The recording's length from the media element; NaN or Infinity if unknown.
  seconds: number,
  onProgress: (peaks: Float32Array, fraction: number) => void,
  signal: AbortSignal,
) => Promise<LevelsOutcome | null>;
