/// The level strip's data: the loudest sample in each of a fixed number of
/// equal slices of the recording, from 0 (silence) to 1 (full scale). A
/// bucket count, not a rate, so a 24-hour recording costs what a minute does.

/// Enough for a strip across a wide screen at twice its pixel density.
export const LEVEL_BUCKETS = 4096;

export class LevelBuckets {
  readonly peaks: Float32Array;

  constructor(
    /// How many sample frames the whole recording has (at its own rate).
    readonly totalFrames: number,
    buckets = LEVEL_BUCKETS,
  ) {
    this.peaks = new Float32Array(buckets);
  }

  /// The bucket sample frame `frame` falls in.
  bucketOf(frame: number): number {
    const n = this.peaks.length;
    return Math.min(n - 1, Math.max(0, Math.floor((frame * n) / Math.max(1, this.totalFrames))));
  }

  /// Folds `levels` (absolute sample values, one per frame, already 0..1)
  /// starting at frame `first` into the buckets.
  add(levels: ArrayLike<number>, first: number): void {
    const n = this.peaks.length;
    let bucket = this.bucketOf(first);
    // The first frame of the next bucket, so the loop divides once per bucket.
    let nextStart = Math.ceil(((bucket + 1) * this.totalFrames) / n);
    let peak = this.peaks[bucket]!;
    for (let i = 0; i < levels.length; i++) {
      const frame = first + i;
      if (frame >= nextStart && bucket < n - 1) {
        this.peaks[bucket] = peak;
        bucket = this.bucketOf(frame);
        nextStart = Math.ceil(((bucket + 1) * this.totalFrames) / n);
        peak = this.peaks[bucket]!;
      }
      const level = levels[i]!;
      if (level > peak) peak = level;
    }
    this.peaks[bucket] = peak;
  }
}
