/// Messages between the page and the level strip's worker (`worker.ts`).

export interface LevelsRequest {
  file: File;
  /// The recording's length from the media element; NaN or Infinity if unknown.
  seconds: number;
}

export type LevelsReply =
  /// No reader in the worker takes the file; the page tries another reader.
  | { kind: 'declined' }
  /// The peaks so far (a copy, `LEVEL_BUCKETS` long) and how much is read, 0..1.
  | { kind: 'progress'; peaks: Float32Array; fraction: number }
  | { kind: 'done'; peaks: Float32Array }
  | { kind: 'failed'; message: string };

/// One way the worker reads a recording a slice at a time: false if the
/// file is not its kind (or this browser lacks what it needs), so the next
/// one may try; else it posts progress and `done` (or throws).
export type SliceReader = (
  file: File,
  seconds: number,
  post: (reply: LevelsReply) => void,
) => Promise<boolean>;

/// The page redraws at most this often while the strip fills.
export const PROGRESS_MS = 250;
/// Bytes read from the file at a time: memory stays at about one slice.
export const SLICE_BYTES = 4 * 1024 * 1024;
